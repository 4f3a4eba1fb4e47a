package org.lsotexplorer.cli;

/** Headless command dispatcher (placeholder until the commands land). */
public final class Cli {
    private Cli() {
    }

    public static int execute(String[] args) {
        System.out.println("LSOT Explorer: commands are coming.");
        return 0;
    }
}
