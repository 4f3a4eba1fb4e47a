package org.lsotexplorer.engine.images;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The image data sets of method.md section 5, with their default latent dimension (8 for MNIST, 64 for faces). */
public enum ImagePreset {
    MNIST("mnist", "MNIST digits (28x28 grey)", 8),
    CELEBA("celeba", "Face folder (CelebA, RGB)", 64);

    private final String id;
    private final String label;
    private final int defaultLatentDim;

    ImagePreset(String id, String label, int defaultLatentDim) {
        this.id = id;
        this.label = label;
        this.defaultLatentDim = defaultLatentDim;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public int defaultLatentDim() {
        return defaultLatentDim;
    }

    /** Whether {@code name} is one of the image preset ids. */
    public static boolean isImagePreset(String name) {
        return Arrays.stream(values()).anyMatch(p -> p.id.equals(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The valid ids, comma separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ImagePreset::id).collect(Collectors.joining(", "));
    }

    /** Looks a preset up by id; the error lists the valid ids. */
    public static ImagePreset parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ImagePreset p : values()) {
            if (p.id.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown image preset '" + name + "' (expected one of "
                + Arrays.stream(values()).map(ImagePreset::id).collect(Collectors.joining(", ")) + ")");
    }
}
