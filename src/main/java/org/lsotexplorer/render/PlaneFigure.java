package org.lsotexplorer.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one picture of the latent plane shows, as an immutable value: size, viewport, an optional heatmap of a
 * scalar field (with colour map, colour bar, contour lines), ordered layers (points, arrows, masks), axes, title and
 * legend. {@link PlaneRenderer} turns it into pixels; {@link PlotLayout#of(PlaneFigure)} says where each data point
 * lands.
 *
 * <p>Colour scale: the heatmap maps {@code v} to {@code t = (v - lo) / (hi - lo)} on the colour map, where
 * {@code [lo, hi]} is {@link Builder#colorRange} if given, else the finite range of the grid; values outside are
 * clamped, NaN cells take {@link Builder#nanColor}. Contour levels are {@link Contours#levels(double, double, int)}
 * over {@code [lo, hi]}.
 *
 * <p>Failure behaviour: {@link Builder#build()} throws {@link IllegalArgumentException} for a size outside
 * {@code [64, 8192]} px, a negative contour count, or a colour range with {@code lo >= hi}.
 */
public final class PlaneFigure {
    /** Where the layer legend sits inside the plot area. */
    public enum LegendCorner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    private final String title;
    private final int widthPx;
    private final int heightPx;
    private final Viewport viewport;
    private final boolean equalAspect;
    private final String xTitle;
    private final String yTitle;
    private final ScalarGrid heatmap;
    private final Colormap colormap;
    private final String colorLabel;
    private final int contourCount;
    private final int contourArgb;
    private final double colorMin;
    private final double colorMax;
    private final double[] colorRange;
    private final double[] contourLevels;
    private final boolean smoothHeatmap;
    private final int nanArgb;
    private final List<PlaneLayer> layers;
    private final boolean showLegend;
    private final LegendCorner legendCorner;
    private final boolean showAxes;
    private final int backgroundArgb;
    private final int plotBackgroundArgb;

    private PlaneFigure(Builder b) {
        if (b.widthPx < 64 || b.heightPx < 64 || b.widthPx > 8192 || b.heightPx > 8192) {
            throw new IllegalArgumentException("figure size must be 64..8192 px per side, got " + b.widthPx + "x"
                    + b.heightPx);
        }
        if (b.contourCount < 0) {
            throw new IllegalArgumentException("contour count must be >= 0, got " + b.contourCount);
        }
        title = b.title;
        widthPx = b.widthPx;
        heightPx = b.heightPx;
        viewport = b.viewport;
        equalAspect = b.equalAspect;
        xTitle = b.xTitle;
        yTitle = b.yTitle;
        heatmap = b.heatmap;
        colormap = b.colormap;
        colorLabel = b.colorLabel;
        contourCount = b.contourCount;
        contourArgb = b.contourArgb;
        smoothHeatmap = b.smoothHeatmap;
        nanArgb = b.nanArgb;
        layers = List.copyOf(b.layers);
        showLegend = b.showLegend;
        legendCorner = b.legendCorner;
        showAxes = b.showAxes;
        backgroundArgb = b.backgroundArgb | 0xFF000000;
        plotBackgroundArgb = b.plotBackgroundArgb | 0xFF000000;
        colorMin = b.colorMin;
        colorMax = b.colorMax;
        colorRange = resolveRange(b.colorMin, b.colorMax, heatmap);
        contourLevels = heatmap == null ? new double[0] : Contours.levels(colorRange[0], colorRange[1], contourCount);
    }

    private static double[] resolveRange(double lo, double hi, ScalarGrid grid) {
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
            return new double[] {lo, hi};
        }
        double[] r = grid == null ? new double[] {Double.NaN, Double.NaN} : grid.finiteRange();
        if (Double.isNaN(r[0])) {
            return new double[] {0, 1};
        }
        if (r[0] == r[1]) {
            return new double[] {r[0] - 0.5, r[1] + 0.5};
        }
        return r;
    }

    /** A builder for a figure of the given viewport, with the defaults of {@link Builder}. */
    public static Builder builder(Viewport viewport) {
        return new Builder(viewport);
    }

    /** A builder holding this figure's settings, to derive a changed figure. */
    public Builder toBuilder() {
        Builder b = new Builder(viewport).title(title).size(widthPx, heightPx).equalAspect(equalAspect)
                .axisTitles(xTitle, yTitle).contours(contourCount).contourColor(contourArgb)
                .smoothHeatmap(smoothHeatmap).nanColor(nanArgb).legend(showLegend, legendCorner).showAxes(showAxes)
                .background(backgroundArgb).plotBackground(plotBackgroundArgb);
        if (heatmap != null) {
            b.heatmap(heatmap, colormap, colorLabel);
        }
        if (Double.isFinite(colorMin)) {
            b.colorRange(colorMin, colorMax);
        }
        b.layers.addAll(layers);
        return b;
    }

    public String title() { return title; }
    public int widthPx() { return widthPx; }
    public int heightPx() { return heightPx; }
    /** The data rectangle shown by the plot area. */
    public Viewport viewport() { return viewport; }
    public boolean equalAspect() { return equalAspect; }
    public String xTitle() { return xTitle; }
    public String yTitle() { return yTitle; }
    /** The heatmap field, or null for none. */
    public ScalarGrid heatmap() { return heatmap; }
    public Colormap colormap() { return colormap; }
    public String colorLabel() { return colorLabel; }
    public int contourCount() { return contourCount; }
    /** Contour colour; 0 means automatic (light on dark parts of the map, dark on light parts). */
    public int contourArgb() { return contourArgb; }
    /** {@code {lo, hi}}: the field values at the two ends of the colour map. */
    public double[] colorRange() { return colorRange.clone(); }
    /** The contour levels drawn (empty without heatmap or with 0 contours). */
    public double[] contourLevels() { return contourLevels.clone(); }
    public boolean smoothHeatmap() { return smoothHeatmap; }
    public int nanArgb() { return nanArgb; }
    public List<PlaneLayer> layers() { return layers; }
    public boolean showLegend() { return showLegend; }
    public LegendCorner legendCorner() { return legendCorner; }
    /** Whether title, axes, ticks and colour bar are drawn; without them the plot fills the whole raster. */
    public boolean showAxes() { return showAxes; }
    public int backgroundArgb() { return backgroundArgb; }
    public int plotBackgroundArgb() { return plotBackgroundArgb; }

    /** Mutable settings of a {@link PlaneFigure}; every setter returns the builder. */
    public static final class Builder {
        private final Viewport viewport;
        private String title = "";
        private int widthPx = 800;
        private int heightPx = 800;
        private boolean equalAspect = true;
        private String xTitle = "z1";
        private String yTitle = "z2";
        private ScalarGrid heatmap;
        private Colormap colormap = Colormap.VIRIDIS;
        private String colorLabel = "";
        private int contourCount;
        private int contourArgb;
        private double colorMin = Double.NaN;
        private double colorMax = Double.NaN;
        private boolean smoothHeatmap = true;
        private int nanArgb = 0xFFC8C8C8;
        private final List<PlaneLayer> layers = new ArrayList<>();
        private boolean showLegend = true;
        private LegendCorner legendCorner = LegendCorner.TOP_LEFT;
        private boolean showAxes = true;
        private int backgroundArgb = 0xFFFFFFFF;
        private int plotBackgroundArgb = 0xFFFFFFFF;

        private Builder(Viewport viewport) {
            if (viewport == null) {
                throw new IllegalArgumentException("viewport must not be null");
            }
            this.viewport = viewport;
        }

        /** The title line above the plot (empty for none). */
        public Builder title(String title) {
            this.title = title == null ? "" : title;
            return this;
        }

        /** The raster size in pixels (default 800 x 800). */
        public Builder size(int widthPx, int heightPx) {
            this.widthPx = widthPx;
            this.heightPx = heightPx;
            return this;
        }

        /** Same scale on x and y (default true): the plot area shrinks along one axis to keep the viewport's shape. */
        public Builder equalAspect(boolean equalAspect) {
            this.equalAspect = equalAspect;
            return this;
        }

        /** Axis titles (default "z1", "z2"). */
        public Builder axisTitles(String xTitle, String yTitle) {
            this.xTitle = xTitle == null ? "" : xTitle;
            this.yTitle = yTitle == null ? "" : yTitle;
            return this;
        }

        /** A heatmap of {@code grid} in {@code colormap}, with a colour bar titled {@code label}. */
        public Builder heatmap(ScalarGrid grid, Colormap colormap, String label) {
            this.heatmap = grid;
            this.colormap = colormap == null ? Colormap.VIRIDIS : colormap;
            this.colorLabel = label == null ? "" : label;
            return this;
        }

        /** About {@code count} contour lines at nice levels (0 = none, the default). */
        public Builder contours(int count) {
            this.contourCount = count;
            return this;
        }

        /** Contour colour with alpha; 0 (default) picks light or dark per level for contrast. */
        public Builder contourColor(int argb) {
            this.contourArgb = argb;
            return this;
        }

        /** Fixes the values at the ends of the colour map (keeps colours stable between frames). */
        public Builder colorRange(double lo, double hi) {
            if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw new IllegalArgumentException("colour range needs finite lo < hi, got " + lo + ", " + hi);
            }
            this.colorMin = lo;
            this.colorMax = hi;
            return this;
        }

        /** Bilinear interpolation between cell centres (default) or flat cells. */
        public Builder smoothHeatmap(boolean smooth) {
            this.smoothHeatmap = smooth;
            return this;
        }

        /** The colour of NaN cells (default light grey). */
        public Builder nanColor(int argb) {
            this.nanArgb = argb;
            return this;
        }

        /** Appends a layer; layers are drawn in the order added, over the heatmap. */
        public Builder layer(PlaneLayer layer) {
            if (layer == null) {
                throw new IllegalArgumentException("layer must not be null");
            }
            layers.add(layer);
            return this;
        }

        /** Shows or hides the layer legend and sets its corner (default: shown, top left). */
        public Builder legend(boolean show, LegendCorner corner) {
            this.showLegend = show;
            this.legendCorner = corner == null ? LegendCorner.TOP_LEFT : corner;
            return this;
        }

        /** Title, axes, ticks and colour bar on (default) or off (the plot fills the raster). */
        public Builder showAxes(boolean show) {
            this.showAxes = show;
            return this;
        }

        /** The colour around the plot (default white). */
        public Builder background(int argb) {
            this.backgroundArgb = argb;
            return this;
        }

        /** The plot area's colour where no heatmap is drawn (default white). */
        public Builder plotBackground(int argb) {
            this.plotBackgroundArgb = argb;
            return this;
        }

        public PlaneFigure build() {
            return new PlaneFigure(this);
        }
    }
}
