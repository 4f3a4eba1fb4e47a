package org.lsotexplorer.engine.images;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How new latent codes are made from Gaussian noise: the paper's method and the transport solvers on the
 * standardized codes, or the two baselines it argues against (method.md 3.5).
 */
public enum LatentGeneratorKind {
    LSOT("lsot", "LSOT (Liu et al. 2018)", true),
    EXACT("exact", "Exact discrete OT on a batch", true),
    SINKHORN("sinkhorn", "Entropic OT (Sinkhorn) on a batch", true),
    VAE("vae", "VAE baseline (Gaussian prior)", false),
    WGAN_GP("wgan-gp", "WGAN-GP baseline (latent generator, min-max)", false);

    private final String id;
    private final String label;
    private final boolean transport;

    LatentGeneratorKind(String id, String label, boolean transport) {
        this.id = id;
        this.label = label;
        this.transport = transport;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether this is an optimal-transport map {@code T} from noise to codes (with a potential and cells). */
    public boolean isTransport() {
        return transport;
    }

    /** Looks a generator up by id; the error lists the valid ids. */
    public static LatentGeneratorKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (LatentGeneratorKind k : values()) {
            if (k.id.equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown image solver '" + name + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(LatentGeneratorKind::id).collect(Collectors.joining(", "));
    }
}
