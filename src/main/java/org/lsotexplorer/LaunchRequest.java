package org.lsotexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The {@link Launcher}'s reading of a lone argument: {@code java -jar lsot-explorer.jar DIR} or {@code Launcher DIR}
 * (with {@code mvn javafx:run}: {@code -Djavafx.args=DIR}, see README) names a run folder, which the window opens once
 * it is up ({@code OpenedRun.open(dir)}: a toy run in the explorer window, an image or own-code run in the image
 * window); a folder without {@code manifest.json} is refused on stderr before any window opens.
 */
public final class LaunchRequest {
    private static final Set<String> COMMANDS = Set.of("run", "ot", "bench", "report", "help");
    private LaunchRequest() {
    }

    /**
     * Null when a lone argument is not a path that is missing, else the one-line reason: an argument with a path
     * separator that names nothing on disk was meant as a run folder (a typo, a moved folder), not as a command.
     */
    static String missingFolder(String arg) {
        if (arg.startsWith("-") || COMMANDS.contains(arg) || arg.indexOf('/') < 0 && arg.indexOf('\\') < 0) {
            return null;
        }
        Path p = Path.of(arg);
        return Files.exists(p) ? null : p.toAbsolutePath().normalize() + " does not exist; give a run folder written"
                + " by 'run --out' or by File > Save run, or a command (run, ot, bench, report; see --help)";
    }

    /** Whether a lone command-line argument names a folder to open rather than a command or an option. */
    static boolean isFolderArgument(String arg) {
        return !arg.startsWith("-") && !COMMANDS.contains(arg) && Files.isDirectory(Path.of(arg));
    }

    /**
     * Null when {@code dir} looks like a run folder (it holds {@code manifest.json}; the window reads the rest), else
     * the one-line reason.
     */
    static String problemWith(Path dir) {
        return Files.isRegularFile(dir.resolve("manifest.json")) ? null : dir + " is not a run folder (it has no"
                + " manifest.json); give a folder written by 'run --out' or by File > Save run";
    }
}
