package org.lsotexplorer;

import java.nio.file.Path;
import org.lsotexplorer.cli.Cli;
import org.lsotexplorer.ui.ExplorerApp;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}. It must not extend
 * {@code javafx.application.Application} (a shaded jar would then refuse to start), so it only dispatches: with a
 * command argument it runs the headless CLI ({@code run}, {@code ot}, {@code bench}, {@code --help}); without
 * arguments it opens the explorer window on the eight-Gaussian preset and returns when the window closes; with a run
 * folder as its only argument it opens the window with that run ({@link LaunchRequest}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ExplorerApp.launchWindow(args);
            System.exit(0);
        }
        if (args.length == 1 && LaunchRequest.isFolderArgument(args[0])) {
            Path dir = Path.of(args[0]).toAbsolutePath().normalize();
            String problem = LaunchRequest.problemWith(dir);
            if (problem != null) {
                System.err.println("error: " + problem);
                System.exit(Cli.BAD_INPUT);
            }
            LaunchRequest.open(dir);
            ExplorerApp.launchWindow(new String[0]);
            System.exit(0);
        }
        System.exit(Cli.execute(args));
    }
}
