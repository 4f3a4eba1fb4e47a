package org.lsotexplorer.math.ot;

/**
 * A convex polygon being cut down to one Laguerre cell: counter-clockwise vertices, and for each vertex {@code i}
 * the label of the edge from vertex {@code i} to {@code i+1}: the index of the neighbouring code whose half-plane
 * made it, or {@link #BOX} for a side of the clipping box. Half-plane clipping is Sutherland-Hodgman on a convex
 * polygon; a polygon cut away completely becomes empty and stays empty. Mutable, reused across cells, one thread.
 */
final class CellPolygon {
    static final int BOX = -1;

    private double[] xs = new double[16];
    private double[] ys = new double[16];
    private int[] labels = new int[16];
    private double[] nx = new double[16];
    private double[] ny = new double[16];
    private int[] nl = new int[16];
    private double[] side = new double[16];
    private int count;

    /** Resets to the square {@code [-L, L]^2}. */
    void resetToBox(double halfWidth) {
        count = 4;
        double l = halfWidth;
        xs[0] = -l; ys[0] = -l;
        xs[1] = l;  ys[1] = -l;
        xs[2] = l;  ys[2] = l;
        xs[3] = -l; ys[3] = l;
        for (int i = 0; i < 4; i++) {
            labels[i] = BOX;
        }
    }

    /** Resets to the given counter-clockwise vertices (all edges labelled {@link #BOX}). */
    void setVertices(double[] vx, double[] vy) {
        ensure(vx.length);
        count = vx.length < 3 ? 0 : vx.length;
        System.arraycopy(vx, 0, xs, 0, vx.length);
        System.arraycopy(vy, 0, ys, 0, vy.length);
        java.util.Arrays.fill(labels, 0, vx.length, BOX);
    }

    /** Resets to the given vertices and edge labels. */
    void set(double[] vx, double[] vy, int[] vl) {
        setVertices(vx, vy);
        System.arraycopy(vl, 0, labels, 0, vl.length);
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count < 3;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    int label(int i) {
        return labels[i];
    }

    /**
     * Keeps {@code { z : <z, a> <= b }}; the new edge gets {@code label}.
     *
     * @return false when the half-plane contains the whole polygon (nothing changed)
     */
    boolean clip(double ax, double ay, double b, int label) {
        if (count == 0) {
            return false;
        }
        if (side.length < count) {
            side = new double[2 * count];
        }
        double[] s = side;
        boolean anyOut = false;
        boolean anyIn = false;
        for (int i = 0; i < count; i++) {
            s[i] = xs[i] * ax + ys[i] * ay - b;
            if (s[i] > 0) {
                anyOut = true;
            } else {
                anyIn = true;
            }
        }
        if (!anyOut) {
            return false;
        }
        if (!anyIn) {
            count = 0;
            return true;
        }
        ensure(count + 2);
        int m = 0;
        for (int i = 0; i < count; i++) {
            int j = i + 1 == count ? 0 : i + 1;
            double sp = s[i];
            double sq = s[j];
            if (sp <= 0) {
                nx[m] = xs[i]; ny[m] = ys[i]; nl[m++] = labels[i];
                if (sq > 0) {
                    double t = sp / (sp - sq);
                    nx[m] = xs[i] + t * (xs[j] - xs[i]); ny[m] = ys[i] + t * (ys[j] - ys[i]); nl[m++] = label;
                }
            } else if (sq <= 0) {
                double t = sp / (sp - sq);
                nx[m] = xs[i] + t * (xs[j] - xs[i]); ny[m] = ys[i] + t * (ys[j] - ys[i]); nl[m++] = labels[i];
            }
        }
        double[] tx = xs; xs = nx; nx = tx;
        double[] ty = ys; ys = ny; ny = ty;
        int[] tl = labels; labels = nl; nl = tl;
        count = m < 3 ? 0 : m;
        return true;
    }

    /** Largest squared distance from a vertex to the lifted point {@code (px, py, pz)} (the plane is z = 0). */
    double maxSquaredDistance(double px, double py, double pz) {
        double r = 0;
        for (int i = 0; i < count; i++) {
            double dx = xs[i] - px;
            double dy = ys[i] - py;
            r = Math.max(r, dx * dx + dy * dy);
        }
        return r + pz * pz;
    }

    private void ensure(int n) {
        if (n > xs.length || n > nx.length) {
            int c = Math.max(n, 2 * xs.length);
            xs = java.util.Arrays.copyOf(xs, c);
            ys = java.util.Arrays.copyOf(ys, c);
            labels = java.util.Arrays.copyOf(labels, c);
            nx = new double[c];
            ny = new double[c];
            nl = new int[c];
        }
    }
}
