package org.lsotexplorer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code run}, {@code ot}, {@code bench} and {@code report}. Bad input (unknown preset,
 * malformed CSV, NaN, an unwritable folder, a bad option) prints one line {@code error: ...} on stderr and exits
 * with code 2, never a stack trace; so does running out of heap ({@link OutOfMemoryError} is caught here, with one line that
 * says which {@code -Xmx} to try). Training that diverges exits with code 3.
 */
@Command(name = "lsot-explorer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Latent-space optimal transport (Liu et al. 2018), headless.",
        subcommands = {RunCommand.class, OtCommand.class, BenchCommand.class, ReportCommand.class})
public final class Cli implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int DIVERGED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns the exit code. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs a command line with the given streams (tests capture them). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage() + " (see --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> CliErrors.report(ex, err));
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return CliErrors.outOfMemory(err);
        }
    }

    /** A task that may throw an I/O error. */
    @FunctionalInterface
    interface IoTask {
        void run() throws java.io.IOException;
    }

    /**
     * Runs {@code task} with {@code System.out} sent to stderr: SameDiff prints "Added differentiated op ..." on
     * stdout, which must keep only the command's JSON.
     */
    static void withLibraryChatterOnStderr(IoTask task) throws java.io.IOException {
        java.io.PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            task.run();
        } finally {
            System.setOut(stdout);
        }
    }
}
