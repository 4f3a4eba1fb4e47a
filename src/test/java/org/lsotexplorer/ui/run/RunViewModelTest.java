package org.lsotexplorer.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lsotexplorer.engine.WorkerState;
import org.lsotexplorer.engine.WorkerStatus;

/** Status text, progress and speed of the run view model, without the toolkit. */
class RunViewModelTest {
    @Test
    void statusFollowsTheWorker() {
        RunViewModel vm = new RunViewModel();
        assertTrue(vm.statusText().startsWith("Starting"));
        vm.readyProperty().set(true);
        vm.update(new WorkerStatus(WorkerState.PAUSED, 0, 2100, "discriminator", 0, 0, ""));
        assertTrue(vm.statusText().startsWith("Ready: press Train"), vm.statusText());
        vm.update(new WorkerStatus(WorkerState.RUNNING, 1050, 2100, "discriminator", 48.24, 21.5, ""));
        assertTrue(vm.runningProperty().get());
        assertEquals("Training  \u00b7  step 1,050 of 2,100  \u00b7  discriminator", vm.statusText());
        assertEquals(0.5, vm.progress(), 1e-12);
        assertEquals("48.2 steps/s", vm.rateText());
        assertEquals("0:21.5", vm.elapsedText());
        vm.jobProperty().set("Writing the run folder");
        assertEquals(-1, vm.progress(), "a job shows an indeterminate bar");
        assertEquals("Writing the run folder", vm.statusText());
        vm.jobProperty().set("");
        vm.update(new WorkerStatus(WorkerState.DIVERGED, 1051, 2100, "discriminator", 0, 21.6, "NaN"));
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusText().startsWith("Diverged"));
        assertEquals("", vm.rateText());
    }

    @Test
    void speedRunsFromOneStepPerSecondToFull() {
        RunViewModel vm = new RunViewModel();
        assertEquals(0, vm.slowMotionMillis());
        assertEquals("full speed", vm.speedText());
        vm.speedIndexProperty().set(0);
        assertEquals(1000, vm.slowMotionMillis());
        assertEquals("slow: 1 steps/s", vm.speedText());
        vm.speedIndexProperty().set(2);
        assertEquals("slow: 10 steps/s", vm.speedText());
    }
}
