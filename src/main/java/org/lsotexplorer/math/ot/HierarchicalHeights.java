package org.lsotexplorer.math.ot;

/**
 * A multi-scale parametrisation of the heights over the kd-tree of the codes:
 * {@code h_j = theta_j + sum_{nodes v containing j} theta_v}. By the chain rule the energy gradient with respect to
 * a node parameter is the total mass error of its codes, {@code G_v = sum_{j in v} g_j}, and with respect to a
 * code parameter it is {@code g_j} itself. An optimiser on theta can therefore move a whole cluster of codes in one
 * step instead of nudging each height separately; the energy, its gradient and its minimiser (all {@code g_j = 0})
 * are unchanged. The root node carries no information ({@code G_root = sum_j g_j = 0}) and is left out.
 */
final class HierarchicalHeights {
    private final CodeTree tree;
    private final int n;

    HierarchicalHeights(CodeTree tree, int n) {
        this.tree = tree;
        this.n = n;
    }

    /** Number of parameters: one per code and one per non-root node. */
    int parameterCount() {
        return n + tree.nodeCount() - 1;
    }

    /** Heights from parameters. */
    double[] heights(double[] theta) {
        double[] h = new double[n];
        System.arraycopy(theta, 0, h, 0, n);
        for (int v = 1; v < tree.nodeCount(); v++) {
            double t = theta[n + v - 1];
            if (t != 0) {
                for (int s = tree.nodeFrom(v); s < tree.nodeTo(v); s++) {
                    h[tree.codeAt(s)] += t;
                }
            }
        }
        return h;
    }

    /** Gradient with respect to the parameters from the gradient {@code g} with respect to the heights. */
    double[] gradient(double[] g) {
        double[] out = new double[parameterCount()];
        System.arraycopy(g, 0, out, 0, n);
        for (int v = 1; v < tree.nodeCount(); v++) {
            double sum = 0;
            for (int s = tree.nodeFrom(v); s < tree.nodeTo(v); s++) {
                sum += g[tree.codeAt(s)];
            }
            out[n + v - 1] = sum;
        }
        return out;
    }
}
