package org.lsotexplorer.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Writes and reads one cache file in the versioned format documented on {@link DatasetCache}. Reading checks the
 * magic, version, header ranges, the fingerprint, the exact file size implied by the header (before allocating
 * anything) and the CRC-32; each failure is a {@link DataFormatException} saying which check failed.
 */
final class CacheFileFormat {
    static final int VERSION = 1;
    private static final byte[] MAGIC = "LSOT-IMG".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_STRING_BYTES = 16 << 20;

    private CacheFileFormat() {
    }

    static void encode(OutputStream raw, ImageDataset d, String fingerprint, String note) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16),
                crc));
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(d.count());
        out.writeInt(d.height());
        out.writeInt(d.width());
        out.writeInt(d.channels());
        out.writeByte(d.hasLabels() ? 1 : 0);
        writeString(out, fingerprint);
        writeString(out, d.name());
        writeString(out, note);
        out.write(d.pixelArray());
        if (d.hasLabels()) {
            out.write(d.labelArray());
        }
        out.flush();
        long sum = crc.getValue();
        out.writeLong(sum);
        out.flush();
    }

    static DatasetCache.Entry decode(Path file, String expectedFingerprint) throws IOException {
        long fileSize = Files.size(file);
        CRC32 crc = new CRC32();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), crc))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new DataFormatException(file, "is not a dataset cache file (wrong magic)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new DataFormatException(file, "has cache format version " + version + ", expected "
                        + VERSION);
            }
            int count = in.readInt();
            int height = in.readInt();
            int width = in.readInt();
            int channels = in.readInt();
            int labelFlag = in.readByte();
            if (count < 0 || height <= 0 || width <= 0 || (channels != 1 && channels != 3) || labelFlag < 0
                    || labelFlag > 1) {
                throw new DataFormatException(file, "has an invalid header (" + count + " x " + height + " x "
                        + width + " x " + channels + ", label flag " + labelFlag + ")");
            }
            String fingerprint = readString(in, file, fileSize);
            String name = readString(in, file, fileSize);
            String note = readString(in, file, fileSize);
            if (!fingerprint.equals(expectedFingerprint)) {
                throw new DataFormatException(file, "belongs to other source files (fingerprint differs)");
            }
            long pixels = (long) count * height * width * channels;
            long headerBytes = MAGIC.length + 4 * 5 + 1 + 12 + utf8Length(fingerprint) + utf8Length(name)
                    + utf8Length(note);
            long expectedSize = headerBytes + pixels + (labelFlag == 1 ? count : 0) + 8;
            if (expectedSize != fileSize || pixels > Integer.MAX_VALUE - 16) {
                throw new DataFormatException(file, "has " + fileSize + " bytes, its header implies " + expectedSize
                        + " (truncated or corrupt)");
            }
            byte[] px = new byte[(int) pixels];
            in.readFully(px);
            byte[] labels = null;
            if (labelFlag == 1) {
                labels = new byte[count];
                in.readFully(labels);
            }
            long computed = crc.getValue();
            long stored = in.readLong();
            if (computed != stored) {
                throw new DataFormatException(file, String.format(Locale.ROOT,
                        "fails its CRC-32 check (stored %08x, computed %08x)", stored, computed));
            }
            return new DatasetCache.Entry(ImageDataset.wrap(name, count, height, width, channels, px, labels), note);
        } catch (EOFException e) {
            throw new DataFormatException(file, "is truncated");
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in, Path file, long fileSize) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING_BYTES || n > fileSize) {
            throw new DataFormatException(file, "has an invalid string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
