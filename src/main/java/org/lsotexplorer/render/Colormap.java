package org.lsotexplorer.render;

/**
 * Perceptually uniform sequential colour maps: a value {@code t} in [0, 1] goes to an opaque colour whose CIELAB
 * lightness grows monotonically with {@code t}, so equal steps of the field read as equal steps of colour, and the
 * map survives grey-scale printing and the common colour-vision deficiencies.
 *
 * <p>Each map is rebuilt from ten reference colours of the published map (matplotlib's viridis, magma and cividis;
 * van der Walt and Smith 2015, Nuñez et al. 2018) sampled at {@code t = k/9}, interpolated linearly in CIELAB, and
 * tabulated as a 256-entry lookup table; the deviation from the original tables is a few ΔE at most. Each entry is
 * the 8-bit rounding (down or up per channel) nearest in CIELAB whose lightness is not below the previous entry's,
 * so the table's lightness never decreases.
 *
 * <p>Ranges and failure behaviour: {@code t} below 0 or above 1 is clamped; {@code NaN} gives {@code 0}
 * (fully transparent), which callers draw as their "no value" colour.
 */
public enum Colormap {
    /** Dark blue-violet through teal to yellow; the default for potentials. */
    VIRIDIS("viridis", 0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59,
            0xB4DE2C, 0xFDE725),
    /** Black through purple and orange to pale yellow. */
    MAGMA("magma", 0x000004, 0x180F3E, 0x451077, 0x721F81, 0x9F2F7F, 0xCD4071, 0xF1605D, 0xFD9567,
            0xFEC98D, 0xFCFDBF),
    /** Navy through grey to yellow; designed to look the same with and without red-green colour blindness. */
    CIVIDIS("cividis", 0x00204D, 0x00336F, 0x39486B, 0x575C6D, 0x707173, 0x8A8779, 0xA69D75, 0xC4B56C,
            0xE4CF5B, 0xFFEA46);

    /** Number of entries of every lookup table. */
    public static final int SIZE = 256;

    private final String displayName;
    private final int[] lut;

    Colormap(String displayName, int... stops) {
        this.displayName = displayName;
        this.lut = tabulate(stops);
    }

    private static int[] tabulate(int[] stops) {
        double[][] lab = new double[stops.length][];
        for (int i = 0; i < stops.length; i++) {
            lab[i] = Lab.fromArgb(stops[i]);
        }
        int[] table = new int[SIZE];
        int segments = stops.length - 1;
        double previousLightness = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < SIZE; k++) {
            double u = k * (double) segments / (SIZE - 1);
            int s = Math.min(segments - 1, (int) u);
            double w = u - s;
            double[] a = lab[s];
            double[] b = lab[s + 1];
            double[] target = {a[0] + w * (b[0] - a[0]), a[1] + w * (b[1] - a[1]), a[2] + w * (b[2] - a[2])};
            int colour = k == 0 ? 0xFF000000 | stops[0]
                    : k == SIZE - 1 ? 0xFF000000 | stops[stops.length - 1]
                    : quantize(target, previousLightness, table[k - 1]);
            table[k] = colour;
            previousLightness = Lab.lightness(colour);
        }
        return table;
    }

    /**
     * The 8-bit colour nearest to {@code lab} among the 8 ways of rounding its channels down or up, whose lightness
     * is not below {@code floor}; the previous entry if none qualifies. Keeps the table's lightness monotone.
     */
    private static int quantize(double[] lab, double floor, int previous) {
        double[] c = Lab.toSrgb(lab[0], lab[1], lab[2]);
        int best = previous;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int m = 0; m < 8; m++) {
            int r = rounded(c[0], (m & 1) != 0);
            int g = rounded(c[1], (m & 2) != 0);
            int bl = rounded(c[2], (m & 4) != 0);
            int argb = Blend.rgb(r, g, bl);
            double d = Lab.distanceSquared(lab, argb);
            if (Lab.lightness(argb) >= floor && d < bestDistance) {
                best = argb;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int rounded(double channel, boolean up) {
        double v = 255 * channel;
        return (int) (up ? Math.ceil(v) : Math.floor(v));
    }

    /** The name used in figures, settings and on the command line ({@code viridis}, {@code magma}, ...). */
    public String displayName() {
        return displayName;
    }

    /** The opaque colour of {@code t} (clamped to [0, 1]); {@code NaN} gives transparent {@code 0}. */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        return lut[index(t)];
    }

    /** The lookup-table index of {@code t}: {@code round(t * 255)}, clamped to 0..255. */
    public static int index(double t) {
        if (!(t > 0)) {
            return 0;
        }
        return t >= 1 ? SIZE - 1 : (int) (t * (SIZE - 1) + 0.5);
    }

    /** Entry {@code i} (0..255) of the lookup table. */
    public int lutArgb(int i) {
        return lut[i];
    }

    /** A copy of the 256-entry lookup table. */
    public int[] lut() {
        return lut.clone();
    }

    /** The live table, for painters in this package (never modified). */
    int[] table() {
        return lut;
    }

    /** CIELAB lightness {@code L*} (0..100) of the colour of {@code t}. */
    public double lightness(double t) {
        return Lab.lightness(argb(Double.isNaN(t) ? 0 : t));
    }

    /** Parses a display name, case-insensitively. */
    public static Colormap parse(String name) {
        for (Colormap m : values()) {
            if (m.displayName.equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown colour map '" + name + "' (expected viridis, magma or cividis)");
    }
}
