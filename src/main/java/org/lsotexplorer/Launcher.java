package org.lsotexplorer;

import org.lsotexplorer.cli.Cli;

/**
 * Entry point of the runnable jar. It must not extend {@code javafx.application.Application}
 * (a shaded jar would then refuse to start), so it only dispatches: with a command argument
 * it runs the headless CLI, without one it opens the explorer window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args));
    }
}
