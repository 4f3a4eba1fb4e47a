package org.lsotexplorer.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.model.ConvAutoencoder;

/**
 * Cached model files that are damaged or belong to other options: the run trains a new model instead of loading
 * one that would fail later (or silently give other codes).
 */
@Tag("fuzz")
class ModelCacheFuzzTest {
    @TempDir
    static Path tmp;
    static ImageData data;

    @BeforeAll
    static void writeData() throws IOException {
        Path dir = SyntheticMnist.write(tmp.resolve("mnist"), 40, 10, 3);
        data = ImageData.load(ImagePreset.MNIST, dir, 28, 0, null, ProgressListener.NONE);
    }

    @Test
    void aCachedAutoencoderWithAnotherLatentDimensionIsRetrainedNotLoaded() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("store-dim"));
        ImageRunSettings s = SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 5).withLatentDim(8);
        Path file = new ImageExperiment(s, data, store).cachedAutoencoderFile();
        Files.createDirectories(file.getParent());
        new ConvAutoencoder(ImageExperiment.autoencoderOptions(s.withLatentDim(2), 1), 9).save(file);
        ImageExperiment e = new ImageExperiment(s, data, store);
        assertEquals(ImagePhase.AUTOENCODER, e.phase(), "trains a d = 8 model instead of loading the d = 2 one");
        assertTrue(e.log().stream().anyMatch(l -> l.contains("other options (latent dim 2, needed 8)")), e.log()
                .toString());
    }

    @Test
    void damagedCachedAutoencodersAreRetrained() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("store-bad"));
        ImageRunSettings s = SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 6);
        Path file = new ImageExperiment(s, data, store).cachedAutoencoderFile();
        Files.createDirectories(file.getParent());
        new ConvAutoencoder(ImageExperiment.autoencoderOptions(s, 1), 9).save(file);
        byte[] good = Files.readAllBytes(file);
        assertEquals(ImagePhase.ENCODING, new ImageExperiment(s, data, store).phase(), "the intact file loads");
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        for (byte[] bad : new byte[][] {new byte[0], Arrays.copyOf(good, 20), Arrays.copyOf(good, good.length - 1),
            flipped, "not a model".getBytes()}) {
            Files.write(file, bad);
            assertEquals(ImagePhase.AUTOENCODER, new ImageExperiment(s, data, store).phase());
        }
    }
}
