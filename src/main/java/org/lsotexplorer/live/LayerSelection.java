package org.lsotexplorer.live;

/**
 * Which layers of the plane are on. The heatmap shows the potential or, for lsot, the raw discriminator D (an
 * extrapolation away from the codes), never both; contours follow whichever heatmap is shown.
 *
 * @param source samples z of the source mu
 * @param target the codes y_j
 * @param mapped T(z) of fresh source samples
 * @param arrows z to T(z) for the fixed probe batch
 * @param potential the potential of method.md 3.6 as a heatmap
 * @param contours contour lines over the heatmap
 * @param rawDiscriminator the raw network D as the heatmap (lsot)
 * @param singularSet the tears of the map (lsot)
 * @param cells the Laguerre cells of a Brenier map in the plane (lsot, exact), coloured by relative mass error
 * @param exactMap the exact discrete OT map's arrows from the same probe points as the learned arrows, with the
 *                 learned map's L2-UVP and cosine against it ({@code ExactProbeMap})
 */
public record LayerSelection(boolean source, boolean target, boolean mapped, boolean arrows, boolean potential,
                             boolean contours, boolean rawDiscriminator, boolean singularSet,
                             boolean cells, boolean exactMap) {
    /** The layers without the exact OT map. */
    public LayerSelection(boolean source, boolean target, boolean mapped, boolean arrows, boolean potential,
                          boolean contours, boolean rawDiscriminator, boolean singularSet, boolean cells) {
        this(source, target, mapped, arrows, potential, contours, rawDiscriminator, singularSet, cells, false);
    }

    /** What the window starts with. */
    public static LayerSelection defaults() {
        return new LayerSelection(true, true, true, true, true, true, false, true, false);
    }

    /** The same with the singular set on or off. */
    public LayerSelection withSingularSet(boolean on) {
        return new LayerSelection(source, target, mapped, arrows, potential, contours, rawDiscriminator, on, cells,
                exactMap);
    }

    /** The same with the exact OT map on or off. */
    public LayerSelection withExactMap(boolean on) {
        return new LayerSelection(source, target, mapped, arrows, potential, contours, rawDiscriminator, singularSet,
                cells, on);
    }
}
