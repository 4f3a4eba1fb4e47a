package org.lsotexplorer;

import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.lsotexplorer.cli.Cli;
import org.lsotexplorer.model.HeapGovernor;
import org.lsotexplorer.model.NativeBackendChoice;
import org.lsotexplorer.ui.ExplorerApp;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}. It must not extend
 * {@code javafx.application.Application} (a shaded jar would then refuse to start), so it only dispatches: with a
 * command argument it runs the headless CLI ({@code run}, {@code ot}, {@code bench}, {@code --help}); without
 * arguments it opens the explorer window on the eight-Gaussian preset; with a run folder as its only argument
 * ({@code java -jar lsot-explorer.jar DIR}, {@code mvn javafx:run -Djavafx.args=DIR}) it opens the window with that
 * run ({@link LaunchRequest}). It returns when the window closes. Blank arguments are ignored.
 * Before anything else it chooses the libnd4j build for this CPU ({@link NativeBackendChoice}), since JavaCPP reads
 * that choice only once, when ND4J first loads, and lets the heap return unused memory ({@link HeapTuning}); the
 * window also starts the {@link HeapGovernor}, which keeps the committed heap near what the session holds.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] given) {
        NativeBackendChoice.apply();
        String heapFlags = HeapTuning.apply();
        System.setProperty(HeapTuning.PROPERTY, heapFlags);   // bench soak reports it
        String[] args = Arrays.stream(given).filter(a -> !a.isBlank()).toArray(String[]::new);
        boolean window = args.length == 0 || args.length == 1 && LaunchRequest.isFolderArgument(args[0]);
        if (window) {
            LoggerFactory.getLogger(Launcher.class).info(heapFlags);   // the CLI keeps stderr for progress and errors
            HeapGovernor.ensureStarted(LoggerFactory.getLogger(HeapGovernor.class)::info);
        }
        if (args.length == 0) {
            ExplorerApp.launchWindow(args);
            System.exit(0);
        }
        if (args.length == 1 && LaunchRequest.missingFolder(args[0]) != null) {
            System.err.println("error: " + LaunchRequest.missingFolder(args[0]));
            System.exit(Cli.BAD_INPUT);
        }
        if (args.length == 1 && LaunchRequest.isFolderArgument(args[0])) {
            Path dir = Path.of(args[0]).toAbsolutePath().normalize();
            String problem = LaunchRequest.problemWith(dir);
            if (problem != null) {
                System.err.println("error: " + problem);
                System.exit(Cli.BAD_INPUT);
            }
            ExplorerApp.launchWindow(new String[] {dir.toString()});   // the window opens the run once it is up
            System.exit(0);
        }
        System.exit(Cli.execute(args));
    }
}
