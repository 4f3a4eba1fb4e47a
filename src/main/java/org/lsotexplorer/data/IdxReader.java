package org.lsotexplorer.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX files of MNIST (and Fashion-MNIST): big-endian, a 4-byte magic number {@code 0x0000TTDD}
 * (TT = element type, DD = number of dimensions), one 4-byte size per dimension, then the elements.
 * <ul>
 *   <li>images: magic {@code 0x00000803} (unsigned bytes, 3 dimensions: count, rows, cols), then
 *       {@code count * rows * cols} pixels, row-major, 0 = background, 255 = ink;</li>
 *   <li>labels: magic {@code 0x00000801} (unsigned bytes, 1 dimension: count), then one label 0..9 per image.</li>
 * </ul>
 * A file is decompressed when it starts with the gzip magic bytes {@code 1f 8b}, whatever its name; otherwise it
 * is read raw.
 *
 * <p><b>Failure behaviour.</b> Every problem with the content is a {@link DataFormatException} whose message names
 * the file, the problem and what to do: a wrong magic number (a label file where images were expected is named as
 * such), a wrong dimension count, a negative or oversized count, a truncated file (expected vs actual bytes), extra
 * data after the announced elements, a corrupt gzip stream, labels outside 0..9, and image and label files whose
 * counts disagree. A dataset that does not fit in the heap is refused by the {@link MemoryBudget} before the pixel
 * array is allocated. Plain I/O errors are {@link IOException}s.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned-byte images (3 dimensions). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned-byte labels (1 dimension). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Largest label accepted (MNIST and Fashion-MNIST have 10 classes). */
    public static final int MAX_LABEL = 9;
    private static final int BUFFER = 1 << 16;

    private IdxReader() {
    }

    /** Reads an image file under the live heap budget; the dataset is named after the file. */
    public static ImageDataset readImages(Path file) throws IOException {
        return readImages(file, file.getFileName().toString(), MemoryBudget.ofRuntime());
    }

    /**
     * Reads an IDX image file (magic {@code 0x00000803}) into a grey dataset without labels.
     *
     * @throws DataFormatException for any content problem listed in the class comment
     * @throws DatasetTooLargeException when the images would not fit in {@code budget}
     */
    public static ImageDataset readImages(Path file, String name, MemoryBudget budget) throws IOException {
        try (InputStream in = open(file)) {
            int[] dims = readHeader(in, file, IMAGES_MAGIC);
            int count = dims[0];
            int rows = dims[1];
            int cols = dims[2];
            if (rows <= 0 || cols <= 0 || rows > 65_535 || cols > 65_535) {
                throw new DataFormatException(file, "has images of " + rows + " x " + cols
                        + " pixels; expected positive sizes such as 28 x 28");
            }
            long n = (long) count * rows * cols;
            if (n > Integer.MAX_VALUE - 16) {
                throw new DataFormatException(file, String.format(Locale.ROOT,
                        "announces %,d images of %d x %d (%,d bytes), more than one array can hold (2 GB)",
                        count, rows, cols, n));
            }
            requirePresent(file, in, 16, n, String.format(Locale.ROOT, "%,d images of %d x %d", count, rows,
                    cols));
            budget.require(name, count, rows, cols, 1);
            byte[] pixels = readBody(in, file, (int) n, String.format(Locale.ROOT,
                    "%,d images of %d x %d", count, rows, cols), 16);
            return ImageDataset.wrap(name, count, rows, cols, 1, pixels, null);
        }
    }

    /**
     * Reads an IDX label file (magic {@code 0x00000801}); every label must lie in 0..{@value #MAX_LABEL}.
     *
     * @throws DataFormatException for any content problem listed in the class comment
     */
    public static byte[] readLabels(Path file) throws IOException {
        try (InputStream in = open(file)) {
            int count = readHeader(in, file, LABELS_MAGIC)[0];
            requirePresent(file, in, 8, count, String.format(Locale.ROOT, "%,d labels", count));
            byte[] labels = readBody(in, file, count, String.format(Locale.ROOT, "%,d labels", count), 8);
            for (int i = 0; i < labels.length; i++) {
                int v = labels[i] & 0xFF;
                if (v > MAX_LABEL) {
                    throw new DataFormatException(file, String.format(Locale.ROOT,
                            "label %d at index %,d is outside 0..%d; this is not an MNIST label file", v, i,
                            MAX_LABEL));
                }
            }
            return labels;
        }
    }

    /**
     * Reads an image file and its label file and checks that their counts agree.
     *
     * @throws DataFormatException when either file is malformed or the counts differ
     */
    public static ImageDataset readLabelled(Path imagesFile, Path labelsFile, String name, MemoryBudget budget)
            throws IOException {
        byte[] labels = readLabels(labelsFile);
        ImageDataset images = readImages(imagesFile, name, budget);
        if (labels.length != images.count()) {
            throw new DataFormatException(labelsFile, String.format(Locale.ROOT,
                    "has %,d labels but %s has %,d images; the two files belong to different sets, use the"
                            + " matching pair", labels.length, imagesFile.getFileName(), images.count()));
        }
        return ImageDataset.wrap(name, images.count(), images.height(), images.width(), 1, images.pixelArray(),
                labels);
    }

    /** Opens {@code file}, decompressing when its first two bytes are the gzip magic {@code 1f 8b}. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new GZIPInputStream(raw, BUFFER);
            }
            return raw;
        } catch (ZipException | EOFException e) {
            raw.close();
            throw new DataFormatException(file, "starts like gzip but its gzip header is corrupt or cut off ("
                    + (e.getMessage() == null ? "the file ends inside it" : e.getMessage())
                    + "); download the file again");
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** Reads and checks magic number and sizes; returns the sizes. */
    private static int[] readHeader(InputStream in, Path file, int expectedMagic) throws IOException {
        int dimsExpected = expectedMagic & 0xFF;
        String kind = expectedMagic == IMAGES_MAGIC ? "an IDX image file" : "an IDX label file";
        byte[] head = new byte[4 + 4 * dimsExpected];
        int got = readFully(in, file, head);
        if (got < 4) {
            throw new DataFormatException(file, (got == 0 ? "is empty" : "has only " + got + " bytes")
                    + "; expected " + kind + " starting with magic number " + hex(expectedMagic));
        }
        int magic = intAt(head, 0);
        if (magic != expectedMagic) {
            throw new DataFormatException(file, describeWrongMagic(magic, expectedMagic, kind));
        }
        if (got < head.length) {
            throw new DataFormatException(file, "is truncated inside its header: expected " + head.length
                    + " header bytes, found " + got + "; download the file again");
        }
        int[] dims = new int[dimsExpected];
        for (int d = 0; d < dimsExpected; d++) {
            dims[d] = intAt(head, 4 + 4 * d);
        }
        if (dims[0] < 0) {
            throw new DataFormatException(file, "announces a negative count (" + dims[0] + "); the header is corrupt");
        }
        return dims;
    }

    private static String describeWrongMagic(int magic, int expected, String kind) {
        String base = "has magic number " + hex(magic) + ", expected " + hex(expected) + " (" + kind + ")";
        if (magic == LABELS_MAGIC) {
            return base + "; this is a label file: are the image and label files swapped?";
        }
        if (magic == IMAGES_MAGIC) {
            return base + "; this is an image file: are the image and label files swapped?";
        }
        if ((magic >>> 16) == 0 && ((magic >>> 8) & 0xFF) != 0x08) {
            return base + "; it stores IDX element type " + String.format(Locale.ROOT, "0x%02X", (magic >>> 8) & 0xFF)
                    + ", only unsigned bytes (0x08) are supported";
        }
        if ((magic >>> 16) == 0) {
            return base + "; it has " + (magic & 0xFF) + " dimensions";
        }
        return base + "; this is not an IDX file (an HTML error page or another format?)";
    }

    /** Largest deflate expansion: one compressed byte yields at most 1,032 bytes (RFC 1951 length codes). */
    private static final long MAX_DEFLATE_RATIO = 1032;

    /**
     * Refuses, before anything is allocated, a header that announces more bytes than the file can hold: for a raw
     * file its size, for a gzip file its compressed size times the largest deflate expansion.
     */
    private static void requirePresent(Path file, InputStream in, int headerBytes, long bodyBytes, String what)
            throws IOException {
        long size = Files.size(file);
        if (!(in instanceof GZIPInputStream)) {
            if (headerBytes + bodyBytes > size) {
                throw new DataFormatException(file, String.format(Locale.ROOT,
                        "is truncated: the header announces %s = %,d bytes after the %d-byte header, but only %,d"
                                + " bytes follow; the file is cut off or its header is corrupt, download it again",
                        what, bodyBytes, headerBytes, Math.max(0, size - headerBytes)));
            }
            return;
        }
        long most = Math.max(0, size - 18) * MAX_DEFLATE_RATIO;
        if (headerBytes + bodyBytes > most) {
            throw new DataFormatException(file, String.format(Locale.ROOT,
                    "is truncated or its header is corrupt: the header announces %s = %,d bytes, but %,d bytes of"
                            + " gzip data can hold at most %,d after decompression; download the file again", what,
                    headerBytes + bodyBytes, size, most));
        }
    }

    /**
     * Reads exactly {@code n} body bytes, then checks that nothing follows. The array grows with the bytes that
     * actually arrive, so a header that lies about the size costs at most twice the data present.
     */
    private static byte[] readBody(InputStream in, Path file, int n, String what, int headerBytes)
            throws IOException {
        byte[] body = new byte[Math.min(n, 1 << 20)];
        int got = readFully(in, file, body);
        while (got == body.length && body.length < n) {
            body = Arrays.copyOf(body, (int) Math.min(n, 2L * body.length));
            got += readFully(in, file, body, got);
        }
        if (got < n) {
            throw new DataFormatException(file, String.format(Locale.ROOT,
                    "is truncated: the header announces %s = %,d bytes after the %d-byte header, but only %,d bytes"
                            + " follow%s; the file is cut off, download it again", what, (long) n, headerBytes, got,
                    in instanceof GZIPInputStream ? " (after decompression)" : ""));
        }
        int extra;
        try {
            extra = in.read();
            if (extra != -1 && in instanceof GZIPInputStream) {
                in.transferTo(OutputStream.nullOutputStream());   // a corrupt deflate body fails its CRC here
            }
        } catch (EOFException | ZipException e) {
            throw corruptGzip(file, e);
        }
        if (extra != -1) {
            throw new DataFormatException(file, "has more data than its header announces (" + what
                    + "); the header or the file is corrupt, download it again");
        }
        return body;
    }

    private static int readFully(InputStream in, Path file, byte[] buf) throws IOException {
        return readFully(in, file, buf, 0);
    }

    /** Reads from {@code start} until {@code buf} is full or the stream ends; returns the bytes read. */
    private static int readFully(InputStream in, Path file, byte[] buf, int start) throws IOException {
        int off = start;
        try {
            while (off < buf.length) {
                int r = in.read(buf, off, Math.min(BUFFER, buf.length - off));
                if (r < 0) {
                    break;
                }
                off += r;
            }
        } catch (EOFException e) {
            return off - start;               // gzip stream cut off: reported as truncation by the caller
        } catch (ZipException e) {
            throw corruptGzip(file, e);
        }
        return off - start;
    }

    private static DataFormatException corruptGzip(Path file, IOException e) {
        return new DataFormatException(file, "has corrupt gzip data (" + (e.getMessage() == null
                ? "the compressed stream ends early" : e.getMessage()) + "); download the file again");
    }

    private static int intAt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    private static String hex(int v) {
        return String.format(Locale.ROOT, "0x%08X", v);
    }
}
