package org.lsotexplorer.engine;

/** An axis-aligned rectangle of the plane in data coordinates ({@code xMin < xMax}, {@code yMin < yMax}). */
public record PlaneBounds(double xMin, double xMax, double yMin, double yMax) {
    public PlaneBounds {
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("empty bounds [" + xMin + "," + xMax + "]x[" + yMin + "," + yMax + "]");
        }
    }

    /**
     * A square around the points' first two coordinates, at least covering [-3, 3]^2 (the bulk of N(0, I)),
     * with a 10% margin.
     */
    public static PlaneBounds around(double[][] points) {
        double lo = -3;
        double hi = 3;
        for (double[] p : points) {
            lo = Math.min(lo, Math.min(p[0], p[1]));
            hi = Math.max(hi, Math.max(p[0], p[1]));
        }
        double half = Math.max(Math.abs(lo), Math.abs(hi)) * 1.1;
        return new PlaneBounds(-half, half, -half, half);
    }
}
