package org.lsotexplorer.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Whole figures compared with reviewed PNGs in {@code src/test/resources/golden/}. A pixel counts as changed when a
 * colour channel differs by more than {@value #CHANNEL_TOLERANCE}; a figure fails when more than its share of
 * pixels changed: 0.1 % for figures without text, 2 % for figures with text (glyph rasterization may differ a
 * little between font versions). Regenerate after a deliberate change with
 * {@code mvn -o -q test -Dtest=GoldenImageTest -Dgolden.update=true}, then look at the images before committing.
 * On failure the actual image and a difference map are written to {@code target/golden-failures/}.
 */
class GoldenImageTest {
    static final int CHANNEL_TOLERANCE = 32;
    private static final double NO_TEXT = 0.001;
    private static final double WITH_TEXT = 0.02;
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path FAILURES = Path.of("target/golden-failures");

    /** The asymmetric field of the orientation test, plus a bump, so any flip or transpose changes the picture. */
    private static ScalarGrid field(boolean flipped) {
        return ScalarGrid.sample(Viewport.centered(2), 48, 40, (x, y) -> {
            double yy = flipped ? -y : y;
            return (x > 0 && yy > 0 ? x + 3 * yy : 0) + Math.exp(-((x + 1) * (x + 1) + (yy + 1) * (yy + 1)));
        });
    }

    private static PlaneFigure.Builder bare(boolean flipped) {
        boolean[] mask = new boolean[8 * 8];
        for (int i = 0; i < 8; i++) {
            mask[i * 8 + i] = true; // a diagonal from bottom-left to top-right
        }
        float[] points = {-1.5f, 1.5f, -1.2f, 1.4f, -1.4f, 1.1f, 1.5f, -1.5f, 0.5f, -0.5f};
        float[] from = {-1.6f, -0.2f, 0.0f, -1.6f};
        float[] to = {-0.2f, 0.9f, 1.2f, -0.6f};
        return PlaneFigure.builder(Viewport.centered(2)).size(160, 160).showAxes(false).legend(false, null)
                .heatmap(field(flipped), Colormap.VIRIDIS, "f").contours(6)
                .layer(new MaskLayer("singular", Viewport.centered(2), 8, 8, mask, 0x80FF2020))
                .layer(new PointLayer("points", points, 0xFFFF7F0E, 2.5f, 0xFF000000))
                .layer(new ArrowLayer("arrows", from, to, 0xCCFFFFFF));
    }

    static PlaneFigure bareFigure() {
        return bare(false).build();
    }

    static PlaneFigure fullFigure() {
        float[] source = new float[200];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int i = 0; i < source.length; i++) {
            source[i] = (float) (0.8 * rng.nextGaussian());
        }
        return PlaneFigure.builder(Viewport.centered(2)).size(360, 300).title("golden: potential and samples")
                .heatmap(field(false), Colormap.MAGMA, "potential phi(z)").contours(5)
                .layer(new PointLayer("source", source, 0xB3FFFFFF, 1.8f))
                .layer(new ArrowLayer("z \u2192 T(z)", new float[] {-1, -1}, new float[] {1, 1}, 0xFF40C0FF))
                .build();
    }

    static CurveFigure curveFigure() {
        double[] steps = new double[60];
        double[] a = new double[60];
        double[] b = new double[60];
        for (int i = 0; i < 60; i++) {
            steps[i] = 10 * i;
            a[i] = 3 * Math.exp(-i / 12.0) + 0.02 * Math.sin(i);
            b[i] = i == 30 ? Double.NaN : 0.5 * Math.exp(-i / 30.0);
        }
        return CurveFigure.builder().size(360, 240).title("losses").axisTitles("step", "loss").logY(true)
                .series("critic loss", steps, a).series("W2", steps, b).build();
    }

    static Raster mosaic() {
        List<float[]> tiles = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            float[] t = new float[8 * 8 * 3];
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    int p = (y * 8 + x) * 3;
                    t[p] = x / 7f;
                    t[p + 1] = y / 7f;
                    t[p + 2] = k / 5f;
                }
            }
            tiles.add(t);
        }
        return ImageMosaic.of(tiles, 8, 8, 3).withColumns(3).withScale(2)
                .withMarkers(new int[] {0xFFD62728, 0, 0, 0, 0xFF2CA02C, 0}).render();
    }

    @Test
    void bareFigureMatchesItsGolden() throws IOException {
        check("plane-bare.png", new PlaneRenderer().render(bareFigure()), NO_TEXT);
    }

    @Test
    void fullFigureMatchesItsGolden() throws IOException {
        check("plane-full.png", new PlaneRenderer().render(fullFigure()), WITH_TEXT);
    }

    @Test
    void curveFigureMatchesItsGolden() throws IOException {
        check("curve-log.png", CurveRenderer.render(curveFigure()), WITH_TEXT);
    }

    @Test
    void mosaicMatchesItsGolden() throws IOException {
        check("mosaic.png", mosaic(), NO_TEXT);
    }

    @Test
    void theComparisonCatchesRealChanges() {
        Raster golden = new PlaneRenderer().render(bareFigure());
        Raster flipped = new PlaneRenderer().render(bare(true).build());
        Raster otherContours = new PlaneRenderer().render(bare(false).contours(3).build());
        Raster magma = new PlaneRenderer().render(bare(false).heatmap(field(false), Colormap.MAGMA, "f").build());
        for (Raster changed : new Raster[] {flipped, otherContours, magma}) {
            double share = changedShare(golden, changed);
            assertTrue(share > NO_TEXT, "a real change must exceed the tolerance, changed share " + share);
        }
        assertTrue(changedShare(golden, new PlaneRenderer().render(bareFigure())) == 0, "rendering is deterministic");
    }

    static double changedShare(Raster expected, Raster actual) {
        if (expected.width() != actual.width() || expected.height() != actual.height()) {
            return 1;
        }
        int changed = 0;
        for (int i = 0; i < expected.argb().length; i++) {
            if (Pixels.distance(expected.argb()[i], actual.argb()[i]) > CHANNEL_TOLERANCE) {
                changed++;
            }
        }
        return changed / (double) expected.argb().length;
    }

    private static void check(String name, Raster actual, double allowed) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            PngWriter.write(actual, file);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden " + file + " is missing; create it with -Dgolden.update=true and review it");
        }
        Raster expected = Raster.copyOf(ImageIO.read(file.toFile()));
        double share = changedShare(expected, actual);
        if (share > allowed) {
            Files.createDirectories(FAILURES);
            PngWriter.write(actual, FAILURES.resolve(name));
            if (expected.width() == actual.width() && expected.height() == actual.height()) {
                PngWriter.write(differenceMap(expected, actual), FAILURES.resolve("diff-" + name));
            }
            fail(String.format("%s: %.2f %% of pixels changed (allowed %.2f %%); actual and diff in %s", name,
                    100 * share, 100 * allowed, FAILURES.toAbsolutePath()));
        }
    }

    private static Raster differenceMap(Raster a, Raster b) {
        Raster d = new Raster(a.width(), a.height());
        for (int i = 0; i < d.argb().length; i++) {
            int dist = Pixels.distance(a.argb()[i], b.argb()[i]);
            d.argb()[i] = dist > CHANNEL_TOLERANCE ? 0xFFFF0000 : 0xFF000000 | (dist * 4) * 0x010101;
        }
        return d;
    }
}
