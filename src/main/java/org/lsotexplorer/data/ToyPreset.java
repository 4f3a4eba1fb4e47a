package org.lsotexplorer.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.lsotexplorer.math.metrics.ModeSet;

/**
 * The 2-D toy targets of method.md section 5, each sampled from a caller-seeded generator.
 * <ul>
 *   <li>eight Gaussians: centres at radius 2, angles k*45 deg, std 0.02;</li>
 *   <li>25 Gaussians: a 5x5 grid over -4..4, std 0.05;</li>
 *   <li>swiss roll: {@code t = 1.5 pi (1 + 2u)}, point {@code t (cos t, sin t) / 5} plus N(0, 0.05^2) noise;</li>
 *   <li>two moons: two interleaved half circles of radius 1.5 plus N(0, 0.05^2) noise, centred;</li>
 *   <li>rings: circles of radius 0.8, 1.6 and 2.4 with mass proportional to length, plus N(0, 0.03^2) noise;</li>
 *   <li>checkerboard: uniform on the alternate cells of a 4x4 board over [-2, 2]^2.</li>
 * </ul>
 */
public enum ToyPreset implements TargetDistribution {
    EIGHT_GAUSSIANS("eight-gaussians", "Eight Gaussians") {
        @Override
        void draw(double[] p, RandomGenerator rng) {
            drawAround(EIGHT, rng.nextInt(8), p, rng);
        }

        @Override
        public double[][] sampleCodes(int n, RandomGenerator rng) {
            return stratified(EIGHT, n, rng);
        }

        @Override
        public Optional<ModeSet> modes() {
            return Optional.of(EIGHT);
        }
    },
    TWENTY_FIVE_GAUSSIANS("25-gaussians", "25 Gaussians") {
        @Override
        void draw(double[] p, RandomGenerator rng) {
            drawAround(GRID, rng.nextInt(25), p, rng);
        }

        @Override
        public double[][] sampleCodes(int n, RandomGenerator rng) {
            return stratified(GRID, n, rng);
        }

        @Override
        public Optional<ModeSet> modes() {
            return Optional.of(GRID);
        }
    },
    SWISS_ROLL("swiss-roll", "Swiss roll") {
        @Override
        void draw(double[] p, RandomGenerator rng) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            p[0] = t * Math.cos(t) / 5 + 0.05 * rng.nextGaussian();
            p[1] = t * Math.sin(t) / 5 + 0.05 * rng.nextGaussian();
        }
    },
    TWO_MOONS("two-moons", "Two moons") {
        @Override
        void draw(double[] p, RandomGenerator rng) {
            double a = Math.PI * rng.nextDouble();
            if (rng.nextBoolean()) {
                p[0] = 1.5 * Math.cos(a) - 0.75;
                p[1] = 1.5 * Math.sin(a) - 0.375;
            } else {
                p[0] = 1.5 * (1 - Math.cos(a)) - 0.75;
                p[1] = 1.5 * (0.5 - Math.sin(a)) - 0.375;
            }
            p[0] += 0.05 * rng.nextGaussian();
            p[1] += 0.05 * rng.nextGaussian();
        }
    },
    RINGS("rings", "Rings") {
        @Override
        void draw(double[] p, RandomGenerator rng) {
            double u = rng.nextDouble() * (0.8 + 1.6 + 2.4);
            double r = u < 0.8 ? 0.8 : u < 2.4 ? 1.6 : 2.4;
            double a = 2 * Math.PI * rng.nextDouble();
            p[0] = r * Math.cos(a) + 0.03 * rng.nextGaussian();
            p[1] = r * Math.sin(a) + 0.03 * rng.nextGaussian();
        }
    },
    CHECKERBOARD("checkerboard", "Checkerboard") {
        @Override
        void draw(double[] p, RandomGenerator rng) {
            int cell = rng.nextInt(8);           // 8 dark cells of a 4x4 board
            int row = cell / 2;
            int col = 2 * (cell % 2) + (row % 2);
            p[0] = -2 + col + rng.nextDouble();
            p[1] = -2 + row + rng.nextDouble();
        }
    };

    private static final ModeSet EIGHT = eightModes();
    private static final ModeSet GRID = gridModes();

    private final String id;
    private final String displayName;

    ToyPreset(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    abstract void draw(double[] p, RandomGenerator rng);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size must be >= 0, got " + n);
        }
        double[][] out = new double[n][2];
        for (double[] p : out) {
            draw(p, rng);
        }
        return out;
    }

    private static void drawAround(ModeSet modes, int k, double[] p, RandomGenerator rng) {
        double[] c = modes.centres()[k];
        p[0] = c[0] + modes.std() * rng.nextGaussian();
        p[1] = c[1] + modes.std() * rng.nextGaussian();
    }

    /** Point i comes from mode (i mod K) of a random rotation of the modes, then the order is shuffled. */
    private static double[][] stratified(ModeSet modes, int n, RandomGenerator rng) {
        int k = modes.count();
        int offset = rng.nextInt(k);
        double[][] out = new double[n][2];
        for (int i = 0; i < n; i++) {
            drawAround(modes, (i + offset) % k, out[i], rng);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double[] t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** Looks a preset up by its id; the error lists the valid ids. */
    public static ToyPreset parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ToyPreset t : values()) {
            if (t.id.equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "' (expected one of " + ids() + ")");
    }

    /** The valid ids, comma separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ToyPreset::id).collect(Collectors.joining(", "));
    }

    private static ModeSet eightModes() {
        double[][] c = new double[8][];
        for (int k = 0; k < 8; k++) {
            double a = Math.toRadians(45.0 * k);
            c[k] = new double[] {2 * Math.cos(a), 2 * Math.sin(a)};
        }
        return new ModeSet(c, 0.02);
    }

    private static ModeSet gridModes() {
        double[][] c = new double[25][];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                c[5 * i + j] = new double[] {-4 + 2 * i, -4 + 2 * j};
            }
        }
        return new ModeSet(c, 0.05);
    }
}
