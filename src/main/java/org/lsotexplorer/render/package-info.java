/**
 * Snapshot to ARGB pixels: perceptually uniform heatmaps with contour lines and legends, scatter layers, transport
 * arrows, axes and PNG output. The GUI and the CLI draw with this same code. No JavaFX, no ND4J, no other project
 * package: inputs are plain arrays and small immutable values.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.lsotexplorer.render.PlaneFigure} (built with a builder) describes a picture of the latent plane:
 *       a {@link org.lsotexplorer.render.ScalarGrid} heatmap in a {@link org.lsotexplorer.render.Colormap} with
 *       {@link org.lsotexplorer.render.Contours} and a colour bar, and ordered
 *       {@link org.lsotexplorer.render.PlaneLayer}s: {@link org.lsotexplorer.render.PointLayer},
 *       {@link org.lsotexplorer.render.ArrowLayer}, {@link org.lsotexplorer.render.MaskLayer}.</li>
 *   <li>{@link org.lsotexplorer.render.PlaneRenderer} draws it into a {@link org.lsotexplorer.render.Raster};
 *       {@link org.lsotexplorer.render.PlotLayout} maps data to pixels and back (hover read-outs).</li>
 *   <li>{@link org.lsotexplorer.render.CurveFigure} / {@link org.lsotexplorer.render.CurveRenderer}: metric curves.
 *       {@link org.lsotexplorer.render.ImageMosaic}: grids of decoded images.
 *       {@link org.lsotexplorer.render.PngWriter}: files.
 *       {@link org.lsotexplorer.render.RenderWorkloads}: the fixed benchmark frame.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Data x grows to the right and <b>data y grows upwards</b>; grids store row 0 at the bottom
 *       ({@code values[row * columns + col]}). Rasters store row 0 at the top, as screens and PNG files do.</li>
 *   <li>Colours are non-premultiplied ARGB ints {@code 0xAARRGGBB}; the alpha byte is a layer's opacity. Rendered
 *       figures are opaque, so a raster can go to JavaFX with
 *       {@code pixelWriter.setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), raster.argb(), 0, w)}.</li>
 *   <li>Snapshot arrays handed to layers and grids are used, not copied: build them once, never change them.</li>
 *   <li>The bulk (heatmap, markers, lines) is drawn straight into the {@code int[]}; Java2D (headless) draws only
 *       text and the legend box.</li>
 * </ul>
 */
package org.lsotexplorer.render;
