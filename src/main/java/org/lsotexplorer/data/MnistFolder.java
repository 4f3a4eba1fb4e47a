package org.lsotexplorer.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the MNIST split in a folder that holds the usual IDX files:
 * {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte} and
 * {@code t10k-labels-idx1-ubyte}, each gzipped ({@code .gz}) or not; the dotted spelling
 * {@code train-images.idx3-ubyte} of some mirrors is accepted too. When several spellings exist the raw file is
 * preferred (no decompression). Fashion-MNIST uses the same names and works unchanged.
 *
 * <p>The result is a grey (1-channel) {@link ImageDataset} of 28 x 28 images with labels 0..9, named
 * {@code MNIST train} (60,000 images) or {@code MNIST test} (10,000 images).
 *
 * <p><b>Failure behaviour.</b> A missing or empty folder, or a missing file, is a {@link FileNotFoundException}
 * whose message names the folder, what is missing, the file names expected, and (for a folder that is not
 * empty) what it does contain. Content problems are {@link DataFormatException}s from {@link IdxReader}; a set
 * too large for the heap is a {@link DatasetTooLargeException}.
 */
public final class MnistFolder {
    private static final int LISTED_FILES = 8;

    private MnistFolder() {
    }

    /** Reads the training ({@code train = true}) or test split under the live heap budget. */
    public static ImageDataset open(Path dir, boolean train) throws IOException {
        return open(dir, train, MemoryBudget.ofRuntime());
    }

    /** Reads the training ({@code train = true}) or test split, refusing it if it does not fit {@code budget}. */
    public static ImageDataset open(Path dir, boolean train, MemoryBudget budget) throws IOException {
        Path images = find(dir, train, "images", "idx3");
        Path labels = find(dir, train, "labels", "idx1");
        return IdxReader.readLabelled(images, labels, train ? "MNIST train" : "MNIST test", budget);
    }

    /** Whether {@code dir} holds both files of the split (any accepted spelling). */
    public static boolean hasSplit(Path dir, boolean train) {
        return firstExisting(dir, candidates(train, "images", "idx3")) != null
                && firstExisting(dir, candidates(train, "labels", "idx1")) != null;
    }

    /**
     * The file of one part of a split, e.g. {@code train}/{@code images}.
     *
     * @throws FileNotFoundException naming the folder, the missing part and the accepted file names
     */
    static Path find(Path dir, boolean train, String part, String idx) throws IOException {
        List<String> names = candidates(train, part, idx);
        String split = train ? "training" : "test";
        String expected = names.get(0) + " or " + names.get(1) + " (also " + names.get(2) + ")";
        if (!Files.exists(dir)) {
            throw new FileNotFoundException("MNIST folder " + dir + " does not exist; choose the folder that holds "
                    + allFileNames() + " (gzipped or not)");
        }
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException(dir + " is a file, not a folder; choose the folder that holds "
                    + allFileNames());
        }
        Path found = firstExisting(dir, names);
        if (found != null) {
            return found;
        }
        List<String> present = listing(dir);
        if (present.isEmpty()) {
            throw new FileNotFoundException("MNIST folder " + dir + " is empty; expected " + allFileNames()
                    + " (gzipped or not)");
        }
        throw new FileNotFoundException("MNIST folder " + dir + " has no " + split + " " + part + ": expected "
                + expected + "; the folder holds " + String.join(", ", present)
                + (present.size() == LISTED_FILES ? ", ..." : ""));
    }

    private static Path firstExisting(Path dir, List<String> names) {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Accepted names in order of preference: raw, gzipped, dotted raw, dotted gzipped. */
    private static List<String> candidates(boolean train, String part, String idx) {
        String prefix = train ? "train" : "t10k";
        String plain = prefix + "-" + part + "-" + idx + "-ubyte";
        String dotted = prefix + "-" + part + "." + idx + "-ubyte";
        return List.of(plain, plain + ".gz", dotted, dotted + ".gz");
    }

    private static String allFileNames() {
        return "train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and"
                + " t10k-labels-idx1-ubyte.gz";
    }

    private static List<String> listing(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).sorted().limit(LISTED_FILES).forEach(out::add);
        }
        return out;
    }
}
