package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class VariationalAutoencoderTest {
    private static final ConvAutoencoderOptions TINY = new ConvAutoencoderOptions(16, 1, 4, 4,
            ConvAutoencoderOptions.ReconstructionLoss.BCE, 3e-3, 16);

    @Test
    void lossDecreasesWhenOverfittingATinyBatch() {
        INDArray x = TinyImages.blobs(16, 1, 16, 1);
        VariationalAutoencoder vae = new VariationalAutoencoder(TINY, 3);
        double first = vae.fitBatch(x).negativeElbo();
        double last = first;
        for (int i = 0; i < 30; i++) {
            last = vae.fitBatch(x).negativeElbo();
        }
        assertTrue(last < 0.7 * first, first + " -> " + last);
    }

    @Test
    void klTermMatchesItsClosedForm() {
        VariationalAutoencoder vae = new VariationalAutoencoder(TINY, 4);
        INDArray x = TinyImages.blobs(5, 1, 16, 2);
        double[][] mu = vae.encodeMean(x).toDoubleMatrix();
        double[][] logVar = vae.encodeLogVariance(x).toDoubleMatrix();
        double expected = 0;
        for (int i = 0; i < mu.length; i++) {
            for (int j = 0; j < mu[i].length; j++) {
                expected += 0.5 * (mu[i][j] * mu[i][j] + Math.exp(logVar[i][j]) - 1 - logVar[i][j]) / mu.length;
            }
        }
        VariationalAutoencoder.Loss l = vae.loss(x, Nd4j.zeros(DataType.FLOAT, 5, 4));
        assertEquals(expected, l.kl(), 1e-5 * Math.max(1, expected));
        assertEquals(l.reconstruction() + l.kl(), l.negativeElbo(), 1e-4);
    }

    @Test
    void sameSeedSameLossesAndSampleShapes() {
        INDArray x = TinyImages.blobs(8, 1, 16, 5);
        VariationalAutoencoder a = new VariationalAutoencoder(TINY, 9);
        VariationalAutoencoder b = new VariationalAutoencoder(TINY, 9);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.fitBatch(x), b.fitBatch(x));
        }
        INDArray s = a.sample(6, 1);
        assertArrayEquals(new long[] {6, 1, 16, 16}, s.shape());
        assertEquals(s, a.sample(6, 1));
        assertArrayEquals(new long[] {8, 4}, a.encodeMean(x).shape());
    }

    @Test
    void gradientMatchesFiniteDifferencesInFloat64() {
        ConvAutoencoderOptions o = new ConvAutoencoderOptions(8, 1, 2, 2,
                ConvAutoencoderOptions.ReconstructionLoss.BCE, 1e-3, 4);
        VariationalAutoencoder vae = new VariationalAutoencoder(o, 6, DataType.DOUBLE);
        INDArray x = TinyImages.blobs(3, 1, 8, 7).castTo(DataType.DOUBLE);
        INDArray eps = Nd4j.createFromArray(new double[][] {{0.3, -1.2}, {1.1, 0.4}, {-0.7, 0.2}});
        Map<String, INDArray> feeds = vae.feeds(x, eps);
        GraphModel g = vae.graph();
        Map<String, INDArray> grads = g.gradients(feeds, vae.lossName());
        String[] names = {"enc_conv0_W", "enc_mean_W", "enc_logvar_W", "enc_logvar_b", "dec_dense_W", "dec_out_W",
            "dec_out_b"};
        double h = 1e-6;
        for (String name : names) {
            INDArray p = g.parameterArray(name);
            for (long idx : new long[] {0, p.length() / 2, p.length() - 1}) {
                double original = p.getDouble(idx);
                p.putScalar(idx, original + h);
                double up = vae.loss(x, eps).negativeElbo();
                p.putScalar(idx, original - h);
                double down = vae.loss(x, eps).negativeElbo();
                p.putScalar(idx, original);
                double numeric = (up - down) / (2 * h);
                double analytic = grads.get(name).getDouble(idx);
                assertEquals(numeric, analytic, 1e-6 + 1e-5 * Math.abs(numeric), name + "[" + idx + "]");
            }
        }
    }
}
