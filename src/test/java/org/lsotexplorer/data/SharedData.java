package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real data sets in {@code ../shared/data}; tests skip (never pass silently) when the folder is missing. */
final class SharedData {
    static final Path ROOT = Path.of("../shared/data");
    static final Path MNIST = ROOT.resolve("mnist");
    static final Path FACES = ROOT.resolve("celeba").resolve("img_align_celeba_89x109");

    private SharedData() {
    }

    static Path require(Path folder) {
        assumeTrue(Files.isDirectory(folder), "shared data folder " + folder.toAbsolutePath() + " is missing");
        return folder;
    }
}
