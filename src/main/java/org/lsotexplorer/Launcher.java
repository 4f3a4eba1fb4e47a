package org.lsotexplorer;

import org.lsotexplorer.cli.Cli;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}. It must not extend
 * {@code javafx.application.Application} (a shaded jar would then refuse to start), so it only dispatches: with a
 * command argument it runs the headless CLI; without one it opens the explorer window (until the window lands, it
 * says so and runs the default eight-Gaussian experiment into {@code runs/eight-gaussians-lsot-seed1}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.println("LSOT Explorer: the explorer window is coming. Running the default eight-Gaussian"
                    + " experiment (lsot, seed 1) into runs/eight-gaussians-lsot-seed1 ...");
            args = new String[] {"run", "--preset", "eight-gaussians", "--solver", "lsot", "--seed", "1", "--out",
                "runs/eight-gaussians-lsot-seed1"};
        }
        System.exit(Cli.execute(args));
    }
}
