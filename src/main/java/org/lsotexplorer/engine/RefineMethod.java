package org.lsotexplorer.engine;

import java.util.Locale;

/**
 * How {@code lsot} refines the discriminator's heights (method.md 3.1 step 2).
 * <ul>
 *   <li>{@link #NEWTON}: exact Laguerre cells and damped Newton ({@link org.lsotexplorer.math.ot.SemiDiscreteNewton});
 *       plane only (d = 2);</li>
 *   <li>{@link #ADAM}: Monte-Carlo cell masses and Adam ({@link org.lsotexplorer.math.ot.SemiDiscreteRefinement});
 *       any dimension. Above two dimensions Laguerre cells are polytopes whose exact Gaussian masses have no
 *       practical closed form (and their number of faces grows fast with d), so the Monte-Carlo route stays;</li>
 *   <li>{@link #AUTO} (default): Newton in the plane, Adam above.</li>
 * </ul>
 */
public enum RefineMethod {
    AUTO, NEWTON, ADAM;

    /** The method used for codes of dimension {@code d}. */
    public RefineMethod resolve(int dimension) {
        if (this == AUTO) {
            return dimension == 2 ? NEWTON : ADAM;
        }
        if (this == NEWTON && dimension != 2) {
            throw new IllegalArgumentException("--refine-method newton needs 2-D codes (got d = " + dimension
                    + "); use adam");
        }
        return this;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RefineMethod parse(String name) {
        for (RefineMethod m : values()) {
            if (m.id().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown refine method '" + name + "' (expected newton, adam or auto)");
    }
}
