package org.lsotexplorer.engine;

import java.util.Locale;

/** What a run folder holds: a 2-D toy run, an image run, or a run on the user's own codes. */
public enum BundleKind {
    TOY, IMAGE, CODES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown kind */
    public static BundleKind parse(String s) {
        for (BundleKind k : values()) {
            if (k.id().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown run kind '" + s + "' (expected toy, image or codes)");
    }
}
