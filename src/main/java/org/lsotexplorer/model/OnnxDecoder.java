package org.lsotexplorer.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A researcher's decoder exported as ONNX and run with ONNX Runtime (CPU, one thread): {@code x = g(z)}, a float32
 * batch {@code batch x d} in, an image batch out. Its one input and first output are read from the model:
 * the input must be a float tensor of rank 2 whose width is d (or left symbolic); the output, checked on a probe
 * batch, must be {@code batch x H x W}, {@code batch x C x H x W} or {@code batch x H x W x C} with C = 1 or 3
 * (channels first is assumed when both axes could be C).
 *
 * <p>{@link #decode} returns the raw output in C order ({@link #decodeRaw}) or as channel-first rows (CHW); values
 * are not clipped. <b>Failures:</b> {@link IOException} naming the file for a file that is missing, not an ONNX
 * model, a model with other than one input, an input of another type, rank or width, or an output that is not an
 * image batch. Not thread-safe: one owner thread (ONNX Runtime itself would allow more).
 */
public final class OnnxDecoder implements AutoCloseable {
    private final Path file;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final int latentDim;
    private final long[] outputShape;
    private final int channels;
    private final int height;
    private final int width;
    private final boolean channelsLast;

    private OnnxDecoder(Path file, OrtEnvironment env, OrtSession session, String inputName, String outputName,
            int latentDim, long[] outputShape) throws IOException {
        this.file = file;
        this.env = env;
        this.session = session;
        this.inputName = inputName;
        this.outputName = outputName;
        this.latentDim = latentDim;
        this.outputShape = outputShape;
        long[] s = outputShape;
        if (s.length == 3) {
            channels = 1;
            height = (int) s[1];
            width = (int) s[2];
            channelsLast = false;
        } else if (s.length == 4 && (s[1] == 1 || s[1] == 3)) {
            channels = (int) s[1];
            height = (int) s[2];
            width = (int) s[3];
            channelsLast = false;
        } else if (s.length == 4 && (s[3] == 1 || s[3] == 3)) {
            channels = (int) s[3];
            height = (int) s[1];
            width = (int) s[2];
            channelsLast = true;
        } else {
            throw new IOException(file.getFileName() + ": output '" + outputName + "' has shape "
                    + Arrays.toString(s) + " for a batch of 1; expected an image batch (batch x H x W, batch x C x H"
                    + " x W or batch x H x W x C with C = 1 or 3)");
        }
    }

    /**
     * Loads {@code file} and checks it against the latent dimension {@code d} of the codes.
     *
     * @throws IOException naming the file and what was expected
     */
    public static OnnxDecoder load(Path file, int d) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder; expected an ONNX decoder file (.onnx)");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file (expected an ONNX decoder)");
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(file.toString(), options);
        } catch (OrtException e) {
            throw new IOException(file.getFileName() + ": ONNX Runtime cannot load it as a model ("
                    + ortReason(e.getMessage()) + "); expected a decoder exported to ONNX, e.g. by torch.onnx.export",
                    e);
        }
        try {
            String input = checkInput(file, session, d);
            String output = session.getOutputNames().iterator().next();
            long[] shape = probe(env, session, input, output, d);
            return new OnnxDecoder(file, env, session, input, output, d, shape);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            throw e;
        } catch (OrtException e) {
            closeQuietly(session);
            throw new IOException(file.getFileName() + ": running the decoder on a batch of 1 x " + d + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static String checkInput(Path file, OrtSession session, int d) throws OrtException, IOException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (inputs.size() != 1) {
            throw new IOException(file.getFileName() + ": the model has " + inputs.size() + " inputs "
                    + inputs.keySet() + "; expected one, the codes (float32 batch x " + d + ")");
        }
        NodeInfo in = inputs.values().iterator().next();
        ValueInfo info = in.getInfo();
        if (!(info instanceof TensorInfo t) || t.type != OnnxJavaType.FLOAT || t.getShape().length != 2) {
            throw new IOException(file.getFileName() + ": input '" + in.getName() + "' is " + info
                    + "; expected a float32 tensor batch x " + d);
        }
        long width = t.getShape()[1];
        if (width >= 0 && width != d) {
            throw new IOException(file.getFileName() + ": input '" + in.getName() + "' takes codes of width " + width
                    + " but the codes have d = " + d + "; expected a decoder for d = " + d);
        }
        return in.getName();
    }

    private static long[] probe(OrtEnvironment env, OrtSession session, String input, String output, int d)
            throws OrtException {
        try (OnnxTensor z = OnnxTensor.createTensor(env, FloatBuffer.allocate(d), new long[] {1, d});
             OrtSession.Result r = session.run(Map.of(input, z))) {
            OnnxValue v = r.get(output).orElseThrow();
            if (!(v instanceof OnnxTensor t) || t.getInfo().type != OnnxJavaType.FLOAT) {
                return new long[0];
            }
            long[] shape = t.getInfo().getShape();
            return shape.length == 0 || shape[0] != 1 ? new long[0] : shape;
        }
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException ignored) {
            // nothing more to free
        }
    }

    public Path file() {
        return file;
    }

    public String inputName() {
        return inputName;
    }

    public String outputName() {
        return outputName;
    }

    public int latentDim() {
        return latentDim;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** The output shape for a batch of n, as the model gives it (layout unchanged). */
    public long[] outputShape(int n) {
        long[] s = outputShape.clone();
        s[0] = n;
        return s;
    }

    /**
     * The model's output on {@code codes} (rows of width d, rounded to float32), flattened in the model's own C
     * order: exactly what ONNX Runtime returns.
     */
    public float[] decodeRaw(double[][] codes) {
        float[] in = new float[codes.length * latentDim];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].length != latentDim) {
                throw new IllegalArgumentException("code " + i + " has width " + codes[i].length + ", the decoder"
                        + " takes " + latentDim);
            }
            for (int k = 0; k < latentDim; k++) {
                in[i * latentDim + k] = (float) codes[i][k];
            }
        }
        try (OnnxTensor z = OnnxTensor.createTensor(env, FloatBuffer.wrap(in), new long[] {codes.length, latentDim});
             OrtSession.Result r = session.run(Map.of(inputName, z))) {
            OnnxTensor t = (OnnxTensor) r.get(outputName).orElseThrow();
            FloatBuffer b = t.getFloatBuffer();
            float[] out = new float[b.remaining()];
            b.get(out);
            long expected = (long) codes.length * channels * height * width;
            if (out.length != expected) {
                throw new IllegalStateException(file.getFileName() + ": the decoder returned " + out.length
                        + " values for " + codes.length + " codes, expected " + expected);
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException(file.getFileName() + ": decoding failed: " + e.getMessage(), e);
        }
    }

    /** Decoded images as channel-first rows (CHW), one per code; values as the model gives them. */
    public float[][] decode(double[][] codes) {
        float[] raw = decodeRaw(codes);
        int per = channels * height * width;
        float[][] rows = new float[codes.length][per];
        for (int i = 0; i < codes.length; i++) {
            if (!channelsLast) {
                System.arraycopy(raw, i * per, rows[i], 0, per);
                continue;
            }
            for (int p = 0; p < height * width; p++) {
                for (int c = 0; c < channels; c++) {
                    rows[i][c * height * width + p] = raw[i * per + p * channels + c];
                }
            }
        }
        return rows;
    }

    /** A short description, e.g. {@code decoder.onnx: z [batch, 4] -> image [batch, 1, 8, 8]}. */
    public String describe() {
        long[] in = {-1, latentDim};
        return file.getFileName() + ": " + inputName + " " + Arrays.toString(in).replace("-1", "batch") + " -> "
                + outputName + " " + Arrays.toString(outputShape(1)).replaceFirst("\\[1", "[batch");
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    /**
     * The reason in an ONNX Runtime load error, on one line, without its error-code prefix, the path it repeats or
     * the C++ source location and signature: "Load model from /x.onnx failed:/src/model.cc:165
     * onnxruntime::Model::Model(...) ModelProto does not have a graph." gives "ModelProto does not have a graph".
     */
    static String ortReason(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String m = message.replaceAll("\\s+", " ").strip();
        int failed = m.lastIndexOf("failed:");
        if (failed >= 0 && failed + 7 < m.length()) {
            m = m.substring(failed + 7).strip();
        }
        m = m.replaceFirst("^Error code - \\w+ - message: ", "");
        if (m.matches("^\\S+\\.(cc|cpp|h):\\d+ .*")) {
            int sig = m.lastIndexOf(") ");
            m = sig >= 0 ? m.substring(sig + 2).strip() : m.substring(m.indexOf(' ') + 1);
        }
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.isEmpty() ? "no reason given" : m;
    }
}
