package org.lsotexplorer.live;

import org.lsotexplorer.math.ot.LaguerreDiagram;
import org.lsotexplorer.render.CellLayer;
import org.lsotexplorer.render.Viewport;

/**
 * The Laguerre cells as a drawable layer, each cell coloured by its signed relative mass error
 * {@code e = (mu(W_j) - nu_j) / nu_j} on a diverging scale: blue for too little mass, white for exact, red for too
 * much, on a log scale {@code t = sign(e) min(1, log(1 + 100|e|) / log 101)} so that 1% already shows and 100% is
 * full colour. Cells are clipped to the viewport (a little beyond it).
 */
final class CellColors {
    static final String LABEL = "Laguerre cells: mass error (blue too small, red too large)";
    private static final int BLUE = 0x2166ac;
    private static final int WHITE = 0xf7f7f7;
    private static final int RED = 0xb2182b;
    private static final int ALPHA = 0x9c;
    private static final int EDGE_ARGB = 0x8c2b2f36;

    private CellColors() {
    }

    static CellLayer layer(LaguerreDiagram d, Viewport v) {
        double padX = 0.02 * v.width();
        double padY = 0.02 * v.height();
        int n = d.codeCount();
        float[][] polygons = new float[n][];
        int[] fills = new int[n];
        for (int j = 0; j < n; j++) {
            double[][] p = d.polygon(j, v.xMin() - padX, v.xMax() + padX, v.yMin() - padY, v.yMax() + padY);
            float[] xy = new float[2 * p.length];
            for (int i = 0; i < p.length; i++) {
                xy[2 * i] = (float) p[i][0];
                xy[2 * i + 1] = (float) p[i][1];
            }
            polygons[j] = xy;
            fills[j] = color((d.mass(j) - d.targetMass(j)) / d.targetMass(j));
        }
        return new CellLayer(LABEL, polygons, fills, EDGE_ARGB);
    }

    /** The fill for signed relative error {@code e}. */
    static int color(double e) {
        double t = Double.isFinite(e) ? Math.signum(e) * Math.min(1, Math.log1p(100 * Math.abs(e)) / Math.log(101))
                : 1;
        int to = t < 0 ? BLUE : RED;
        double a = Math.abs(t);
        int r = mix(WHITE >> 16 & 255, to >> 16 & 255, a);
        int g = mix(WHITE >> 8 & 255, to >> 8 & 255, a);
        int b = mix(WHITE & 255, to & 255, a);
        return ALPHA << 24 | r << 16 | g << 8 | b;
    }

    private static int mix(int from, int to, double a) {
        return (int) Math.round(from + (to - from) * a);
    }
}
