package org.lsotexplorer.engine.images;

import org.lsotexplorer.engine.JsonNumbers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The image metrics of method.md section 4, as written to {@code metrics.json}. The MNIST-only entries are null
 * for faces.
 *
 * @param reconstructionMse       mean squared error of held-out reconstructions, pixels in [0, 1]
 * @param psnr                    {@code 10 log10(1 / mse)} in dB
 * @param classesCovered          digit classes that get at least a tenth of their uniform share of samples
 * @param classKlToUniform        KL(class histogram || uniform), natural log
 * @param confidentShare          share of samples the classifier labels with probability at least 0.9
 * @param classHistogram          generated samples per predicted class
 * @param classifierFd            Frechet distance of generated vs held-out images in the classifier's features
 *                                ("classifier FD", not FID)
 * @param noveltyRatio            mean distance of a generated image to its nearest training image, divided by the
 *                                same figure for held-out images (1 = as novel as unseen real images)
 * @param generatedNearestDistance the numerator of the novelty ratio
 * @param heldOutNearestDistance  its denominator
 * @param classifierAccuracy      the classifier's accuracy on held-out digits (how far its judgement can be trusted)
 * @param seconds                 wall time of the whole run, loading included
 */
public record ImageMetrics(double reconstructionMse, double psnr, Integer classesCovered, Double classKlToUniform,
                           Double confidentShare, int[] classHistogram, Double classifierFd, double noveltyRatio,
                           double generatedNearestDistance, double heldOutNearestDistance,
                           Double classifierAccuracy, double seconds) {

    public ImageMetrics withSeconds(double s) {
        return new ImageMetrics(reconstructionMse, psnr, classesCovered, classKlToUniform, confidentShare,
                classHistogram, classifierFd, noveltyRatio, generatedNearestDistance, heldOutNearestDistance,
                classifierAccuracy, s);
    }

    /** The metrics under their {@code metrics.json} names, values as computed (MNIST-only keys are left out for
     * faces); for views. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reconstruction_mse", reconstructionMse);
        m.put("psnr", psnr);
        if (classesCovered != null) {
            m.put("classes_covered", classesCovered);
            m.put("class_kl_to_uniform", classKlToUniform);
            m.put("confident_share", confidentShare);
            m.put("class_histogram", classHistogram);
            m.put("classifier_fd", classifierFd);
            m.put("classifier_accuracy", classifierAccuracy);
        }
        m.put("novelty_ratio", noveltyRatio);
        m.put("generated_nearest_distance", generatedNearestDistance);
        m.put("held_out_nearest_distance", heldOutNearestDistance);
        m.put("seconds", seconds);
        return m;
    }

    /**
     * The content of {@code metrics.json}: the keys of {@link #asMap()}, where a NaN or infinite value is
     * {@code null} with a {@code <key>_note} after it that says why (e.g. {@code seconds} of a run saved from the
     * window, which does not time it).
     */
    public Map<String, Object> asJsonFileMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        String undefined = "undefined for these images";
        JsonNumbers.put(m, "reconstruction_mse", reconstructionMse, undefined);
        JsonNumbers.put(m, "psnr", psnr, "infinite or undefined: the reconstructions are exact (MSE 0) or missing");
        if (classesCovered != null) {
            m.put("classes_covered", classesCovered);
            JsonNumbers.put(m, "class_kl_to_uniform", classKlToUniform, undefined);
            JsonNumbers.put(m, "confident_share", confidentShare, undefined);
            m.put("class_histogram", classHistogram);
            JsonNumbers.put(m, "classifier_fd", classifierFd, "undefined: too few samples for the covariances");
            JsonNumbers.put(m, "classifier_accuracy", classifierAccuracy, undefined);
        }
        JsonNumbers.put(m, "novelty_ratio", noveltyRatio, "undefined: held-out images equal their nearest training"
                + " image (distance 0)");
        JsonNumbers.put(m, "generated_nearest_distance", generatedNearestDistance, undefined);
        JsonNumbers.put(m, "held_out_nearest_distance", heldOutNearestDistance, undefined);
        JsonNumbers.put(m, "seconds", seconds, "not measured: the run was saved from the window, which does not"
                + " time a whole run");
        return m;
    }

    /** One-line definitions, for the app's tooltips and the exported files. */
    public static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("reconstruction_mse", "Mean squared error between held-out images and their reconstructions"
                + " decode(encode(x)), pixels in [0, 1]");
        d.put("psnr", "Peak signal-to-noise ratio of the reconstructions, 10 log10(1 / MSE), in dB");
        d.put("classes_covered", "Digit classes that the MNIST classifier assigns to at least a tenth of their"
                + " uniform share of the generated samples");
        d.put("class_kl_to_uniform", "KL divergence of the generated samples' class histogram to the uniform"
                + " distribution (natural log; 0 = perfectly balanced)");
        d.put("confident_share", "Share of generated samples the classifier labels with probability >= 0.9");
        d.put("classifier_fd", "Frechet distance between generated and held-out images in the MNIST classifier's"
                + " feature space (classifier FD; not FID)");
        d.put("novelty_ratio", "Mean distance from a generated image to its nearest training image, divided by the"
                + " same mean for held-out images; near 0 = copies of training images");
        d.put("seconds", "Wall time of the whole run, data loading included");
        return d;
    }
}
