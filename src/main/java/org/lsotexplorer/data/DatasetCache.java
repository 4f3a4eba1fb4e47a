package org.lsotexplorer.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An on-disk cache of decoded {@link ImageDataset}s, so that a folder of thousands of JPEGs is decoded once.
 *
 * <p><b>Keys.</b> A {@link Key} has a {@code source} (the folder and load settings; one cache file per source, an
 * older file of the same source is removed when a new one is written) and a {@code fingerprint} of the content
 * (see {@link #fingerprint}: file names, sizes and modification times plus the settings). A changed folder has a
 * new fingerprint and misses. The file is named {@code <sha256(source)[:16]>-<sha256(fingerprint)[:16]>.lsotimg}.
 *
 * <p><b>File format, version 1</b> (big-endian, strings are a 4-byte length then UTF-8):
 * <pre>
 *   8 bytes  magic "LSOT-IMG"
 *   int      format version (1)
 *   int      count, int height, int width, int channels (1 or 3)
 *   byte     1 if labels follow the pixels, else 0
 *   string   fingerprint (must equal the key's)
 *   string   dataset name
 *   string   note (free text kept for the loader, e.g. its skipped-file list; may be empty)
 *   bytes    count * height * width * channels pixels, layout of {@link ImageDataset}
 *   bytes    count labels (only if the flag is 1)
 *   long     CRC-32 of every byte above
 * </pre>
 *
 * <p><b>Failure behaviour.</b> {@link #read} never throws for a bad cache file: a wrong magic, version,
 * fingerprint or size, a truncated file or a CRC mismatch is logged, the file is deleted and the read reports a
 * miss, so the caller rebuilds it. {@link #write} goes through a temporary file and an atomic rename, so a crash
 * never leaves a half-written entry under the real name; it throws {@link IOException} when the directory is not
 * writable, which callers treat as "not cached" (the data is still returned).
 */
public final class DatasetCache {
    /** The format version written and accepted. */
    public static final int FORMAT_VERSION = CacheFileFormat.VERSION;
    /** File name suffix of cache entries. */
    public static final String EXTENSION = ".lsotimg";
    /** System property that moves the user cache folder (models go to its sibling {@code models}). */
    public static final String CACHE_PROPERTY = "lsot.cache.dir";
    private static final Logger LOG = Logger.getLogger(DatasetCache.class.getName());

    /** Identifies an entry: {@code source} says what was loaded how, {@code fingerprint} its current content. */
    public record Key(String source, String fingerprint) {
    }

    /** A dataset read back from the cache with the note stored beside it. */
    public record Entry(ImageDataset dataset, String note) {
    }

    private final Path directory;

    /** A cache in {@code directory} (created on first write). */
    public DatasetCache(Path directory) {
        this.directory = directory;
    }

    /** A cache in {@link #defaultDirectory()}. */
    public static DatasetCache atDefaultLocation() {
        return new DatasetCache(defaultDirectory());
    }

    /**
     * {@code %LOCALAPPDATA%\lsot-explorer\datasets} on Windows, {@code ~/Library/Caches/lsot-explorer/datasets}
     * on macOS, else {@code $XDG_CACHE_HOME/lsot-explorer/datasets} or {@code ~/.cache/lsot-explorer/datasets};
     * with the system property {@value #CACHE_PROPERTY} set, {@code <that folder>/datasets}.
     */
    public static Path defaultDirectory() {
        String override = System.getProperty(CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("datasets");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        String localAppData = System.getenv("LOCALAPPDATA");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base;
        if (os.contains("win") && localAppData != null && !localAppData.isBlank()) {
            base = Path.of(localAppData);
        } else if (os.contains("mac")) {
            base = home.resolve("Library").resolve("Caches");
        } else if (xdg != null && !xdg.isBlank()) {
            base = Path.of(xdg);
        } else {
            base = home.resolve(".cache");
        }
        return base.resolve("lsot-explorer").resolve("datasets");
    }

    public Path directory() {
        return directory;
    }

    /**
     * SHA-256 (hex) of {@code parameters} and each file's name, size and modification time in the given order.
     */
    public static String fingerprint(List<Path> files, String parameters) throws IOException {
        MessageDigest md = sha256();
        md.update((parameters + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path f : files) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            String line = f.getFileName() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis() + "\n";
            md.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Where the entry for {@code key} lives (it may not exist). */
    public Path fileFor(Key key) {
        return directory.resolve(prefix(key.source()) + shortHash(key.fingerprint()) + EXTENSION);
    }

    /** The cached dataset for {@code key}, or empty on a miss or a bad file (which is then deleted). */
    public Optional<Entry> read(Key key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CacheFileFormat.decode(file, key.fingerprint()));
        } catch (DataFormatException e) {
            LOG.warning(() -> "dataset cache entry " + file + " is unusable (" + e.getMessage()
                    + "); deleting it, the data will be decoded again");
            deleteQuietly(file);
        } catch (IOException | RuntimeException e) {
            LOG.warning("cannot read dataset cache entry " + file + " (" + e + "); decoding the data again");
            LOG.log(Level.FINE, "cache read failure", e);
        }
        return Optional.empty();
    }

    /**
     * Stores {@code data} under {@code key}, replacing any older entry of the same source.
     *
     * @return the entry's file
     * @throws IOException when the cache directory cannot be created or written
     */
    public Path write(Key key, ImageDataset data, String note) throws IOException {
        Files.createDirectories(directory);
        Path target = fileFor(key);
        Path tmp = Files.createTempFile(directory, "writing-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                CacheFileFormat.encode(out, data, key.fingerprint(), note == null ? "" : note);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        removeOlderEntries(key, target);
        return target;
    }

    /** Deletes every entry of this cache; other files in the directory are left alone. */
    public void clear() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*" + EXTENSION)) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void removeOlderEntries(Key key, Path keep) {
        String prefix = prefix(key.source());
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, prefix + "*" + EXTENSION)) {
            for (Path p : ds) {
                if (!p.getFileName().equals(keep.getFileName())) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not list " + directory + " to remove older cache entries", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + p, e);
        }
    }

    private static String prefix(String source) {
        return shortHash(source) + "-";
    }

    private static String shortHash(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
