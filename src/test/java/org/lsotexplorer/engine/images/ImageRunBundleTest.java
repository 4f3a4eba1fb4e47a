package org.lsotexplorer.engine.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsotexplorer.data.ProgressListener;
import org.lsotexplorer.engine.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An image run saved into its folder and opened again: the same images for the same noise, bit for bit, the same
 * plane, the same metrics, without a training step; clear errors for missing or damaged files and a missing data
 * folder.
 */
class ImageRunBundleTest {
    @TempDir
    static Path tmp;
    static Path mnist;
    static ImageData data;
    static ImageExperiment original;
    static Path saved;

    @BeforeAll
    static void trainAndSave() throws IOException {
        mnist = SyntheticMnist.write(tmp.resolve("mnist"), 240, 60, 7);
        data = ImageData.load(ImagePreset.MNIST, mnist, 28, 0, null, ProgressListener.NONE);
        original = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.LSOT, 3));
        saved = tmp.resolve("run");
        List<String> files = ImageRunBundle.save(saved, original, mnist);
        assertTrue(files.contains("model/" + ImageRunBundle.AUTOENCODER), files.toString());
        assertTrue(files.contains("model/" + ImageRunBundle.CLASSIFIER), files.toString());
    }

    private static ImageExperiment runToEnd(ImageRunSettings s) {
        ImageExperiment e = new ImageExperiment(s, data, null);
        while (!e.isDone()) {
            e.step();
        }
        return e;
    }

    private static void assertSameTiles(ImageTiles a, ImageTiles b) {
        assertEquals(a.count(), b.count());
        for (int i = 0; i < a.count(); i++) {
            assertArrayEquals(a.tiles().get(i), b.tiles().get(i), "tile " + i);
        }
    }

    @Test
    void reopenedRunDrawsTheSameImagesAndPlaneWithoutTraining() throws IOException {
        ImageExperiment r = ImageRunBundle.open(saved, null, ProgressListener.NONE);
        assertTrue(r.isDone());
        assertEquals(ImagePhase.DONE, r.phase());
        assertTrue(r.hasData());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.writeValueAsString(original.settings()), json.writeValueAsString(r.settings()));
        long seed = original.settings().seed();
        // the saved figure's noise (generated.png) and the live grid's fixed batch
        assertSameTiles(original.generate(original.noise(64, seed + 101)), r.generate(r.noise(64, seed + 101)));
        assertSameTiles(original.liveGrid(), r.liveGrid());
        LatentPlane a = original.plane(5000);
        LatentPlane b = r.plane(5000);
        assertEquals(a.codes().length, b.codes().length);
        for (int i = 0; i < a.codes().length; i++) {
            assertArrayEquals(a.codes()[i], b.codes()[i], 0, "code " + i);
        }
        for (int i = 0; i < a.mapped().length; i++) {
            assertArrayEquals(a.mapped()[i], b.mapped()[i], 0, "mapped " + i);
            assertArrayEquals(a.noise()[i], b.noise()[i], 0, "noise " + i);
        }
        assertArrayEquals(a.labels(), b.labels());
        assertArrayEquals(a.axisVariances(), b.axisVariances(), 0);
        assertSameTiles(original.decodePlanePoint(0.4, -0.3, true), r.decodePlanePoint(0.4, -0.3, true));
        assertSameTiles(original.decodePlanePoint(0.4, -0.3, false), r.decodePlanePoint(0.4, -0.3, false));
        InterpolationStrips s1 = original.interpolate(original.codeOfHeldOutImage(0), original.codeOfHeldOutImage(1),
                original.noise(2, 9)[0], original.noise(2, 9)[1], 8);
        InterpolationStrips s2 = r.interpolate(r.codeOfHeldOutImage(0), r.codeOfHeldOutImage(1), r.noise(2, 9)[0],
                r.noise(2, 9)[1], 8);
        assertSameTiles(s1.latent(), s2.latent());
        assertSameTiles(s1.noise(), s2.noise());
        assertArrayEquals(s1.noiseCrossings(), s2.noiseCrossings());
        r.step();
        assertEquals(ImagePhase.DONE, r.phase(), "nothing left to train");
    }

    @Test
    void evaluateGivesTheSameMetrics() throws IOException {
        ImageExperiment r = ImageRunBundle.open(saved, null, ProgressListener.NONE);
        long seed = ImageEvaluation.seedFor(original.settings());
        Map<String, Object> m1 = ImageEvaluation.evaluate(original, seed).asJsonFileMap();
        Map<String, Object> m2 = ImageEvaluation.evaluate(r, seed).asJsonFileMap();
        assertArrayEquals((int[]) m1.remove("class_histogram"), (int[]) m2.remove("class_histogram"));
        assertTrue(m1.get("classes_covered") instanceof Number, m1.toString());
        assertEquals(m1.toString(), m2.toString());
    }

    @Test
    @Tag("slow")
    void exactRunReopensToo() throws IOException {
        ImageExperiment e = runToEnd(SyntheticMnist.tinySettings(LatentGeneratorKind.EXACT, 4).withCodeCount(60));
        Path dir = tmp.resolve("exact");
        ImageRunBundle.save(dir, e, mnist);
        ImageExperiment r = ImageRunBundle.open(dir, null, ProgressListener.NONE);
        double[][] z = e.noise(32, 77);
        assertSameTiles(e.generate(z), r.generate(z));
    }

    @Test
    void withoutItsDataFolderTheRunIsBrowsableAndSaysWhatNeedsTheImages() throws IOException {
        Path moved = copyRun(saved, tmp.resolve("nodata"));
        Path json = moved.resolve(RunFolder.MODEL_DIR).resolve(ImageRunBundle.RUN_JSON);
        Files.writeString(json, Files.readString(json).replace(mnist.toAbsolutePath().toString(),
                tmp.resolve("gone").toString()));
        ImageExperiment r = ImageRunBundle.open(moved, null, ProgressListener.NONE);
        assertFalse(r.hasData());
        assertSameTiles(original.liveGrid(), r.liveGrid());
        assertArrayEquals(original.plane(100).labels(), r.plane(100).labels());
        assertSameTiles(original.decodePlanePoint(1, 1, true), r.decodePlanePoint(1, 1, true));
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> ImageEvaluation.evaluate(r, 1));
        assertTrue(ex.getMessage().contains(tmp.resolve("gone").toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains("Choose data folder"), ex.getMessage());
        assertTrue(r.loadedMessage().contains("without its images"), r.loadedMessage());
        ImageRunBundle.loadData(r, mnist, null);
        assertTrue(r.hasData());
        assertSameTiles(original.reconstructions(8, 4), r.reconstructions(8, 4));
    }

    @Test
    void otherImagesAreNotTakenForTheRunsImages() throws IOException {
        Path other = SyntheticMnist.write(tmp.resolve("other"), 240, 60, 8);
        Path moved = copyRun(saved, tmp.resolve("otherdata"));
        Path json = moved.resolve(RunFolder.MODEL_DIR).resolve(ImageRunBundle.RUN_JSON);
        Files.writeString(json, Files.readString(json).replace(mnist.toAbsolutePath().toString(),
                other.toAbsolutePath().toString()));
        ImageExperiment r = ImageRunBundle.open(moved, null, ProgressListener.NONE);
        assertFalse(r.hasData());
        String m = assertThrows(IllegalStateException.class, () -> r.reconstructions(4, 4)).getMessage();
        assertTrue(m.contains("not the ones the run was trained on"), m);
    }

    @Test
    void missingOrDamagedFilesAreNamed() throws IOException {
        Path a = copyRun(saved, tmp.resolve("cut"));
        Path ae = a.resolve(RunFolder.MODEL_DIR).resolve(ImageRunBundle.AUTOENCODER);
        byte[] bytes = Files.readAllBytes(ae);
        Files.write(ae, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String m = assertThrows(IOException.class, () -> ImageRunBundle.open(a, null, ProgressListener.NONE))
                .getMessage();
        assertTrue(m.contains(ImageRunBundle.AUTOENCODER) && m.contains("damaged") && m.contains("run"), m);

        Path b = copyRun(saved, tmp.resolve("nonoise"));
        Files.delete(b.resolve(RunFolder.MODEL_DIR).resolve(ImageRunBundle.NOISE_CSV));
        m = assertThrows(IOException.class, () -> ImageRunBundle.open(b, null, ProgressListener.NONE)).getMessage();
        assertTrue(m.contains(ImageRunBundle.NOISE_CSV) && m.contains("missing"), m);

        Path c = copyRun(saved, tmp.resolve("fewheights"));
        Path heights = c.resolve(RunFolder.MODEL_DIR).resolve(RunFolder.HEIGHTS_CSV);
        List<String> lines = Files.readAllLines(heights);
        Files.write(heights, lines.subList(0, lines.size() - 1));
        m = assertThrows(IOException.class, () -> ImageRunBundle.open(c, null, ProgressListener.NONE)).getMessage();
        assertTrue(m.contains(RunFolder.HEIGHTS_CSV) && m.contains("heights for"), m);

        Path d = copyRun(saved, tmp.resolve("newer"));
        Path json = d.resolve(RunFolder.MODEL_DIR).resolve(ImageRunBundle.RUN_JSON);
        Files.writeString(json, Files.readString(json).replaceFirst("\"format\" : 1", "\"format\" : 99"));
        m = assertThrows(IOException.class, () -> ImageRunBundle.open(d, null, ProgressListener.NONE)).getMessage();
        assertTrue(m.contains("newer"), m);

        Path e = tmp.resolve("empty");
        Files.createDirectories(e);
        m = assertThrows(IOException.class, () -> ImageRunBundle.open(e, null, ProgressListener.NONE)).getMessage();
        assertTrue(m.contains(ImageRunBundle.RUN_JSON) && m.contains("run it again"), m);
    }

    private static Path copyRun(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve(RunFolder.MODEL_DIR));
        try (var files = Files.list(from.resolve(RunFolder.MODEL_DIR))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(RunFolder.MODEL_DIR).resolve(f.getFileName()));
            }
        }
        return to;
    }
}
