package org.lsotexplorer.math.metrics;

/**
 * How far a learned map {@code T} is from a reference map {@code T_ref} (the exact OT map) on the same points
 * {@code z_1..z_m} (method.md section 4).
 *
 * @param l2Uvp {@code 100 mean |T(z_i) - T_ref(z_i)|^2 / Var(target)}: 0 when the maps agree; not finite for a
 *              target of zero variance
 * @param cosine {@code mean cos(T(z_i) - z_i, T_ref(z_i) - z_i)} in [-1, 1]: 1 when every displacement points the
 *               same way
 * @param points m, the number of points compared
 */
public record MapAgreement(double l2Uvp, double cosine, int points) {
}
