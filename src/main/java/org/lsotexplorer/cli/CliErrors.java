package org.lsotexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.lsotexplorer.engine.TrainingDivergedException;

/** Maps failures to one clear line and an exit code: 2 for bad input, 3 for divergence, 1 for a bug. */
final class CliErrors {
    private CliErrors() {
    }

    /** The solvers advise "lower the learning rate"; on the command line that is an option (or, for the
     * autoencoder, which has none, another seed or loss). */
    static String cliAdvice(String message) {
        String generic = "lower the learning rate or reset the run";
        if (message == null || !message.contains(generic)) {
            return message;
        }
        String advice = message.contains("autoencoder")
                ? "rerun with another --seed or --loss mse, or fewer --epochs"
                : "rerun with a smaller --learning-rate (the default is 1e-4; try 5e-5) or another --seed";
        return message.replace(generic, advice);
    }

    /**
     * A file-system failure in words: the JDK's message is often only the path ("/proc/x") or the OS text ("Is a
     * directory").
     */
    static String describe(FileSystemException f) {
        String what;
        if (f instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (f instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (f instanceof NotDirectoryException) {
            what = "a part of the path is a file, not a folder";
        } else if (f instanceof FileAlreadyExistsException) {
            what = "a file of that name already exists";
        } else if (f.getReason() != null) {
            what = f.getReason();
        } else {
            what = "the file system refused to create or write it";
        }
        return "cannot use " + f.getFile() + (f.getOtherFile() == null ? "" : " / " + f.getOtherFile()) + ": "
                + what + "; check the path and its permissions, or choose another (e.g. under your home folder)";
    }

    /** One line for a heap exhausted despite the checks before allocating; exit code 2 (the input is too large). */
    static int outOfMemory(PrintWriter err) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("error: out of memory: the input or settings need more than the " + maxMb + " MB heap; use"
                + " smaller inputs (fewer points, images or a smaller --codes / --batch) or start Java with a larger"
                + " heap, e.g. java -Xmx" + Math.max(2, 2 * ((maxMb + 1023) / 1024)) + "g -jar lsot-explorer.jar ...");
        err.flush();
        return Cli.BAD_INPUT;
    }

    static int report(Exception ex, PrintWriter err) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof TrainingDivergedException) {
            err.println("error: training diverged: " + cliAdvice(t.getMessage()));
            return Cli.DIVERGED;
        }
        if (t instanceof FileSystemException f) {
            err.println("error: " + describe(f));
            return Cli.BAD_INPUT;
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
