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
import org.nd4j.linalg.factory.Nd4j;

class ConvAutoencoderTest {
    private static ConvAutoencoderOptions tiny(ConvAutoencoderOptions.ReconstructionLoss loss) {
        return new ConvAutoencoderOptions(16, 1, 4, 4, loss, 3e-3, 16);
    }

    @Test
    void lossDecreasesWhenOverfittingATinyBatch() {
        INDArray x = TinyImages.blobs(16, 1, 16, 1);
        for (ConvAutoencoderOptions.ReconstructionLoss l : ConvAutoencoderOptions.ReconstructionLoss.values()) {
            ConvAutoencoder ae = new ConvAutoencoder(tiny(l), 7);
            double first = ae.fitBatch(x);
            double last = first;
            for (int i = 0; i < 30; i++) {
                last = ae.fitBatch(x);
            }
            assertTrue(last < 0.7 * first, l + ": " + first + " -> " + last);
        }
    }

    @Test
    void shapesForTheAppImageSizes() {
        int[][] cases = {{28, 1, 8}, {32, 3, 2}, {64, 3, 64}};
        for (int[] c : cases) {
            ConvAutoencoderOptions o = new ConvAutoencoderOptions(c[0], c[1], c[2], 2,
                    ConvAutoencoderOptions.ReconstructionLoss.MSE, 1e-3, 8);
            ConvAutoencoder ae = new ConvAutoencoder(o, 1);
            INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3, c[1], c[0], c[0]);
            INDArray z = ae.encode(x);
            assertArrayEquals(new long[] {3, c[2]}, z.shape());
            INDArray y = ae.decode(z);
            assertArrayEquals(new long[] {3, c[1], c[0], c[0]}, y.shape());
            assertTrue(y.minNumber().doubleValue() >= 0 && y.maxNumber().doubleValue() <= 1);
            assertArrayEquals(new long[] {3, c[2]}, ae.encode(x.reshape(3, (long) c[1] * c[0] * c[0])).shape());
        }
        assertEquals(2, new ConvAutoencoderOptions(28, 1, 8, 2, ConvAutoencoderOptions.ReconstructionLoss.BCE, 1e-3, 8)
                .downsamplings());
        assertEquals(4, ConvAutoencoderOptions.celeba(64).downsamplings());
    }

    @Test
    void sameSeedGivesTheSameLossSequence() {
        INDArray x = TinyImages.blobs(8, 1, 16, 2);
        ConvAutoencoder a = new ConvAutoencoder(tiny(ConvAutoencoderOptions.ReconstructionLoss.BCE), 11);
        ConvAutoencoder b = new ConvAutoencoder(tiny(ConvAutoencoderOptions.ReconstructionLoss.BCE), 11);
        ConvAutoencoder c = new ConvAutoencoder(tiny(ConvAutoencoderOptions.ReconstructionLoss.BCE), 12);
        double[] la = new double[5];
        double[] lb = new double[5];
        for (int i = 0; i < 5; i++) {
            la[i] = a.fitBatch(x);
            lb[i] = b.fitBatch(x);
        }
        assertArrayEquals(la, lb, 0.0);
        assertTrue(c.loss(x) != la[0]);
    }

    @Test
    void saveLoadRoundTripGivesIdenticalOutputs(@TempDir Path dir) throws IOException {
        INDArray x = TinyImages.blobs(4, 3, 8, 3);
        ConvAutoencoder ae = new ConvAutoencoder(new ConvAutoencoderOptions(8, 3, 2, 3,
                ConvAutoencoderOptions.ReconstructionLoss.MSE, 1e-3, 4), 5);
        ae.fitBatch(x);
        Path file = dir.resolve("ae.lsotnet");
        ae.save(file);
        ConvAutoencoder back = ConvAutoencoder.load(file);
        assertEquals(ae.options(), back.options());
        assertEquals(ae.encode(x), back.encode(x));
        assertEquals(ae.reconstruct(x), back.reconstruct(x));
        assertEquals(ae.fitBatch(x), back.fitBatch(x), 0.0, "fresh Adam after load, same loss before the step");
    }

    @Test
    void corruptCheckpointsFailWithClearMessages(@TempDir Path dir) throws IOException {
        ConvAutoencoder ae = new ConvAutoencoder(new ConvAutoencoderOptions(8, 1, 2, 2,
                ConvAutoencoderOptions.ReconstructionLoss.MSE, 1e-3, 4), 5);
        Path file = dir.resolve("ae.lsotnet");
        ae.save(file);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length - 20] ^= 0x10;
        Files.write(file, flipped);
        assertTrue(assertThrows(IOException.class, () -> ConvAutoencoder.load(file)).getMessage().contains("checksum"));

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 9));
        assertTrue(assertThrows(IOException.class, () -> ConvAutoencoder.load(file)).getMessage().contains("truncated"));

        Files.write(file, "hello world, not a model".getBytes());
        assertTrue(assertThrows(IOException.class, () -> ConvAutoencoder.load(file)).getMessage().contains("magic"));

        byte[] version = good.clone();
        version[8] = 9;
        Files.write(file, version);
        assertTrue(assertThrows(IOException.class, () -> ConvAutoencoder.load(file)).getMessage().contains("version"));
    }

    @Test
    void nonFiniteLossThrowsAndKeepsTheParameters() {
        ConvAutoencoder ae = new ConvAutoencoder(new ConvAutoencoderOptions(8, 1, 2, 2,
                ConvAutoencoderOptions.ReconstructionLoss.MSE, 1e-3, 4), 5);
        INDArray x = TinyImages.blobs(4, 1, 8, 3);
        ae.fitBatch(x);
        INDArray before = ae.encode(x);
        ae.graph().parameterArray("enc_conv0_b").putScalar(0, Float.NaN);
        INDArray other = ae.graph().parameterArray("dec_out_W").dup();
        assertThrows(NonFiniteLossException.class, () -> ae.fitBatch(x));
        assertEquals(other, ae.graph().parameterArray("dec_out_W"), "untouched");
        assertEquals(1, ae.stepCount());
        assertThrows(IllegalArgumentException.class, () -> ae.fitBatch(x.mul(3)));
        assertThrows(IllegalArgumentException.class, () -> ae.encode(Nd4j.zeros(2, 1, 9, 9)));
        assertTrue(before.length() == 8);
    }
}
