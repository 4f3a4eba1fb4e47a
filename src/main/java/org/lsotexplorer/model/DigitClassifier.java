package org.lsotexplorer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A small CNN classifier in SameDiff, trained on MNIST to measure generated digits (method.md section 4, "Images"):
 * class coverage from {@link #predictProbabilities} and the <em>classifier FD</em> (the Frechet distance in the space
 * of {@link #features}; never called FID, which uses Inception).
 *
 * <p>Network: the strided-convolution encoder of {@link ConvBlocks} (LeakyReLU 0.2) to {@code featureDim} units with
 * ReLU (the features {@code f(x)}, each {@code >= 0}), then a dense layer to {@code K} logits {@code a(x)};
 * {@code p(k | x) = softmax(a(x))_k}. Training minimises the mean cross-entropy
 * {@code -(1/n) sum_i log p(y_i | x_i)} by Adam.
 *
 * <p>Shapes: images {@code [n, C, S, S]} (or {@code [n, C*S*S]} rows) with values in {@code [0, 1]}; labels
 * {@code int[n]} in {@code 0..K-1}. Bad shapes, ranges or labels throw {@link IllegalArgumentException}; a non-finite
 * loss throws {@link NonFiniteLossException} and leaves the parameters unchanged. Seeded and checkpointed like
 * {@link ConvAutoencoder}. Not thread-safe.
 */
public final class DigitClassifier implements AutoCloseable {
    static final String KIND = "DigitClassifier";
    private final DigitClassifierOptions options;
    private final long seed;
    private final GraphModel graph;
    private final String features;
    private final String probabilities;
    private final String loss;

    /** A freshly initialised classifier. */
    public DigitClassifier(DigitClassifierOptions options, long seed) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
        this.seed = seed;
        this.graph = new GraphModel(DataType.FLOAT, seed, options.learningRate());
        int s = options.imageSize();
        SDVariable x = graph.sd.placeHolder("x", DataType.FLOAT, -1, options.channels(), s, s);
        SDVariable y = graph.sd.placeHolder("y", DataType.FLOAT, -1, options.classes());
        SDVariable f = graph.sd.nn().relu(ConvBlocks.encoder(graph, "cls_", x, s, options.channels(),
                options.baseWidth(), options.featureDim()), 0.0);
        SDVariable logits = ConvBlocks.dense(graph, "cls_out", f, options.featureDim(), options.classes());
        features = f.name();
        probabilities = graph.sd.nn().softmax(logits, 1).name();
        // log p = a - logsumexp(a), with the row maximum subtracted inside for stability (SameDiff's logSoftmax(x, dim)
        // fails to build in 1.0.0-M2.1).
        SDVariable shift = logits.max(true, 1);
        SDVariable logSumExp = graph.sd.math().log(graph.sd.math().exp(logits.sub(shift)).sum(true, 1)).add(shift);
        loss = logits.sub(logSumExp).mul(y).sum(1).mean().neg().name();
    }

    /** The options this classifier was built with. */
    public DigitClassifierOptions options() {
        return options;
    }

    /** One Adam step on a labelled batch; returns the mean cross-entropy before the step. */
    public double fitBatch(INDArray images, int[] labels) {
        INDArray x = input(images);
        return graph.trainStep(Map.of("x", x, "y", oneHot(labels, x.size(0))), loss).get(loss).getDouble(0);
    }

    /** {@code p(k | x)}, {@code [n, K]}, each row summing to 1. */
    public INDArray predictProbabilities(INDArray images) {
        return ImageArrays.chunked(graph, "x", input(images), probabilities);
    }

    /** The most probable class of each image. */
    public int[] predict(INDArray images) {
        return predictProbabilities(images).argMax(1).toIntVector();
    }

    /** The fraction of images whose most probable class equals the label, in {@code [0, 1]}. */
    public double accuracy(INDArray images, int[] labels) {
        int[] predicted = predict(images);
        if (labels == null || labels.length != predicted.length) {
            throw new IllegalArgumentException("need one label per image");
        }
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        return correct / (double) predicted.length;
    }

    /** The penultimate-layer activations {@code f(x)}, {@code [n, featureDim]}: the space of the classifier FD. */
    public INDArray features(INDArray images) {
        return ImageArrays.chunked(graph, "x", input(images), features);
    }

    /** Writes the classifier in the LSOT-NET format (see {@code NetworkCheckpoint}). */
    public void save(Path file) throws IOException {
        ObjectNode o = NetworkCheckpoint.newObject();
        o.put("imageSize", options.imageSize());
        o.put("channels", options.channels());
        o.put("classes", options.classes());
        o.put("baseWidth", options.baseWidth());
        o.put("featureDim", options.featureDim());
        o.put("learningRate", options.learningRate());
        o.put("seed", seed);
        NetworkCheckpoint.write(file, KIND, o, DataType.FLOAT, graph.parameterSnapshot());
    }

    /**
     * Reads a classifier written by {@link #save}.
     *
     * @throws IOException if the file is not a valid DigitClassifier checkpoint (the message says why)
     */
    public static DigitClassifier load(Path file) throws IOException {
        NetworkCheckpoint.Contents c = NetworkCheckpoint.read(file, KIND);
        JsonNode o = c.options();
        DigitClassifier model;
        try {
            model = new DigitClassifier(new DigitClassifierOptions(NetworkCheckpoint.intField(o, "imageSize"),
                    NetworkCheckpoint.intField(o, "channels"), NetworkCheckpoint.intField(o, "classes"),
                    NetworkCheckpoint.intField(o, "baseWidth"), NetworkCheckpoint.intField(o, "featureDim"),
                    NetworkCheckpoint.doubleField(o, "learningRate")), o.path("seed").asLong());
            model.graph.restore(c.tensors());
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid classifier checkpoint: " + e.getMessage() + " in " + file, e);
        }
        return model;
    }

    /**
     * Frees the parameters and optimizer moments now instead of at a garbage collection; the model must not be used
     * afterwards. Idempotent; call it on the thread that owns the model.
     */
    @Override
    public void close() {
        graph.close();
    }

    private INDArray oneHot(int[] labels, long n) {
        if (labels == null || labels.length != n) {
            throw new IllegalArgumentException("need one label per image: " + n + " images, "
                    + (labels == null ? "null" : labels.length) + " labels");
        }
        float[] v = new float[labels.length * options.classes()];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= options.classes()) {
                throw new IllegalArgumentException("label " + i + " = " + labels[i] + " outside 0.."
                        + (options.classes() - 1));
            }
            v[i * options.classes() + labels[i]] = 1f;
        }
        return Nd4j.createFromArray(v).reshape(labels.length, options.classes());
    }

    private INDArray input(INDArray images) {
        return ImageArrays.nchw(images, options.channels(), options.imageSize(), DataType.FLOAT, true);
    }
}
