package org.lsotexplorer.math.ot;

import java.util.Arrays;

/**
 * The positive flows {@code x_ij > 0} of a transportation problem, stored per target column as a short list of
 * (source row, flow) pairs: the backward arcs that {@link TransportationSolver}'s Dijkstra search walks from a
 * column to the rows that already send it mass. An entry disappears exactly when its flow reaches zero.
 */
final class ColumnFlows {
    private final int[][] rows;
    private final double[][] flows;
    private final int[] degree;
    private int entries;

    ColumnFlows(int n) {
        rows = new int[n][4];
        flows = new double[n][4];
        degree = new int[n];
    }

    int degree(int j) {
        return degree[j];
    }

    int row(int j, int k) {
        return rows[j][k];
    }

    /** Total number of positive entries. */
    int entries() {
        return entries;
    }

    /** {@code x_ij}, or 0 when (i, j) carries no flow. */
    double flow(int i, int j) {
        int k = indexOf(i, j);
        return k < 0 ? 0.0 : flows[j][k];
    }

    /** {@code x_ij += delta} for {@code delta > 0}. */
    void add(int i, int j, double delta) {
        int k = indexOf(i, j);
        if (k >= 0) {
            flows[j][k] += delta;
            return;
        }
        if (degree[j] == rows[j].length) {
            rows[j] = Arrays.copyOf(rows[j], 2 * degree[j]);
            flows[j] = Arrays.copyOf(flows[j], 2 * degree[j]);
        }
        rows[j][degree[j]] = i;
        flows[j][degree[j]++] = delta;
        entries++;
    }

    /** {@code x_ij -= delta} for {@code 0 < delta <= x_ij}; the entry is removed when the flow becomes zero. */
    void subtract(int i, int j, double delta) {
        int k = indexOf(i, j);
        double left = flows[j][k] - delta;
        if (left > 0) {
            flows[j][k] = left;
            return;
        }
        int last = --degree[j];
        rows[j][k] = rows[j][last];
        flows[j][k] = flows[j][last];
        entries--;
    }

    private int indexOf(int i, int j) {
        int[] r = rows[j];
        for (int k = 0; k < degree[j]; k++) {
            if (r[k] == i) {
                return k;
            }
        }
        return -1;
    }

    /** Copies the entries into the three parallel arrays (each of length {@link #entries()}). */
    void export(int[] sources, int[] targets, double[] masses) {
        int t = 0;
        for (int j = 0; j < degree.length; j++) {
            for (int k = 0; k < degree[j]; k++) {
                sources[t] = rows[j][k];
                targets[t] = j;
                masses[t++] = flows[j][k];
            }
        }
    }
}
