package org.lsotexplorer.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in window tests that fail with what was awaited, not with a bare timeout. */
public final class FxWait {
    private FxWait() {
    }

    /** Polls {@code condition} until it is true, for at most {@code seconds}. */
    public static void until(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
