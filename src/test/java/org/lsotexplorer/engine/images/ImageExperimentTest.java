package org.lsotexplorer.engine.images;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.math.metrics.ImageQuality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The image pipeline end to end on a tiny synthetic MNIST (real IDX files, real ND4J training). */
class ImageExperimentTest {
    @TempDir
    static Path tmp;
    static ImageData data;

    @BeforeAll
    static void writeData() throws IOException {
        Path dir = SyntheticMnist.write(tmp.resolve("mnist"), 240, 60, 7);
        data = ImageData.load(ImagePreset.MNIST, dir, 28, 0, null, ProgressListener.NONE);
    }

    private static ImageExperiment runToEnd(ImageRunSettings s, ModelStore store, List<ImagePhase> phases) {
        ImageExperiment e = new ImageExperiment(s, data, store);
        int guard = 0;
        while (!e.isDone()) {
            if (phases != null && (phases.isEmpty() || phases.get(phases.size() - 1) != e.phase())) {
                phases.add(e.phase());
            }
            e.step();
            assertTrue(++guard < 10_000, "the run must end");
        }
        return e;
    }

    @Test
    void lsotRunGoesThroughEveryPhaseAndAnswersQueries() {
        List<ImagePhase> phases = new ArrayList<>();
        ImageExperiment e = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 3), null, phases);
        assertEquals(List.of(ImagePhase.AUTOENCODER, ImagePhase.ENCODING, ImagePhase.GENERATOR,
                ImagePhase.CLASSIFIER), phases);
        assertEquals(1.0, e.progress().fraction());

        LatentPlane plane = e.plane(50);
        assertEquals(50, plane.codes().length);
        assertEquals(50, plane.labels().length);
        assertEquals(ImageExperiment.GRID_SIZE, plane.mapped().length);
        assertTrue(plane.axisVariances()[0] >= plane.axisVariances()[1] && plane.axisVariances()[1] > 0);
        assertTrue(plane.explainedFraction() > 0 && plane.explainedFraction() <= 1);

        ImageTiles point = e.decodePlanePoint(0.3, -0.2, true);
        assertEquals(1, point.count());
        assertEquals(784, point.tiles().get(0).length);
        for (float v : point.tiles().get(0)) {
            assertTrue(v >= 0 && v <= 1);
        }
        InterpolationStrips strips = e.interpolate(e.codeOfHeldOutImage(0), e.codeOfHeldOutImage(1),
                e.noise(2, 5)[0], e.noise(2, 5)[1], 10);
        assertEquals(10, strips.latent().count());
        assertEquals(10, strips.noise().count());
        assertEquals(9, strips.noiseCrossings().length);
        assertTrue(strips.crossingsKnown());
        // the strip starts at image A's code: its first tile is A's reconstruction
        float[] first = strips.latent().tiles().get(0);
        float[] reconstructionOfA = PixelLayout.hwcTile(e.reconstructRows(new float[][] {
            PixelLayout.chwRow(data.heldOut(), 0)})[0], 1, 28);
        assertArrayEquals(reconstructionOfA, first, 1e-5f);
    }

    @Test
    void codesAreStandardizedForTransportAndRestoredBeforeDecoding() {
        // all 240 codes are transport targets (codeCount >= n), and angle 0 disables blending: T(z) is a code
        ImageRunSettings s = SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 4).withCodeCount(1000);
        s = s.withLsot(new org.lsotexplorer.engine.LsotOptions(s.lsot().hiddenWidths(), s.lsot().learningRate(),
                s.lsot().beta1(), s.lsot().beta2(), s.lsot().batchSize(), s.lsot().discriminatorSteps(),
                s.lsot().refinement(), 0.0, s.lsot().blendWidth()));
        ImageExperiment e = runToEnd(s, null, null);
        double[][] t = e.transportCodes();
        int d = t[0].length;
        double sumSquares = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : t) {
                mean += row[j] / t.length;
                sumSquares += row[j] * row[j];
            }
            assertEquals(0, mean, 1e-9, "coordinate " + j + " is centred");
        }
        assertEquals(1, sumSquares / (t.length * d), 1e-9, "one global std");

        double[][] generated = e.generateCodes(e.noise(30, 9));
        double[][] modelCodes = e.modelCodes();
        for (double[] g : generated) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] c : modelCodes) {
                double dist = 0;
                for (int j = 0; j < d; j++) {
                    dist += (g[j] - c[j]) * (g[j] - c[j]);
                }
                best = Math.min(best, dist);
            }
            assertEquals(0, best, 1e-12, "T(z), un-standardized, is exactly one of the autoencoder's codes");
        }
    }

    @Test
    void sameSeedSameImagesOtherSeedOtherImages() {
        ImageExperiment a = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 11), null, null);
        ImageExperiment b = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 11), null, null);
        ImageExperiment c = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 12), null, null);
        double[][] z = a.noise(8, 1);
        float[][] ia = a.generateRows(z);
        float[][] ib = b.generateRows(z);
        float[][] ic = c.generateRows(z);
        for (int i = 0; i < ia.length; i++) {
            assertArrayEquals(ia[i], ib[i], "same seed, same pixels");
        }
        assertTrue(ImageQuality.meanSquaredError(ia, ic) > 1e-6, "another seed gives other images");
    }

    @Test
    void aCachedAutoencoderIsReusedWithTheSameCodes() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("store"));
        ImageRunSettings s = SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 21);
        ImageExperiment first = runToEnd(s, store, null);
        ImageExperiment second = new ImageExperiment(s.withGenerator(LatentGeneratorKind.WGAN_GP), data, store);
        assertEquals(ImagePhase.ENCODING, second.phase(), "the trained autoencoder is loaded, not retrained");
        while (!second.isDone()) {
            second.step();
        }
        assertTrue(second.log().stream().anyMatch(l -> l.contains("cached autoencoder")), second.log().toString());
        assertTrue(second.log().stream().anyMatch(l -> l.contains("cached MNIST classifier")),
                second.log().toString());
        ImageData otherPixels = ImageData.load(ImagePreset.MNIST, SyntheticMnist.write(tmp.resolve("mnist-b"), 240,
                60, 8), 28, 0, null, ProgressListener.NONE);
        assertEquals(ImagePhase.AUTOENCODER, new ImageExperiment(s, otherPixels, store).phase(),
                "other images of the same name and size do not reuse the model");
        double[][] c1 = first.modelCodes();
        double[][] c2 = second.modelCodes();
        for (int i = 0; i < c1.length; i++) {
            assertArrayEquals(c1[i], c2[i], 1e-6);
        }
    }

    @Test
    void baselinesTrainOnRequestAndShareTheNoise() {
        ImageExperiment e = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 31), null, null);
        assertFalse(e.hasBaselines());
        e.requestBaselines();
        assertEquals(ImagePhase.BASELINES, e.phase());
        while (!e.isDone()) {
            e.step();
        }
        assertTrue(e.hasBaselines());
        ImageTiles cmp = e.comparison(e.noise(8, 2));
        assertEquals(24, cmp.count());
        assertEquals("lsot", cmp.captions().get(0));
        assertEquals("wgan-gp", cmp.captions().get(8));
        assertEquals("vae", cmp.captions().get(16));
        assertArrayEquals(e.generate(e.noise(8, 2)).tiles().get(3), cmp.tiles().get(3), "row 1 is this run's T(z)");
    }

    @Test
    void vaeAndWganBaselinesRunAlone() {
        for (LatentGeneratorKind k : List.of(LatentGeneratorKind.VAE, LatentGeneratorKind.WGAN_GP,
                LatentGeneratorKind.EXACT)) {
            ImageExperiment e = runToEnd(SyntheticMnist.tinySettings(k, 41), null, null);
            ImageTiles g = e.generate(e.noise(4, 3));
            assertEquals(4, g.count(), k.id());
            InterpolationStrips s = e.interpolate(e.codeOfHeldOutImage(0), e.codeOfHeldOutImage(1),
                    e.noise(2, 1)[0], e.noise(2, 1)[1], 10);
            assertEquals(k.isTransport(), s.crossingsKnown(), k.id());
        }
    }

    @Test
    void sinkhornOnTheCodesIsABarycentricMapWithoutASingularSet() {
        ImageExperiment e = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.SINKHORN, 43), null, null);
        double[][] t = e.sampler().sample(e.noise(5, 2));
        double[][] codes = e.transportCodes();
        for (int j = 0; j < t[0].length; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] c : codes) {
                lo = Math.min(lo, c[j]);
                hi = Math.max(hi, c[j]);
            }
            for (double[] row : t) {
                assertTrue(row[j] >= lo - 1e-9 && row[j] <= hi + 1e-9, "an average of codes stays in their hull");
            }
        }
        InterpolationStrips s = e.interpolate(e.codeOfHeldOutImage(0), e.codeOfHeldOutImage(1),
                e.noise(2, 1)[0], e.noise(2, 1)[1], 10);
        assertFalse(s.crossingsKnown(), "no Brenier potential, no singular set to mark");
    }

    @Test
    void evaluationComputesEveryMetric() {
        ImageExperiment e = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 51), null, null);
        ImageMetrics m = ImageEvaluation.evaluate(e, 1);
        Map<String, Object> map = m.asMap();
        for (String key : List.of("reconstruction_mse", "psnr", "classes_covered", "class_kl_to_uniform",
                "classifier_fd", "novelty_ratio", "seconds")) {
            assertTrue(map.containsKey(key), key);
        }
        assertEquals(10 * Math.log10(1 / m.reconstructionMse()), m.psnr(), 1e-9);
        int total = 0;
        for (int c : m.classHistogram()) {
            total += c;
        }
        assertEquals(60, total, "one prediction per generated image");
        assertTrue(m.classesCovered() >= 1 && m.classesCovered() <= 10);
        assertTrue(m.classKlToUniform() >= 0);
        assertTrue(m.classifierFd() >= 0);
        assertTrue(m.noveltyRatio() > 0);
        assertEquals(m.generatedNearestDistance() / m.heldOutNearestDistance(), m.noveltyRatio(), 1e-12);
    }

    @Test
    void queriesBeforeTheCodesExistSayWhy() {
        ImageExperiment e = new ImageExperiment(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 61), data,
                null);
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> e.plane(10));
        assertTrue(x.getMessage().contains("codes do not exist yet"), x.getMessage());
        assertNotNull(e.liveGrid(), "reconstructions are shown while the autoencoder trains");
    }

    @Test
    void imagesOfTheWrongSizeAreRefused() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () ->
                new ImageRunSettings(ImagePreset.MNIST, LatentGeneratorKind.LSOT, 8, 1, 32,
                        org.lsotexplorer.model.ConvAutoencoderOptions.ReconstructionLoss.BCE, 1, 0, 100,
                        ImageRunSettings.defaults(ImagePreset.MNIST, LatentGeneratorKind.LSOT, 1).lsot(), 10, 1, 10));
        assertTrue(x.getMessage().contains("28x28"), x.getMessage());
    }
}
