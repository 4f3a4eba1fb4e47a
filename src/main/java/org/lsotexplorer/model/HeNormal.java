package org.lsotexplorer.model;

import java.util.SplittableRandom;

/**
 * He-normal initialisation (He et al. 2015): every weight of layer {@code l} drawn independently from
 * {@code N(0, 2 / n_{l-1})}, every bias 0, returned in the flat parameter order of {@link Mlp}. The standard normals
 * come from {@link SplittableRandom} through the Box-Muller transform evaluated in {@link StrictMath}, so a seed gives
 * the same bits on every JVM and platform.
 */
final class HeNormal {
    private HeNormal() {
    }

    static double[] parameters(MlpOptions options, long seed) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        double[] values = new double[ParameterLayout.count(options)];
        SplittableRandom random = new SplittableRandom(seed);
        int[] n = options.widths();
        int offset = 0;
        for (int l = 1; l < n.length; l++) {
            double std = StrictMath.sqrt(2.0 / n[l - 1]);
            int size = n[l - 1] * n[l];
            for (int i = 0; i < size; i += 2) {
                // Box-Muller: two independent standard normals from two uniforms, u1 in (0, 1].
                double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - random.nextDouble()));
                double angle = 2.0 * StrictMath.PI * random.nextDouble();
                values[offset + i] = std * radius * StrictMath.cos(angle);
                if (i + 1 < size) {
                    values[offset + i + 1] = std * radius * StrictMath.sin(angle);
                }
            }
            offset += size + n[l];
        }
        return values;
    }
}
