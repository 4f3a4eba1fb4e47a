package org.lsotexplorer.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The rules for an output folder ({@code --out}): a new or empty folder is used; a non-empty folder that is not a
 * run folder of this app (no {@code manifest.json}) is refused; an existing run folder is refused unless the caller
 * forces it, and then only that run's own files are removed first ({@link #clearRun}): the manifest, metrics,
 * samples, PNG figures, {@code model/} and stray temporaries; anything else the user put there stays. A folder
 * that is a symbolic link is refused.
 */
public final class OutputFolder {
    private static final List<String> OWN_FILES = List.of(RunFolder.METRICS_JSON, RunFolder.METRICS_CSV,
            RunBundle.SAMPLES_CSV, "mapped_codes.npy", "generated.npy");

    private OutputFolder() {
    }

    /**
     * Makes {@code dir} ready for a new run (a missing folder is left for the writer to create).
     *
     * @param option the option name for messages ({@code --out})
     * @param force replace a run folder that is there
     * @throws IOException one line: what is there and what to do
     */
    public static void claim(Path dir, String option, boolean force) throws IOException {
        AtomicFiles.requireNotLink(dir);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;                                        // the writer creates it once the inputs are known good
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(option + " " + dir + " is a file, not a folder; choose a folder path");
        }
        if (isEmpty(dir)) {
            return;
        }
        Path manifest = dir.resolve(RunFolder.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(option + " " + dir + " is not empty and is not a run folder (no "
                    + RunFolder.MANIFEST + "); choose a new or empty folder, nothing was written");
        }
        if (!force) {
            throw new IOException(option + " " + dir + " already holds a run (" + describe(dir) + "); add --force to"
                    + " replace it, use run --resume " + dir + " to continue it, or choose another folder");
        }
        clearRun(dir);
    }

    private static String describe(Path dir) {
        try {
            OpenedRun o = OpenedRun.open(dir);
            return o.kind().id() + " run, " + o.state().id() + ", step " + o.step();
        } catch (IOException | RuntimeException e) {
            return "its manifest is damaged";
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Deletes a folder and everything in it; links inside are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Removes a run's own files (metrics first, the manifest last, so an interrupted clear still leaves a folder
     * that is recognised as a run folder). Links are removed, never followed.
     */
    public static void clearRun(Path dir) throws IOException {
        for (String f : OWN_FILES) {
            Files.deleteIfExists(dir.resolve(f));
        }
        AtomicFiles.cleanTemporaries(dir);
        try (DirectoryStream<Path> pngs = Files.newDirectoryStream(dir, "*.png")) {
            for (Path p : pngs) {
                Files.deleteIfExists(p);
            }
        }
        Path model = dir.resolve(RunFolder.MODEL_DIR);
        if (Files.isSymbolicLink(model)) {
            Files.delete(model);
        } else if (Files.isDirectory(model, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(model);
        }
        Files.deleteIfExists(dir.resolve(RunFolder.MANIFEST));
    }
}
