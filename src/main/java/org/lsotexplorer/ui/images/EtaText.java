package org.lsotexplorer.ui.images;

import java.util.Locale;

/** Human wording of a remaining time: "about 2 min 10 s left in this phase", or "estimating…" when unknown. */
final class EtaText {
    private EtaText() {
    }

    /** @param seconds estimated seconds left; NaN, infinite or negative = unknown */
    static String of(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "estimating\u2026";
        }
        long s = Math.round(seconds);
        String t;
        if (s < 60) {
            t = s + " s";
        } else if (s < 3600) {
            t = s / 60 + " min " + s % 60 + " s";
        } else {
            t = String.format(Locale.ROOT, "%d h %d min", s / 3600, (s % 3600) / 60);
        }
        return "about " + t + " left in this phase";
    }
}
