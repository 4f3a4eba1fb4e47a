package org.lsotexplorer.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lsotexplorer.data.NpyArray;
import org.lsotexplorer.data.NpyReader;

/**
 * The ONNX decoders under src/test/resources/org/lsotexplorer/model/onnx (made by make_decoder_fixture.py there):
 * {@code decoder_d4.onnx} is {@code sigmoid(z W + b)} reshaped to {@code [batch, 1, 8, 8]}; W and b are beside it,
 * so {@link #reference} recomputes it without ONNX Runtime.
 */
public final class OnnxFixtures {
    public static final String DECODER = "decoder_d4.onnx";
    public static final String FLAT = "decoder_d4_flat.onnx";

    private OnnxFixtures() {
    }

    /** Copies a fixture into {@code dir} and returns its path. */
    public static Path copy(String name, Path dir) {
        try (InputStream in = OnnxFixtures.class.getResourceAsStream("onnx/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource onnx/" + name);
            }
            Path f = dir.resolve(name);
            Files.copy(in, f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sigmoid(z W + b)} in double precision from the fixture's W and b, one row of 64 per code. */
    public static double[][] reference(double[][] z, Path dir) throws IOException {
        NpyArray w = NpyReader.read(copy("decoder_d4_W.npy", dir));
        NpyArray b = NpyReader.read(copy("decoder_d4_b.npy", dir));
        int d = (int) w.shape()[0];
        int m = (int) w.shape()[1];
        double[][] out = new double[z.length][m];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < m; j++) {
                double s = b.get(j);
                for (int k = 0; k < d; k++) {
                    s += (float) z[i][k] * w.get((long) k * m + j);
                }
                out[i][j] = 1 / (1 + Math.exp(-s));
            }
        }
        return out;
    }
}
