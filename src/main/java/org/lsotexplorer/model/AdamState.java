package org.lsotexplorer.model;

/**
 * Everything {@link Adam} carries from one step to the next, as plain arrays: the step count {@code t}, the
 * learning rate and the moments {@code m} and {@code v} (float for float networks, double for double ones; both
 * null before the first step). Restoring it ({@link Adam#restore}) makes the next step identical, bit for bit, to
 * the step the optimizer would have taken. The arrays are owned by the record (copies were made on capture).
 *
 * @param step steps taken ({@code t})
 * @param learningRate the learning rate in use
 * @param first32 {@code m} of a float network, else null
 * @param second32 {@code v} of a float network, else null
 * @param first64 {@code m} of a double network, else null
 * @param second64 {@code v} of a double network, else null
 */
public record AdamState(long step, double learningRate, float[] first32, float[] second32, double[] first64,
                        double[] second64) {
    /** Bytes held by the moment arrays. */
    public long sizeBytes() {
        return 4L * (length(first32) + length(second32)) + 8L * (length(first64) + length(second64));
    }

    private static int length(Object a) {
        return a == null ? 0 : java.lang.reflect.Array.getLength(a);
    }
}
