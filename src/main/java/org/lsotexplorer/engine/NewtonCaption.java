package org.lsotexplorer.engine;

import java.util.Locale;
import org.lsotexplorer.math.ot.NewtonIteration;

/** What one damped Newton iteration did, in words: its line search and the worst cell's error after it. */
final class NewtonCaption {
    private NewtonCaption() {
    }

    static String of(NewtonIteration it) {
        String search = it.halvings() == 0
                ? "The full Newton step was accepted (step length 1)."
                : String.format(Locale.ROOT, "The line search halved the step %d time%s (the '%s' test failed)"
                        + " and took step length %.3g.", it.halvings(), it.halvings() == 1 ? "" : "s",
                        it.failedTest(), it.stepLength());
        return String.format(Locale.ROOT, "Damped Newton iteration %d on the exact Laguerre cells. %s The worst"
                + " cell's relative mass error is now %.2e.", it.iteration(), search, it.worstRelativeError());
    }
}
