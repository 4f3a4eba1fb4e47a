package org.lsotexplorer.data;

/**
 * A researcher's own latent space: n codes of dimension d (in the model's coordinates), optional integer labels and
 * optional images paired row by row with the codes. Arrays are owned by the set; callers must not modify them.
 *
 * @param name   a short description for logs and manifests (the file names)
 * @param codes  n x d, 2 &lt;= d &lt;= {@value #MAX_DIM}, n &gt;= 2, all finite
 * @param labels n labels, or null
 * @param images n images (HWC bytes), or null
 */
public record LatentCodeSet(String name, double[][] codes, int[] labels, ImageDataset images) {
    /** The largest latent dimension the explorer takes. */
    public static final int MAX_DIM = 1024;

    public LatentCodeSet {
        if (codes == null || codes.length < 2) {
            throw new IllegalArgumentException("need at least 2 codes");
        }
        if (labels != null && labels.length != codes.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + codes.length + " codes");
        }
        if (images != null && images.count() != codes.length) {
            throw new IllegalArgumentException(images.count() + " images for " + codes.length + " codes");
        }
    }

    public int count() {
        return codes.length;
    }

    public int latentDim() {
        return codes[0].length;
    }
}
