package org.lsotexplorer.engine.images;

import java.util.ArrayList;
import java.util.List;

/** Lays out two equally long image lists as row pairs: {@code columns} of {@code upper}, then the matching lower ones. */
final class RowPairs {
    private RowPairs() {
    }

    static <T> List<T> interleave(List<T> upper, List<T> lower, int columns) {
        if (upper.size() != lower.size() || columns < 1) {
            throw new IllegalArgumentException("need equally long lists and columns >= 1");
        }
        List<T> out = new ArrayList<>(2 * upper.size());
        for (int start = 0; start < upper.size(); start += columns) {
            int end = Math.min(upper.size(), start + columns);
            out.addAll(upper.subList(start, end));
            out.addAll(lower.subList(start, end));
        }
        return out;
    }
}
