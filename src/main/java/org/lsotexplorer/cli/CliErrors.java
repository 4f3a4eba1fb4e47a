package org.lsotexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.lsotexplorer.engine.TrainingDivergedException;

/** Maps failures to one clear line and an exit code: 2 for bad input, 3 for divergence, 1 for a bug. */
final class CliErrors {
    private CliErrors() {
    }

    static int report(Exception ex, PrintWriter err) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof TrainingDivergedException) {
            err.println("error: training diverged: " + t.getMessage());
            return Cli.DIVERGED;
        }
        if (t instanceof IllegalArgumentException || t instanceof IOException) {
            err.println("error: " + t.getMessage());
            return Cli.BAD_INPUT;
        }
        err.println("internal error: " + t + " (please report it)");
        StackTraceElement[] st = t.getStackTrace();
        if (st.length > 0) {
            err.println("  at " + st[0]);
        }
        return 1;
    }
}
