package org.lsotexplorer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks an output file before any work, and opens it with a message that says what went wrong and what to do
 * (a bare {@link AccessDeniedException} names only the path).
 */
final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * @throws IOException when {@code file} is a folder, its folder is missing, or either is not writable
     */
    static void requireWritableFile(Path file, String option) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(option + " " + file + " is a folder; give a file name such as plan.csv");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException(option + " " + file + ": the folder " + parent + " does not exist; create it or"
                    + " choose another path");
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent)) {
            throw new IOException(option + " " + file + " cannot be written: permission denied on "
                    + (Files.exists(file) ? "the file" : "the folder " + parent) + "; choose a writable path");
        }
    }

    /**
     * Checks that {@code dir} is, or can be created as, a writable folder: it is not a file, and the nearest
     * existing folder on its path is writable.
     */
    static void requireWritableFolder(Path dir, String option) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(option + " " + dir + " is a file, not a folder; choose a folder path");
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IOException(option + " " + dir + " cannot be created: " + existing + " is a file; choose"
                    + " another path");
        }
        if (!Files.isWritable(existing)) {
            throw new IOException(option + " " + dir + " cannot be " + (existing.equals(dir.toAbsolutePath())
                    ? "written" : "created") + ": permission denied on " + existing + "; choose a writable folder"
                    + " (e.g. under your home folder)");
        }
    }

    /** Opens {@code file} for UTF-8 text, replacing it. */
    static BufferedWriter newWriter(Path file, String option) throws IOException {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (AccessDeniedException e) {
            throw new IOException(option + " " + file + " cannot be written: permission denied; choose a writable"
                    + " path", e);
        } catch (NoSuchFileException e) {
            throw new IOException(option + " " + file + ": its folder does not exist; create it or choose another"
                    + " path", e);
        }
    }
}
