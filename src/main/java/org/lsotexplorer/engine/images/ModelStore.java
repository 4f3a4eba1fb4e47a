package org.lsotexplorer.engine.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A folder of trained models keyed by everything that determines them (data fingerprint, options, budget, seed),
 * so a second run with the same settings reuses the autoencoder and the MNIST classifier instead of retraining.
 * A file that cannot be read is treated as missing (the caller retrains and overwrites it).
 */
public final class ModelStore {
    private final Path directory;

    public ModelStore(Path directory) {
        this.directory = directory;
    }

    /** {@code models} next to the data set cache. */
    public static ModelStore atDefaultLocation() {
        return new ModelStore(org.lsotexplorer.data.DatasetCache.defaultDirectory().resolveSibling("models"));
    }

    public Path directory() {
        return directory;
    }

    /** The file for a model of {@code kind} with the given key (it may not exist yet). */
    public Path fileFor(String kind, String key) {
        return directory.resolve(kind + "-" + digest(key) + ".lsotnet");
    }

    /** The part of a model key that names the training images: their shape and a digest of their content. */
    static String fingerprint(org.lsotexplorer.data.ImageDataset d) {
        return d.count() + "x" + d.height() + "x" + d.width() + "x" + d.channels() + "#" + d.contentDigest();
    }

    /** Whether a model file for the key exists. */
    public boolean has(String kind, String key) {
        return Files.isRegularFile(fileFor(kind, key));
    }

    /** Creates the folder and returns the file to write. */
    Path prepare(String kind, String key) throws IOException {
        Files.createDirectories(directory);
        return fileFor(kind, key);
    }

    private static String digest(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
