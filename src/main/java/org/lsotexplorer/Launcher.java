package org.lsotexplorer;

import org.lsotexplorer.cli.Cli;
import org.lsotexplorer.model.NativeBackendChoice;
import org.lsotexplorer.ui.ExplorerApp;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}. It must not extend
 * {@code javafx.application.Application} (a shaded jar would then refuse to start), so it only dispatches: with a
 * command argument it runs the headless CLI ({@code run}, {@code ot}, {@code bench}, {@code --help}); without
 * arguments it opens the explorer window on the eight-Gaussian preset and returns when the window closes.
 * Before anything else it chooses the libnd4j build for this CPU ({@link NativeBackendChoice}), since JavaCPP reads
 * that choice only once, when ND4J first loads.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        NativeBackendChoice.apply();
        if (args.length == 0) {
            ExplorerApp.launchWindow(args);
            System.exit(0);
        }
        System.exit(Cli.execute(args));
    }
}
