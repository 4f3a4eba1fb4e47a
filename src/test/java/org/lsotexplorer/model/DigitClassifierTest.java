package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class DigitClassifierTest {
    private static final DigitClassifierOptions TINY = new DigitClassifierOptions(16, 1, 2, 4, 8, 3e-3);

    private static int[] alternating(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
        }
        return labels;
    }

    @Test
    void learnsATriviallySeparableTask() {
        DigitClassifier c = new DigitClassifier(TINY, 3);
        INDArray train = TinyImages.halves(16, 16, 1);
        double first = c.fitBatch(train, alternating(16));
        double last = first;
        for (int i = 0; i < 30; i++) {
            last = c.fitBatch(train, alternating(16));
        }
        assertTrue(last < 0.5 * first, first + " -> " + last);
        INDArray test = TinyImages.halves(20, 16, 99);
        assertEquals(1.0, c.accuracy(test, alternating(20)), 0.0);
        INDArray p = c.predictProbabilities(test);
        assertArrayEquals(new long[] {20, 2}, p.shape());
        assertEquals(20.0, p.sumNumber().doubleValue(), 1e-4);
        INDArray f = c.features(test);
        assertArrayEquals(new long[] {20, 8}, f.shape());
        assertTrue(f.minNumber().doubleValue() >= 0);
    }

    @Test
    void saveLoadRoundTripAndCorruption(@TempDir Path dir) throws IOException {
        DigitClassifier c = new DigitClassifier(TINY, 4);
        INDArray x = TinyImages.halves(6, 16, 2);
        c.fitBatch(x, alternating(6));
        Path file = dir.resolve("cls.lsotnet");
        c.save(file);
        DigitClassifier back = DigitClassifier.load(file);
        assertEquals(c.features(x), back.features(x));
        assertEquals(c.predictProbabilities(x), back.predictProbabilities(x));
        assertThrows(IOException.class, () -> ConvAutoencoder.load(file), "wrong kind");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertThrows(IOException.class, () -> DigitClassifier.load(file));
    }

    @Test
    void rejectsBadLabels() {
        DigitClassifier c = new DigitClassifier(TINY, 4);
        INDArray x = TinyImages.halves(2, 16, 2);
        assertThrows(IllegalArgumentException.class, () -> c.fitBatch(x, new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> c.fitBatch(x, new int[] {0}));
    }
}
