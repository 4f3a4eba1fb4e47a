package org.lsotexplorer.engine.images;

import org.lsotexplorer.data.DatasetCache;
import org.lsotexplorer.data.FaceFolder;
import org.lsotexplorer.data.ImageDataset;
import org.lsotexplorer.data.LoadReport;
import org.lsotexplorer.data.MemoryBudget;
import org.lsotexplorer.data.MnistFolder;
import org.lsotexplorer.data.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The images of one run: the training split (what the autoencoder sees and the codes come from) and a held-out
 * split (reconstruction error and the novelty baseline). MNIST uses its test files when present; a face folder,
 * or an MNIST folder without test files, holds out its last tenth.
 *
 * @param train    training images (after the run's train limit)
 * @param heldOut  held-out images
 * @param notes    what happened while loading (cache use, skipped files), for the log
 */
public record ImageData(ImageDataset train, ImageDataset heldOut, List<String> notes) {
    public ImageData {
        if (train == null || heldOut == null || train.count() < 2 || heldOut.count() < 1) {
            throw new IllegalArgumentException("need at least 2 training and 1 held-out image");
        }
        notes = List.copyOf(notes);
    }

    /**
     * Loads the data a run needs from {@code dir}.
     *
     * @param cache where decoded faces are cached (null = none)
     * @throws IOException with a message naming the folder and the problem (missing, corrupt, empty, too large)
     */
    public static ImageData load(ImagePreset preset, Path dir, int imageSize, int trainLimit, DatasetCache cache,
            ProgressListener progress) throws IOException {
        return switch (preset) {
            case MNIST -> mnist(dir, trainLimit);
            case CELEBA -> faces(dir, imageSize, trainLimit, cache, progress);
        };
    }

    private static ImageData mnist(Path dir, int trainLimit) throws IOException {
        ImageDataset all = MnistFolder.open(dir, true, MemoryBudget.ofRuntime());
        if (MnistFolder.hasSplit(dir, false)) {
            ImageDataset test = MnistFolder.open(dir, false, MemoryBudget.ofRuntime());
            return new ImageData(limit(all, trainLimit), test, List.of("MNIST: " + all.count() + " training and "
                    + test.count() + " test images from " + dir));
        }
        return split(all, trainLimit, "MNIST from " + dir + " has no test files: the last tenth is held out");
    }

    private static ImageData faces(Path dir, int size, int trainLimit, DatasetCache cache, ProgressListener progress)
            throws IOException {
        LoadReport r = FaceFolder.load(dir, FaceFolder.Options.defaults().withSize(size), cache,
                MemoryBudget.ofRuntime(), progress);
        if (r.loaded() < 3) {
            throw new IOException("face folder " + dir + " has " + r.loaded() + " readable images; need at least 3");
        }
        return split(r.dataset(), trainLimit, r.summary());
    }

    private static ImageData split(ImageDataset all, int trainLimit, String note) {
        int held = Math.max(1, all.count() / 10);
        ImageDataset train = all.subset(0, all.count() - held).withName(all.name() + " (train)");
        ImageDataset test = all.subset(all.count() - held, all.count()).withName(all.name() + " (held out)");
        return new ImageData(limit(train, trainLimit), test, List.of(note));
    }

    private static ImageDataset limit(ImageDataset d, int trainLimit) {
        return trainLimit <= 0 || trainLimit >= d.count() ? d : d.subset(0, trainLimit).withName(d.name());
    }
}
