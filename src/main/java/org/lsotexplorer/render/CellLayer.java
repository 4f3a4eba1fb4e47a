package org.lsotexplorer.render;

/**
 * Convex cells drawn as filled polygons with thin edges: cell {@code k} has the vertices
 * {@code polygons[k] = x0,y0,x1,y1,...} (data coordinates, in order around the cell) and the fill colour
 * {@code fills[k]} (its alpha is the fill's opacity); every edge is drawn in {@code argb}. Used for the Laguerre
 * cells of a Brenier map, coloured by relative mass error. Arrays are used as given, not copied.
 * <p>Failure behaviour: {@code fills.length != polygons.length} throws {@link IllegalArgumentException}; polygons
 * with fewer than three vertices are skipped.
 */
public record CellLayer(String label, float[][] polygons, int[] fills, int argb) implements PlaneLayer {
    public CellLayer {
        label = label == null ? "" : label;
        if (polygons == null || fills == null || polygons.length != fills.length) {
            throw new IllegalArgumentException("need one fill colour per cell");
        }
    }
}
