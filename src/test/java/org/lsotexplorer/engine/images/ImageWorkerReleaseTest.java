package org.lsotexplorer.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ProgressListener;

/**
 * A cancelled image run (the image window starting a new run, or closing) has its models freed by the worker thread
 * that owns them, instead of keeping them until a later garbage collection.
 */
class ImageWorkerReleaseTest {
    @TempDir
    Path tmp;

    @Test
    void cancellingAWorkerReleasesItsRunsModels() throws IOException, InterruptedException {
        Path dir = SyntheticMnist.write(tmp.resolve("mnist"), 240, 60, 7);
        ImageData data = ImageData.load(ImagePreset.MNIST, dir, 28, 0, null, ProgressListener.NONE);
        AtomicReference<ImageExperiment> built = new AtomicReference<>();
        ImageWorker worker = new ImageWorker(p -> {
            built.set(new ImageExperiment(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 3), data, null));
            return built.get();
        }, true);
        long deadline = System.nanoTime() + 120_000_000_000L;   // a bound on a hang, not a speed check
        while (!stepped(worker) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(stepped(worker), "the run never took a step");
        assertEquals(0, worker.releasedRuns(), "a running run keeps its models");
        float[][] row = {PixelLayout.chwRow(data.heldOut(), 0)};
        worker.close();
        assertEquals(1, worker.releasedRuns());
        ImageExperiment e = built.get();
        assertNotNull(e);
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> e.reconstructRows(row));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        assertEquals(ImageSnapshot.State.CANCELLED, worker.latest().state(), "the last snapshot stays");
    }

    private static boolean stepped(ImageWorker w) {
        ImageSnapshot s = w.latest();
        return s != null && s.progress() != null && s.progress().fraction() > 0;
    }
}
