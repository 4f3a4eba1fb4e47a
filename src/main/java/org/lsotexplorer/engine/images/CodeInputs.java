package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.ImageLayout;
import org.lsotexplorer.data.LatentCodeFiles;
import org.lsotexplorer.data.LatentCodeSet;
import org.lsotexplorer.model.OnnxDecoder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The files of a run on the user's own codes, loaded and checked (codes, labels, images, the ONNX decoder against d),
 * ready for {@link #experiment}. Loading touches no ND4J array, so any thread may do it; the experiment is then built
 * on the worker thread. {@link #close()} frees the decoder when the inputs are not used.
 */
public final class CodeInputs implements AutoCloseable {
    /** Which files to read (labels, images and decoder may be null). */
    public record Files(Path codes, Path labels, Path images, ImageLayout layout, Path decoder) {
    }

    private final LatentCodeSet codes;
    private final OnnxDecoder decoder;

    private CodeInputs(LatentCodeSet codes, OnnxDecoder decoder) {
        this.codes = codes;
        this.decoder = decoder;
    }

    /**
     * Reads and checks every file.
     *
     * @throws IOException with one message naming the file and what was expected
     */
    public static CodeInputs load(Files f) throws IOException {
        LatentCodeSet set = LatentCodeFiles.load(f.codes(), f.labels(), f.images(),
                f.layout() == null ? ImageLayout.AUTO : f.layout());
        OnnxDecoder d = f.decoder() == null ? null : OnnxDecoder.load(f.decoder(), set.latentDim());
        return new CodeInputs(set, d);
    }

    public LatentCodeSet codes() {
        return codes;
    }

    /** The run on these inputs (call it on the thread that will own the run). */
    public CodeExperiment experiment(CodeRunSettings settings) {
        return new CodeExperiment(settings, codes, decoder);
    }

    @Override
    public void close() {
        if (decoder != null) {
            decoder.close();
        }
    }
}
