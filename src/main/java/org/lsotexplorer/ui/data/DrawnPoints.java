package org.lsotexplorer.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Target points painted with the mouse, in data coordinates. A brush stamp of radius {@code r} adds points spread
 * uniformly over the disc of radius {@code r} around the cursor (a radius of 0 adds exactly the clicked point).
 * Plain Java, used on the FX thread only. At most {@link #MAX_POINTS} points are kept; further stamps are ignored.
 */
public final class DrawnPoints {
    /** The cap on painted points (the codes are resampled from them anyway). */
    public static final int MAX_POINTS = 20_000;
    private final List<double[]> points = new ArrayList<>();
    private final SplittableRandom rng;

    /** An empty drawing whose brush scatter follows {@code seed}. */
    public DrawnPoints(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /**
     * Adds {@code count} points uniformly in the disc of {@code radius} around {@code (x, y)}; with radius 0 adds
     * the point itself once.
     *
     * @return how many points were added (0 once the cap is reached or for non-finite input)
     */
    public int stamp(double x, double y, double radius, int count) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(radius >= 0) || count < 1) {
            return 0;
        }
        int n = radius == 0 ? 1 : count;
        int added = 0;
        for (int i = 0; i < n && points.size() < MAX_POINTS; i++) {
            double r = radius * Math.sqrt(rng.nextDouble());
            double a = 2 * Math.PI * rng.nextDouble();
            points.add(new double[] {x + r * Math.cos(a), y + r * Math.sin(a)});
            added++;
        }
        return added;
    }

    /** Removes every point. */
    public void clear() {
        points.clear();
    }

    /** Replaces the drawing with the given points (first two coordinates). */
    public void setAll(double[][] pts) {
        points.clear();
        for (double[] p : pts) {
            if (points.size() < MAX_POINTS) {
                points.add(new double[] {p[0], p[1]});
            }
        }
    }

    public int size() {
        return points.size();
    }

    /** A copy of the points as rows {@code {x, y}}. */
    public double[][] points() {
        double[][] out = new double[points.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = points.get(i).clone();
        }
        return out;
    }

    /** The points interleaved {@code x0, y0, x1, y1, ...} for a point layer (a fresh array). */
    public float[] xy() {
        float[] out = new float[2 * points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[2 * i] = (float) points.get(i)[0];
            out[2 * i + 1] = (float) points.get(i)[1];
        }
        return out;
    }
}
