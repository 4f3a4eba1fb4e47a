package org.lsotexplorer.render;

/**
 * One drawable layer of a {@link PlaneFigure}, drawn over the heatmap in the order given to the figure.
 * The {@link #label()} names the layer in the legend; a blank label keeps it out of the legend.
 * Colours are non-premultiplied ARGB ({@code 0xAARRGGBB}); the alpha byte sets the layer's opacity.
 */
public sealed interface PlaneLayer permits PointLayer, ArrowLayer, MaskLayer, CellLayer {
    /** The legend text; blank for none. */
    String label();

    /** The layer's colour, with its opacity in the alpha byte. */
    int argb();
}
