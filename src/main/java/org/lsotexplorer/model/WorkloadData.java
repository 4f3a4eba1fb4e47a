package org.lsotexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Synthetic batches for the timing workloads (not the data layer's toys; only shapes and scales matter here). */
final class WorkloadData {
    private WorkloadData() {
    }

    /** {@code rows x dim} standard normals. */
    static INDArray gaussian(int rows, int dim, SplittableRandom random, DataType type) {
        double[][] a = new double[rows][dim];
        for (double[] row : a) {
            for (int j = 0; j < dim; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return Nd4j.createFromArray(a).castTo(type);
    }

    /** Eight Gaussian modes (radius 2, std 0.02) in the first two coordinates; other coordinates std 0.02. */
    static INDArray eightGaussians(int rows, int dim, SplittableRandom random, DataType type) {
        double[][] a = new double[rows][dim];
        for (double[] row : a) {
            double angle = random.nextInt(8) * Math.PI / 4;
            for (int j = 0; j < dim; j++) {
                double centre = j == 0 ? 2 * Math.cos(angle) : j == 1 ? 2 * Math.sin(angle) : 0;
                row[j] = centre + 0.02 * random.nextGaussian();
            }
        }
        return Nd4j.createFromArray(a).castTo(type);
    }
}
