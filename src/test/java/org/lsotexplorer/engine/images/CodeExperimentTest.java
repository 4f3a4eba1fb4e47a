package org.lsotexplorer.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.data.LatentCodeSet;
import org.lsotexplorer.data.NpyFiles;

class CodeExperimentTest {
    private static CodeExperiment trained(CodeRunSettings s, LatentCodeSet set) {
        CodeExperiment e = new CodeExperiment(s, set, null);
        while (!e.isDone()) {
            e.step();
        }
        return e;
    }

    private static CodeRunSettings small(LatentGeneratorKind kind) {
        CodeRunSettings s = CodeRunSettings.defaults(kind, 7).withSampleCount(64);
        return s.withLsot(s.lsot().withDiscriminatorSteps(40).withRefinement(s.lsot().refinement()
                .withMaxIterations(5)));
    }

    @Test
    void exactMapSendsNoiseOntoTheUsersOwnCodes() {
        double[][] codes = NpyFiles.clusteredCodes(80, 3, 3, 2);
        CodeExperiment e = trained(small(LatentGeneratorKind.EXACT), new LatentCodeSet("c", codes, null, null));
        double[][] mapped = e.mappedCodes(e.noise(20, 5));
        for (double[] m : mapped) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] c : codes) {
                double sq = 0;
                for (int k = 0; k < 3; k++) {
                    sq += (m[k] - c[k]) * (m[k] - c[k]);
                }
                best = Math.min(best, sq);
            }
            assertTrue(Math.sqrt(best) < 1e-9, "T(z), undone, is one of the given codes: distance " + best);
        }
        assertEquals(0.0, e.evaluate(64, 1).get("blended_fraction"));
        assertNull(e.plane(100).field(), "d = 3 has no toy field");
        assertTrue(!e.canShowImages() && e.liveGrid() == null);
        assertThrows(IllegalStateException.class, () -> e.generate(e.noise(1, 1)));
    }

    @Test
    void twoDimensionalCodesGetTheToyFieldAndPreviewsSayBlended() {
        double[][] codes = NpyFiles.clusteredCodes(60, 2, 4, 3);
        byte[] px = new byte[60 * 4];
        for (int i = 0; i < 60; i++) {
            px[i * 4] = (byte) i;
        }
        ImageDataset images = ImageDataset.of("img", 60, 2, 2, 1, px, null);
        CodeExperiment e = trained(small(LatentGeneratorKind.LSOT), new LatentCodeSet("c", codes, null, images));
        LatentPlane p = e.plane(100);
        PlaneField f = p.field();
        assertNotNull(f, "d = 2 with lsot: potential, cells and singular set");
        int edges = 0;
        for (int k = 0; k < f.potential().length; k++) {
            assertTrue(Double.isFinite(f.potential()[k]));
            edges += f.cellBoundaries()[k] ? 1 : 0;
        }
        assertTrue(edges > 0 && edges < f.potential().length / 2, "cell boundaries are thin lines: " + edges);
        assertEquals(p.noisePath().length - 1, p.pathCrossings().length);

        double[][] targets = e.targets();
        double[] mid = {0.5 * (targets[0][0] + targets[1][0]) + 1e-3, 0.5 * (targets[0][1] + targets[1][1])};
        ImageTiles t = e.show(new double[][] {targets[3], mid});
        assertTrue(t.captions().get(0).startsWith("#"), t.captions().get(0));
        assertTrue(t.captions().get(1).startsWith("blended"), t.captions().get(1));
        int index = Integer.parseInt(t.captions().get(0).substring(1));
        assertEquals(index / 255f, t.tiles().get(0)[0], 1e-6, "the preview is that code's own training image");
    }
}
