package org.lsotexplorer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A deterministic convolutional autoencoder in SameDiff (DCGAN-like, see {@link ConvBlocks}): the encoder
 * {@code E: [0,1]^{C x S x S} -> R^d} gives the latent codes of LSOT (method.md section 1, step 1), the decoder
 * {@code D: R^d -> (0,1)^{C x S x S}} (sigmoid output) turns codes back into images.
 *
 * <p>Training minimises the mean per-pixel reconstruction loss {@code L = (1 / (n C S^2)) sum_i sum_p l(x_ip,
 * D(E(x_i))_p)} with {@code l} squared error or binary cross-entropy ({@link ConvAutoencoderOptions#loss()}) by Adam.
 * Nothing constrains the codes' distribution (unlike a VAE). Codes are unbounded reals.
 *
 * <p>Shapes: images {@code [n, C, S, S]} NCHW (or {@code [n, C*S*S]} rows in CHW order) with values in
 * {@code [0, 1]}; codes {@code [n, d]}. Wrong shapes or out-of-range pixels throw {@link IllegalArgumentException}.
 * A non-finite loss throws {@link NonFiniteLossException} and leaves the parameters at their last good values.
 * The same options and seed give the same weights and, on the same batches, the same losses.
 * Inference runs in chunks of {@value ImageArrays#CHUNK_ROWS} images. Not thread-safe: one worker thread owns it.
 */
public final class ConvAutoencoder implements AutoCloseable {
    static final String KIND = "ConvAutoencoder";
    private final ConvAutoencoderOptions options;
    private final long seed;
    private final GraphModel graph;
    private final String codes;
    private final String reconstruction;
    private final String decoded;
    private final String loss;

    /** A freshly initialised autoencoder. */
    public ConvAutoencoder(ConvAutoencoderOptions options, long seed) {
        this(options, seed, DataType.FLOAT);
    }

    ConvAutoencoder(ConvAutoencoderOptions options, long seed, DataType type) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
        this.seed = seed;
        this.graph = new GraphModel(type, seed, options.learningRate());
        int s = options.imageSize();
        int c = options.channels();
        int d = options.latentDim();
        SDVariable x = graph.sd.placeHolder("x", type, -1, c, s, s);
        SDVariable code = ConvBlocks.encoder(graph, "enc_", x, s, c, options.baseWidth(), d);
        SDVariable logits = ConvBlocks.decoder(graph, "dec_", code, s, c, options.baseWidth(), d);
        SDVariable perImage = ConvBlocks.perImageLoss(graph, logits, x, options.loss());
        codes = code.name();
        reconstruction = graph.sd.nn().sigmoid(logits).name();
        loss = perImage.mean().div(options.pixelCount()).name();
        SDVariable z = graph.sd.placeHolder("z", type, -1, d);
        decoded = graph.sd.nn().sigmoid(ConvBlocks.decoder(graph, "dec_", z, s, c, options.baseWidth(), d)).name();
    }

    /** The options this model was built with. */
    public ConvAutoencoderOptions options() {
        return options;
    }

    /** The latent dimension {@code d}. */
    public int latentDim() {
        return options.latentDim();
    }

    /** The number of trainable scalars. */
    public long parameterCount() {
        return graph.parameterCount();
    }

    /** Adam steps taken so far (since construction or load). */
    public long stepCount() {
        return graph.stepCount();
    }

    /** Changes Adam's step size (in {@code (0, 1]}). */
    public void setLearningRate(double learningRate) {
        graph.setLearningRate(learningRate);
    }

    /** One Adam step on a batch of images given as CHW rows; returns the loss before the step. */
    public double fitBatch(float[][] images) {
        INDArray batch = ImageArrays.fromRows(images, options.channels(), options.imageSize(), graph.type);
        double value = fitBatch(batch);
        NativeMemory.close(batch);   // this step's input, freed now rather than at a collection
        return value;
    }

    /**
     * One Adam step on a batch; returns the mean per-pixel loss {@code L} on it, evaluated before the step.
     *
     * @throws NonFiniteLossException if the loss or a gradient is not finite (no parameter changes)
     */
    public double fitBatch(INDArray images) {
        INDArray x = input(images);
        Map<String, INDArray> outputs = graph.trainStep(Map.of("x", x), loss);
        double value = outputs.get(loss).getDouble(0);
        outputs.values().forEach(NativeMemory::close);
        NativeMemory.closeCopy(x, images);
        return value;
    }

    /** The mean per-pixel training loss {@code L} on a batch, without training. */
    public double loss(INDArray images) {
        return graph.output(Map.of("x", input(images)), loss).get(loss).getDouble(0);
    }

    /** The codes {@code E(x)}, {@code [n, d]}. */
    public INDArray encode(INDArray images) {
        return ImageArrays.chunked(graph, "x", input(images), codes);
    }

    /** The images {@code D(z)}, {@code [n, C, S, S]} with values in {@code (0, 1)}, for codes {@code [n, d]}. */
    public INDArray decode(INDArray z) {
        return ImageArrays.chunked(graph, "z", ImageArrays.matrix(z, options.latentDim(), graph.type, "z"), decoded);
    }

    /** {@code D(E(x))}, {@code [n, C, S, S]}. */
    public INDArray reconstruct(INDArray images) {
        return ImageArrays.chunked(graph, "x", input(images), reconstruction);
    }

    /** The reconstruction MSE {@code (1 / (n C S^2)) sum (D(E(x)) - x)^2}, in {@code [0, 1]}. */
    public double reconstructionMse(INDArray images) {
        INDArray x = input(images);
        INDArray r = ImageArrays.chunked(graph, "x", x, reconstruction);
        double norm = r.subi(x).norm2Number().doubleValue();
        return norm * norm / x.length();
    }

    /** Writes the model (options, seed and parameters) in the LSOT-NET format of {@code NetworkCheckpoint}. */
    public void save(Path file) throws IOException {
        ObjectNode o = optionsJson(options);
        o.put("seed", seed);
        NetworkCheckpoint.write(file, KIND, o, graph.type, graph.parameterSnapshot());
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws IOException if the file is not a valid ConvAutoencoder checkpoint (the message says why)
     */
    public static ConvAutoencoder load(Path file) throws IOException {
        NetworkCheckpoint.Contents c = NetworkCheckpoint.read(file, KIND);
        ConvAutoencoderOptions o = optionsOf(c.options());
        DataType type = c.tensors().values().iterator().next().dataType();
        ConvAutoencoder model = new ConvAutoencoder(o, c.options().path("seed").asLong(), type);
        try {
            model.graph.restore(c.tensors());
        } catch (IllegalArgumentException e) {
            throw new IOException("checkpoint does not match its options: " + e.getMessage() + " in " + file, e);
        }
        return model;
    }

    static ObjectNode optionsJson(ConvAutoencoderOptions options) {
        ObjectNode o = NetworkCheckpoint.newObject();
        o.put("imageSize", options.imageSize());
        o.put("channels", options.channels());
        o.put("latentDim", options.latentDim());
        o.put("baseWidth", options.baseWidth());
        o.put("loss", options.loss().name());
        o.put("learningRate", options.learningRate());
        o.put("batchSize", options.batchSize());
        return o;
    }

    static ConvAutoencoderOptions optionsOf(JsonNode o) throws IOException {
        try {
            return new ConvAutoencoderOptions(NetworkCheckpoint.intField(o, "imageSize"),
                    NetworkCheckpoint.intField(o, "channels"), NetworkCheckpoint.intField(o, "latentDim"),
                    NetworkCheckpoint.intField(o, "baseWidth"),
                    ConvAutoencoderOptions.ReconstructionLoss.valueOf(o.path("loss").asText()),
                    NetworkCheckpoint.doubleField(o, "learningRate"), NetworkCheckpoint.intField(o, "batchSize"));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid checkpoint options: " + e.getMessage(), e);
        }
    }

    /**
     * Frees the parameters and optimizer moments now instead of at a garbage collection; the model must not be used
     * afterwards. Idempotent; call it on the thread that owns the model.
     */
    @Override
    public void close() {
        graph.close();
    }

    GraphModel graph() {
        return graph;
    }

    private INDArray input(INDArray images) {
        return ImageArrays.nchw(images, options.channels(), options.imageSize(), graph.type, true);
    }
}
