package org.lsotexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a {@link LatentCodeSet} from files: codes ({@code .npy} float32/float64 {@code n x d}, or CSV), optional labels
 * ({@code .npy} integers of shape {@code (n,)} or {@code (n, 1)}, or CSV with one integer per line) and optional
 * images ({@code .npy} uint8, or float32/float64 in [0, 1]; layouts of {@link ImageLayout}; 1 or 3 channels).
 *
 * <p><b>Failures</b>, each a {@link DataFormatException} naming the file and what was expected: a wrong dtype,
 * Fortran order, a truncated file (from {@link NpyReader}), a wrong rank, d outside 2..{@value LatentCodeSet#MAX_DIM},
 * NaN or infinity in the codes, non-integer labels, image values outside [0, 1], an ambiguous image layout, and
 * counts that disagree between codes, labels and images.
 */
public final class LatentCodeFiles {
    private LatentCodeFiles() {
    }

    /**
     * @param labels null for none
     * @param images null for none
     */
    public static LatentCodeSet load(Path codes, Path labels, Path images, ImageLayout layout) throws IOException {
        double[][] z = readCodes(codes);
        int[] l = labels == null ? null : readLabels(labels, z.length, codes);
        ImageDataset img = images == null ? null : readImages(images, layout, z.length, codes);
        String name = codes.getFileName().toString();
        return new LatentCodeSet(name, z, l, img);
    }

    static boolean isNpy(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    /** The codes, n x d, checked for d and finiteness. */
    public static double[][] readCodes(Path file) throws IOException {
        double[][] z;
        if (isNpy(file)) {
            NpyArray a = NpyReader.read(file);
            if (!a.isFloat()) {
                throw new DataFormatException(file, "has dtype " + a.dtypeName() + "; codes must be float32 or"
                        + " float64");
            }
            if (a.rank() != 2) {
                throw new DataFormatException(file, "has shape " + a.shapeText() + "; codes must be a 2-D array"
                        + " n x d");
            }
            int n = (int) a.shape()[0];   // the reader refuses dimensions above 2^31 - 1
            int d = (int) a.shape()[1];
            checkCount(file, n, d);
            z = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    z[i][k] = a.get((long) i * d + k);
                }
            }
        } else {
            z = PointCsv.read(file);
        }
        int d = z.length == 0 ? 0 : z[0].length;
        checkCount(file, z.length, d);
        for (int i = 0; i < z.length; i++) {
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(z[i][k])) {
                    throw new DataFormatException(file, "has " + z[i][k] + " in code " + i + " (column " + k
                            + "); codes must be finite numbers");
                }
            }
        }
        return z;
    }

    /** At least 2 codes of dimension 2 to {@link LatentCodeSet#MAX_DIM} (checked before anything is allocated). */
    private static void checkCount(Path file, int n, int d) throws DataFormatException {
        if (n < 2) {
            throw new DataFormatException(file, "has " + n + " codes; need at least 2");
        }
        if (d < 2 || d > LatentCodeSet.MAX_DIM) {
            throw new DataFormatException(file, "has codes of dimension d = " + d + "; expected 2 to "
                    + LatentCodeSet.MAX_DIM);
        }
    }

    static int[] readLabels(Path file, int n, Path codes) throws IOException {
        double[] v;
        if (isNpy(file)) {
            NpyArray a = NpyReader.read(file);
            if (!a.isInteger()) {
                throw new DataFormatException(file, "has dtype " + a.dtypeName() + "; labels must be integers");
            }
            boolean column = a.rank() == 1 || (a.rank() == 2 && a.shape()[1] == 1);
            if (!column) {
                throw new DataFormatException(file, "has shape " + a.shapeText() + "; labels must be (n,) or (n, 1)");
            }
            v = new double[Math.toIntExact(a.count())];
            for (int i = 0; i < v.length; i++) {
                v[i] = a.get(i);
            }
        } else {
            double[][] rows = PointCsv.read(file);
            if (rows[0].length != 1) {
                throw new DataFormatException(file, "has " + rows[0].length + " values per line; labels need one");
            }
            v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = rows[i][0];
            }
        }
        if (v.length != n) {
            throw new DataFormatException(file, "has " + v.length + " labels but " + codes.getFileName() + " has "
                    + n + " codes; expected one label per code");
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (v[i] != Math.rint(v[i]) || Math.abs(v[i]) > Integer.MAX_VALUE) {
                throw new DataFormatException(file, "label " + i + " is " + v[i] + "; labels must be integers");
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    static ImageDataset readImages(Path file, ImageLayout layout, int n, Path codes) throws IOException {
        NpyArray a = NpyReader.read(file);
        if (!(a.isFloat() || (a.kind() == 'u' && a.itemSize() == 1))) {
            throw new DataFormatException(file, "has dtype " + a.dtypeName() + "; images must be uint8 or float in"
                    + " [0, 1]");
        }
        ImageLayout l = resolve(file, a, layout);
        long[] s = a.shape();
        int count = Math.toIntExact(s[0]);
        int c = l == ImageLayout.NHW ? 1 : Math.toIntExact(l == ImageLayout.NCHW ? s[1] : s[3]);
        int h = Math.toIntExact(l == ImageLayout.NCHW ? s[2] : s[1]);
        int w = Math.toIntExact(l == ImageLayout.NCHW ? s[3] : s[2]);
        if (count != n) {
            throw new DataFormatException(file, "has " + count + " images but " + codes.getFileName() + " has " + n
                    + " codes; expected one image per code");
        }
        if (!ImageLayout.isChannelCount(c) || h < 1 || w < 1) {
            throw new DataFormatException(file, "has shape " + a.shapeText() + " read as " + l + ": " + c
                    + " channels of " + h + "x" + w + "; expected 1 or 3 channels");
        }
        long total = (long) count * h * w * c;
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataFormatException(file, "holds more than 2^31 pixels; too large");
        }
        byte[] hwc = new byte[(int) total];
        int per = h * w * c;
        for (int i = 0; i < count; i++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int ch = 0; ch < c; ch++) {
                        long src = l == ImageLayout.NCHW ? (((long) i * c + ch) * h + y) * w + x
                                : (((long) i * h + y) * w + x) * c + ch;
                        hwc[i * per + (y * w + x) * c + ch] = toByte(file, a, src);
                    }
                }
            }
        }
        return ImageDataset.wrap(file.getFileName().toString(), count, h, w, c, hwc, null);
    }

    private static ImageLayout resolve(Path file, NpyArray a, ImageLayout asked) throws DataFormatException {
        if (a.rank() != 3 && a.rank() != 4) {
            throw new DataFormatException(file, "has shape " + a.shapeText() + "; images must be n x H x W,"
                    + " n x C x H x W or n x H x W x C");
        }
        if (asked == null || asked == ImageLayout.AUTO) {
            ImageLayout l = ImageLayout.infer(a.shape());
            if (l == ImageLayout.AUTO) {
                throw new DataFormatException(file, "has shape " + a.shapeText() + ", whose channel axis is"
                        + " ambiguous; state the layout (nchw or nhwc)");
            }
            return l;
        }
        if ((asked == ImageLayout.NHW) != (a.rank() == 3)) {
            throw new DataFormatException(file, "has shape " + a.shapeText() + ", which does not fit the stated"
                    + " layout " + asked.name().toLowerCase(Locale.ROOT));
        }
        return asked;
    }

    private static byte toByte(Path file, NpyArray a, long i) throws DataFormatException {
        double v = a.get(i);
        if (!a.isFloat()) {
            return (byte) v;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new DataFormatException(file, "has the value " + v + " at element " + i + "; float images must"
                    + " lie in [0, 1]");
        }
        return (byte) Math.round(v * 255);
    }
}
