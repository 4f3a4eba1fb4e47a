package org.lsotexplorer.model;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Nearest neighbours in pixel space, for the novelty check of method.md 4: the mean distance from a generated image
 * to its nearest training image, against the same figure for test images ({@link #noveltyRatio}).
 *
 * <p>The reference images are held once as a float32 ND4J matrix {@code R [n, p]}. Queries go in chunks of
 * {@value #QUERY_CHUNK} rows and the reference in chunks of {@value #REFERENCE_CHUNK} rows, so the work memory is a
 * fixed {@code 256 x 8192} block. Each block is screened with one matrix product,
 * {@code |q|^2 - 2 q r^T + |r|^2}, where the squared norms are exact (double) and only the dot products carry
 * float32 rounding, bounded by {@code gamma_p |q| |r|} with {@code gamma_p = p u / (1 - p u)},
 * {@code u = 2^-24}. Every reference row whose screened value is within twice that bound of the smallest is then
 * measured exactly in double, so the answer is the brute-force one: the exact nearest row (lowest index on ties)
 * and its exact Euclidean distance between the float pixel values.
 *
 * <p>Immutable after construction; {@link #nearest} may be called from one thread at a time (ND4J arrays).
 */
public final class NearestImages {
    static final int QUERY_CHUNK = 256;
    static final int REFERENCE_CHUNK = 8192;
    private static final double UNIT_ROUNDOFF = 0x1p-24;

    private final INDArray reference;   // [n, p] float32
    private final double[] squaredNorms;
    private final double maxNorm;
    private final int pixels;

    /**
     * @param reference {@code n >= 1} images of {@code p >= 1} finite values each (copied)
     * @throws IllegalArgumentException for empty, ragged or non-finite input
     */
    public NearestImages(float[][] reference) {
        Nd4jRuntime.init();
        this.pixels = requireRectangular(reference, "reference", -1);
        this.squaredNorms = new double[reference.length];
        double max = 0;
        for (int j = 0; j < reference.length; j++) {
            squaredNorms[j] = squaredNorm(reference[j]);
            max = Math.max(max, squaredNorms[j]);
        }
        this.maxNorm = Math.sqrt(max);
        this.reference = Nd4j.create(reference);
    }

    /** The nearest reference row of each query and its Euclidean distance. */
    public record Result(int[] index, double[] distance) {
    }

    /** The number of reference images. */
    public int size() {
        return squaredNorms.length;
    }

    /** The number of values per image. */
    public int pixels() {
        return pixels;
    }

    /**
     * For each query row, the index of the nearest reference row (lowest on ties) and its Euclidean distance.
     *
     * @param queries {@code m >= 1} rows of {@link #pixels()} finite values
     * @throws IllegalArgumentException for empty, ragged, non-finite or wrongly sized queries
     */
    public Result nearest(float[][] queries) {
        requireRectangular(queries, "queries", pixels);
        int m = queries.length;
        int[] index = new int[m];
        double[] distance = new double[m];
        for (int from = 0; from < m; from += QUERY_CHUNK) {
            int to = Math.min(m, from + QUERY_CHUNK);
            nearestChunk(Arrays.copyOfRange(queries, from, to), from, index, distance);
        }
        return new Result(index, distance);
    }

    private void nearestChunk(float[][] q, int offset, int[] index, double[] distance) {
        int b = q.length;
        int n = squaredNorms.length;
        double gamma = pixels * UNIT_ROUNDOFF / (1 - pixels * UNIT_ROUNDOFF);
        double[] qNorm2 = new double[b];
        double[] tolerance = new double[b];
        for (int i = 0; i < b; i++) {
            qNorm2[i] = squaredNorm(q[i]);
            // screened value error <= 2 gamma |q| |r|; the true nearest is within twice that of the screened min
            tolerance[i] = 4.0 * gamma * Math.sqrt(qNorm2[i]) * maxNorm * (1 + 1e-6) + 1e-300;
        }
        Candidates[] candidates = new Candidates[b];
        for (int i = 0; i < b; i++) {
            candidates[i] = new Candidates(tolerance[i]);
        }
        INDArray queryMatrix = Nd4j.create(q);
        for (int start = 0; start < n; start += REFERENCE_CHUNK) {
            int end = Math.min(n, start + REFERENCE_CHUNK);
            INDArray block = reference.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
            float[][] dots = queryMatrix.mmul(block.transpose()).toFloatMatrix();
            for (int i = 0; i < b; i++) {
                float[] row = dots[i];
                for (int j = start; j < end; j++) {
                    candidates[i].offer(j, qNorm2[i] - 2.0 * row[j - start] + squaredNorms[j]);
                }
            }
        }
        for (int i = 0; i < b; i++) {
            int best = -1;
            double bestSquared = Double.POSITIVE_INFINITY;
            Candidates c = candidates[i];
            for (int k = 0; k < c.count; k++) {
                int j = c.index[k];
                double d2 = exactSquaredDistance(q[i], reference.getRow(j).toFloatVector());
                if (d2 < bestSquared || d2 == bestSquared && j < best) {
                    bestSquared = d2;
                    best = j;
                }
            }
            index[offset + i] = best;
            distance[offset + i] = Math.sqrt(bestSquared);
        }
    }

    /** The reference rows whose screened squared distance is within the tolerance of the smallest so far. */
    private static final class Candidates {
        private final double tolerance;
        private double min = Double.POSITIVE_INFINITY;
        private int[] index = new int[4];
        private double[] screened = new double[4];
        private int count;

        Candidates(double tolerance) {
            this.tolerance = tolerance;
        }

        void offer(int j, double value) {
            if (value > min + tolerance) {
                return;
            }
            if (value < min) {
                min = value;
                int kept = 0;
                for (int k = 0; k < count; k++) {
                    if (screened[k] <= min + tolerance) {
                        index[kept] = index[k];
                        screened[kept] = screened[k];
                        kept++;
                    }
                }
                count = kept;
            }
            if (count == index.length) {
                index = Arrays.copyOf(index, 2 * count);
                screened = Arrays.copyOf(screened, 2 * count);
            }
            index[count] = j;
            screened[count] = value;
            count++;
        }
    }

    /**
     * {@code mean(generated) / mean(test)}: above 1 when generated images sit farther from the training set than
     * held-out real images do (novel), near or below 1 when they are as close as real ones (possibly memorised).
     *
     * @throws IllegalArgumentException for empty or non-finite inputs, negative distances, or a zero test mean
     */
    public static double noveltyRatio(double[] generatedDistances, double[] testDistances) {
        double test = meanDistance(testDistances, "test");
        if (test == 0) {
            throw new IllegalArgumentException("test distances are all 0; the ratio is undefined");
        }
        return meanDistance(generatedDistances, "generated") / test;
    }

    private static double meanDistance(double[] d, String what) {
        if (d == null || d.length == 0) {
            throw new IllegalArgumentException(what + " distances are empty");
        }
        double sum = 0;
        for (double v : d) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " distance " + v + " is not a finite value >= 0");
            }
            sum += v;
        }
        return sum / d.length;
    }

    private static int requireRectangular(float[][] rows, String what, int expected) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(what + " are empty");
        }
        int p = expected >= 0 ? expected : rows[0].length;
        if (p == 0) {
            throw new IllegalArgumentException(what + " have 0 values per image");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != p) {
                throw new IllegalArgumentException(what + ": row " + i + " has " + rows[i].length
                        + " values, expected " + p);
            }
            for (float v : rows[i]) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException(what + ": row " + i + " has a non-finite value");
                }
            }
        }
        return p;
    }

    private static double squaredNorm(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return s;
    }

    private static double exactSquaredDistance(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = (double) a[k] - b[k];
            s += d * d;
        }
        return s;
    }

    /** Frees the reference images' off-heap copy now; the index must not be used afterwards. Idempotent. */
    public void close() {
        NativeMemory.close(reference);
    }
}
