package org.lsotexplorer.math;

import java.util.random.RandomGenerator;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014), written so that its whole state is two longs that can be
 * read ({@link #state()}) and restored exactly ({@link #restore(long[])}): what a checkpoint needs and what
 * {@link java.util.SplittableRandom} does not offer. With the same seed it draws the same numbers as
 * {@code java.util.SplittableRandom} for {@code nextLong}, {@code nextInt}, {@code nextInt(bound)},
 * {@code nextDouble}, {@code nextGaussian} and {@link #split()} (a test checks this), so runs keep their numbers.
 * <p>State: {@code seed}, advanced by the odd {@code gamma} at every draw; output {@code mix64(seed)}.
 * Not thread-safe.
 */
public final class SplitMix implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long seed;
    private final long gamma;

    /** The generator of {@code new SplittableRandom(seed)}. */
    public SplitMix(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private SplitMix(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /**
     * A generator in a state read earlier by {@link #state()}.
     *
     * @throws IllegalArgumentException unless {@code state} holds two longs with an odd gamma
     */
    public static SplitMix restore(long[] state) {
        if (state == null || state.length != 2 || (state[1] & 1L) == 0) {
            throw new IllegalArgumentException("a SplitMix state is two longs {seed, odd gamma}");
        }
        return new SplitMix(state[0], state[1]);
    }

    /** The whole state, {@code {seed, gamma}}. */
    public long[] state() {
        return new long[] {seed, gamma};
    }

    /** An independent generator in the same state (draws the same numbers from here on). */
    public SplitMix copy() {
        return new SplitMix(seed, gamma);
    }

    /** A new generator, split off as {@code SplittableRandom.split()} does (this one advances by two draws). */
    public SplitMix split() {
        long s = nextLong();
        return new SplitMix(s, mixGamma(nextSeed()));
    }

    private long nextSeed() {
        seed += gamma;
        return seed;
    }

    @Override
    public long nextLong() {
        return mix64(nextSeed());
    }

    @Override
    public int nextInt() {
        return mix32(nextSeed());
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
