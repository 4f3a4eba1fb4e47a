package org.lsotexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.lsotexplorer.cli.Cli;
import org.lsotexplorer.ui.ExplorerApp;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}. It must not extend
 * {@code javafx.application.Application} (a shaded jar would then refuse to start), so it only dispatches: with a
 * command argument it runs the headless CLI ({@code run}, {@code ot}, {@code bench}, {@code --help}); without
 * arguments it opens the explorer window on the eight-Gaussian preset, and with a run folder as the only argument
 * ({@code java -jar lsot-explorer.jar DIR}, {@code mvn javafx:run -Dlsot.open=DIR}) it opens that run; it returns when
 * the window closes. Blank arguments (an unset {@code lsot.open}) are ignored.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] given) {
        String[] args = Arrays.stream(given).filter(a -> !a.isBlank()).toArray(String[]::new);
        if (args.length == 0 || args.length == 1 && Files.isDirectory(Path.of(args[0]))) {
            ExplorerApp.launchWindow(args);   // a run folder as the only argument opens in the window
            System.exit(0);
        }
        System.exit(Cli.execute(args));
    }
}
