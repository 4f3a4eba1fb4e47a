package org.lsotexplorer.engine.images;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The image pipeline on the real data in {@code ../shared/data} (skipped, never silently passed, without it):
 * a 5,000-digit MNIST slice and 400 CelebA faces, small budgets so the slow group stays within minutes.
 */
@Tag("slow")
class RealImagesSlowTest {
    private static final Path ROOT = Path.of("../shared/data");

    @TempDir
    Path tmp;

    private static Path require(Path p) {
        assumeTrue(Files.isDirectory(p), "shared data folder " + p.toAbsolutePath() + " is missing");
        return p;
    }

    @Test
    void mnistSliceCoversNearlyEveryDigitWithLsot() throws IOException {
        Path dir = require(ROOT.resolve("mnist"));
        ImageRunSettings s = ImageRunSettings.defaults(ImagePreset.MNIST, LatentGeneratorKind.LSOT, 1)
                .withTrainLimit(5000).withAutoencoderEpochs(2).withCodeCount(2000).withSampleCount(1000);
        s = s.withLsot(s.lsot().withDiscriminatorSteps(400).withRefinement(s.lsot().refinement()
                .withMaxIterations(40)));
        ImageData data = ImageData.load(ImagePreset.MNIST, dir, 28, 5000, null, ProgressListener.NONE);
        assertEquals(5000, data.train().count());
        assertEquals(10_000, data.heldOut().count());
        ImageExperiment e = new ImageExperiment(s, data, new ModelStore(tmp));
        while (!e.isDone()) {
            e.step();
        }
        ImageMetrics m = ImageEvaluation.evaluate(e, 2);
        assertTrue(m.classifierAccuracy() > 0.8, "classifier trained on 5,000 digits: " + m.classifierAccuracy());
        // two epochs on 5,000 digits give a rough autoencoder (PSNR about 13 dB; the full run reaches 16.5 dB and
        // covers all ten digits, see the README); this budget keeps the slow group within minutes
        assertTrue(m.classesCovered() >= 9, "nearly every digit is generated: " + m.asMap());
        assertTrue(m.classKlToUniform() < 0.35, "class balance: " + m.asMap());
        assertTrue(m.classifierFd() < 40, "classifier FD: " + m.asMap());
        assertTrue(m.psnr() > 12.5, "reconstructions: " + m.asMap());
        assertTrue(m.noveltyRatio() > 0.3 && m.noveltyRatio() < 3, "novelty: " + m.asMap());
    }

    @Test
    void celebaFacesDecodeToRgbAndInterpolate() throws IOException {
        Path dir = require(ROOT.resolve("celeba").resolve("img_align_celeba_89x109"));
        ImageRunSettings s = ImageRunSettings.defaults(ImagePreset.CELEBA, LatentGeneratorKind.LSOT, 1)
                .withImageSize(32).withTrainLimit(360).withAutoencoderEpochs(2).withSampleCount(100);
        s = s.withLsot(s.lsot().withDiscriminatorSteps(100).withRefinement(s.lsot().refinement()
                .withMaxIterations(10)));
        ImageData data = ImageData.load(ImagePreset.CELEBA, dir, 32, 0, null, ProgressListener.NONE);
        assertEquals(4500, data.train().count(), "nine tenths of the 5,000 faces train");
        data = new ImageData(data.train().subset(0, 360), data.heldOut(), data.notes());
        ImageExperiment e = new ImageExperiment(s, data, null);
        while (!e.isDone()) {
            e.step();
        }
        ImageTiles g = e.generate(e.noise(4, 1));
        assertEquals(3, g.channels());
        assertEquals(32 * 32 * 3, g.tiles().get(0).length);
        float[] t = g.tiles().get(0);
        double r = 0;
        double b = 0;
        for (int p = 0; p < 32 * 32; p++) {
            r += t[3 * p];
            b += t[3 * p + 2];
        }
        assertTrue(r > b, "faces are redder than blue on average (channels are not swapped): " + r + " vs " + b);
        InterpolationStrips st = e.interpolate(e.codeOfHeldOutImage(0), e.codeOfHeldOutImage(1),
                e.noise(2, 3)[0], e.noise(2, 3)[1], 10);
        assertEquals(10, st.noise().count());
        ImageMetrics m = ImageEvaluation.evaluate(e, 1);
        assertTrue(m.psnr() > 10, m.asMap().toString());
        assertEquals(null, m.classesCovered());
    }
}
