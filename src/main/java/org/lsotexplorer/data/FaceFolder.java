package org.lsotexplorer.data;

import java.awt.image.BufferedImage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads a folder of face images (CelebA's {@code img_align_celeba} or any JPEG/PNG folder) as an RGB
 * {@link ImageDataset} of {@code size x size} images without labels.
 *
 * <p><b>Processing.</b> Files are taken in name order (hidden files, starting with {@code .}, and sub-folders
 * are ignored); each is decoded with {@code javax.imageio} whatever its extension, centre-cropped to a square and
 * resized by {@link SquareResize} (area averaging). With {@link Options#limit()} {@code > 0}, loading stops after
 * that many images.
 *
 * <p><b>Skipped files.</b> A file that is empty, not an image, truncated (a JPEG whose decoder warns of a premature
 * end), declares absurd dimensions, cannot be decoded or is corrupt is skipped; it is listed by
 * name with the reason in the {@link LoadReport} and logged (java.util.logging, WARNING). A missing folder is a
 * {@link FileNotFoundException}; a folder without files, or one where no file is a readable image, is a
 * {@link DataFormatException} naming the folder (and the first skipped files).
 *
 * <p><b>Large images.</b> The dimensions are read before decoding; an image over {@link ImageDecoder#MAX_SIDE}
 * pixels on a side is decoded subsampled (named in the log), so one huge file cannot exhaust the heap.
 *
 * <p><b>Progress and cancellation.</b> {@link ProgressListener#progress} is called per file with
 * {@code (files examined, files to examine)}; {@link ProgressListener#isCancelled} is checked before each file
 * and stops the load with a {@link CancellationException}; nothing is written to the cache then.
 *
 * <p><b>Cache.</b> With a {@link DatasetCache}, the decoded set is stored keyed by the folder, the options and a
 * fingerprint of the file names, sizes and modification times; a second load of an unchanged folder reads it back.
 * A cache that cannot be written is logged and otherwise ignored.
 */
public final class FaceFolder {
    /** Default side length of the square images. */
    public static final int DEFAULT_SIZE = 64;
    /** Bump when the decoding or resizing changes, so that older cache entries miss. */
    private static final String PIPELINE = "faces v2 centre-crop area-average rgb, truncated skipped, large subsampled";
    private static final Logger LOG = Logger.getLogger(FaceFolder.class.getName());

    /**
     * @param size side of the square output images, 4..1024 (64 by default, 32 for a quicker set)
     * @param limit load at most this many images ({@code 0} = all)
     */
    public record Options(int size, int limit) {
        public Options {
            if (size < 4 || size > 1024) {
                throw new IllegalArgumentException("image size must be 4..1024 pixels, got " + size);
            }
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0 (0 = all), got " + limit);
            }
        }

        /** 64 x 64, all files. */
        public static Options defaults() {
            return new Options(DEFAULT_SIZE, 0);
        }

        public Options withSize(int newSize) {
            return new Options(newSize, limit);
        }

        public Options withLimit(int newLimit) {
            return new Options(size, newLimit);
        }
    }

    private FaceFolder() {
    }

    /** Loads without a cache under the live heap budget. */
    public static LoadReport load(Path dir, Options options, ProgressListener progress) throws IOException {
        return load(dir, options, null, MemoryBudget.ofRuntime(), progress);
    }

    /** Loads through {@code cache} under the live heap budget. */
    public static LoadReport load(Path dir, Options options, DatasetCache cache, ProgressListener progress)
            throws IOException {
        return load(dir, options, cache, MemoryBudget.ofRuntime(), progress);
    }

    /**
     * Loads the folder.
     *
     * @param cache where decoded sets are kept, or {@code null} for none
     * @throws FileNotFoundException when the folder does not exist or is not a folder
     * @throws DataFormatException when it holds no files or no readable image
     * @throws DatasetTooLargeException when the images would not fit in {@code budget}
     * @throws CancellationException when {@code progress} asked to stop
     */
    public static LoadReport load(Path dir, Options options, DatasetCache cache, MemoryBudget budget,
            ProgressListener progress) throws IOException {
        long start = System.nanoTime();
        List<Path> files = listFiles(dir);
        int target = options.limit() == 0 ? files.size() : Math.min(options.limit(), files.size());
        Path folderName = dir.toAbsolutePath().normalize().getFileName();
        String name = (folderName == null ? "faces" : folderName.toString()) + " " + options.size() + "x"
                + options.size();
        long bytes = (long) target * options.size() * options.size() * 3;
        if (bytes > Integer.MAX_VALUE - 16) {
            throw new DatasetTooLargeException(String.format(Locale.ROOT, "%s: %,d images of %d x %d x 3 need %,d"
                    + " bytes, more than one array can hold (2 GB); set a limit or a smaller size", name, target,
                    options.size(), options.size(), bytes), bytes, Integer.MAX_VALUE);
        }
        budget.require(name, target, options.size(), options.size(), 3);
        DatasetCache.Key key = null;
        if (cache != null) {
            String source = dir.toAbsolutePath().normalize() + "|" + PIPELINE + "|size=" + options.size()
                    + "|limit=" + options.limit();
            key = new DatasetCache.Key(source, DatasetCache.fingerprint(files, source));
            Optional<DatasetCache.Entry> hit = cache.read(key);
            if (hit.isPresent()) {
                progress.progress(target, target);
                return new LoadReport(hit.get().dataset(), decodeSkipped(hit.get().note()), true, millisSince(start));
            }
        }
        List<LoadReport.Skipped> skipped = new ArrayList<>();
        ImageDataset data = decodeAll(dir, files, target, options, name, skipped, progress);
        if (cache != null) {
            try {
                cache.write(key, data, encodeSkipped(skipped));
            } catch (IOException e) {
                LOG.warning("could not cache the decoded faces in " + cache.directory() + " (" + e
                        + "); the next load will decode them again");
                LOG.log(Level.FINE, "cache write failure", e);
            }
        }
        return new LoadReport(data, skipped, false, millisSince(start));
    }

    private static ImageDataset decodeAll(Path dir, List<Path> files, int target, Options options, String name,
            List<LoadReport.Skipped> skipped, ProgressListener progress) throws IOException {
        int s = options.size();
        int imageSize = s * s * 3;
        byte[] pixels = new byte[target * imageSize];
        int loaded = 0;
        int examined = 0;
        try (ImageDecoder decoder = new ImageDecoder()) {
            for (Path f : files) {
                if (loaded == target) {
                    break;
                }
                if (progress.isCancelled()) {
                    throw new CancellationException(String.format(Locale.ROOT,
                            "loading faces from %s cancelled after %,d of %,d images", dir, loaded, target));
                }
                String reason = decodeInto(decoder, f, s, pixels, loaded * imageSize);
                examined++;
                if (reason == null) {
                    loaded++;
                } else {
                    skipped.add(new LoadReport.Skipped(f.getFileName().toString(), reason));
                    LOG.warning(() -> "skipping " + f + ": " + reason);
                }
                progress.progress(examined, Math.min(files.size(), (long) target + skipped.size()));
            }
        }
        if (loaded == 0) {
            throw new DataFormatException(dir, "holds no readable image: none of its " + files.size()
                    + " files could be decoded as JPEG or PNG (" + firstSkipped(skipped) + ")");
        }
        byte[] exact = loaded == target ? pixels : Arrays.copyOf(pixels, loaded * imageSize);
        return ImageDataset.wrap(name, loaded, s, s, 3, exact, null);
    }

    /** Decodes one file into {@code dst}; returns {@code null} on success, else the reason it was skipped. */
    private static String decodeInto(ImageDecoder decoder, Path file, int size, byte[] dst, int offset) {
        ImageDecoder.Decoded d;
        try {
            d = decoder.read(file);
        } catch (IOException e) {
            return "cannot be decoded: " + describe(e);
        } catch (RuntimeException e) {
            return "corrupt image data: " + describe(e);
        }
        if (d == null) {
            return "not an image ImageIO can decode (expected JPEG or PNG)";
        }
        BufferedImage img = d.image();
        if (img.getWidth() < 1 || img.getHeight() < 1) {
            return "has no pixels";
        }
        if (d.subsampling() > 1) {
            LOG.warning(() -> String.format(Locale.ROOT, "%s is %d x %d pixels: decoded every %d-th pixel (%d x %d)"
                    + " to bound memory, then resized", file, d.width(), d.height(), d.subsampling(),
                    img.getWidth(), img.getHeight()));
        }
        try {
            SquareResize.centreCropRgb(img, size, dst, offset);
        } catch (RuntimeException e) {
            return "unsupported pixel layout (" + describe(e) + ")";
        }
        return null;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null && (m == null || m.isBlank())) {
            m = e.getCause().getMessage();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() + " (the data ends early or is damaged)" : m;
    }

    /** Regular, non-hidden files of {@code dir} in name order. */
    static List<Path> listFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new FileNotFoundException("image folder " + dir + " does not exist; choose a folder of JPEG or"
                    + " PNG face images such as img_align_celeba");
        }
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException(dir + " is a file, not a folder; choose the folder that holds the"
                    + " images");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new DataFormatException(dir, "is empty; expected JPEG or PNG face images such as 000001.jpg");
        }
        return files;
    }

    private static String firstSkipped(List<LoadReport.Skipped> skipped) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(3, skipped.size()); k++) {
            b.append(k == 0 ? "" : "; ").append(skipped.get(k));
        }
        return b.append(skipped.size() > 3 ? "; ..." : "").toString();
    }

    /** The skipped list as cache note: one {@code name<TAB>reason} per line. */
    private static String encodeSkipped(List<LoadReport.Skipped> skipped) {
        StringBuilder b = new StringBuilder();
        for (LoadReport.Skipped s : skipped) {
            b.append(clean(s.fileName())).append('\t').append(clean(s.reason())).append('\n');
        }
        return b.toString();
    }

    private static List<LoadReport.Skipped> decodeSkipped(String note) {
        List<LoadReport.Skipped> out = new ArrayList<>();
        for (String line : note.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new LoadReport.Skipped(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
