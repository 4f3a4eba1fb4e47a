package org.lsotexplorer.data;

import java.util.List;
import java.util.Objects;

/**
 * What a folder load produced: the dataset, the files it skipped (by name, with the reason), whether the pixels
 * came from the on-disk {@link DatasetCache}, and how long the load took.
 *
 * @param dataset the loaded images (never empty)
 * @param skipped files that were not loaded, in name order; empty when all loaded
 * @param fromCache true when the decoded set was read back from the cache instead of decoding the files
 * @param elapsedMillis wall-clock time of the whole load, listing the folder included
 */
public record LoadReport(ImageDataset dataset, List<Skipped> skipped, boolean fromCache, long elapsedMillis) {
    /** One file that was not loaded, e.g. {@code notes.txt}: "not an image ImageIO can decode". */
    public record Skipped(String fileName, String reason) {
        public Skipped {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return fileName + ": " + reason;
        }
    }

    public LoadReport {
        Objects.requireNonNull(dataset, "dataset");
        skipped = List.copyOf(skipped);
    }

    /** Number of images loaded. */
    public int loaded() {
        return dataset.count();
    }

    /** A one-line summary such as "5,000 images loaded, 1 skipped (notes.txt: not an image ...)". */
    public String summary() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d images loaded", loaded()));
        if (!skipped.isEmpty()) {
            b.append(", ").append(skipped.size()).append(" skipped (");
            for (int k = 0; k < Math.min(3, skipped.size()); k++) {
                b.append(k == 0 ? "" : "; ").append(skipped.get(k));
            }
            b.append(skipped.size() > 3 ? "; ...)" : ")");
        }
        return b.append(fromCache ? ", from cache" : "").append(" in ").append(elapsedMillis).append(" ms")
                .toString();
    }
}
