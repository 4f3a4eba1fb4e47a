package org.lsotexplorer.engine;

/**
 * Where a branched run came from: the parent's run folder (null while the parent was never saved) and the step it
 * branched at. Written into the branch's {@code manifest.json} as {@code parent}.
 *
 * @param runFolder the parent run folder as given, or null
 * @param step the parent's step the branch starts from (&gt;= 0)
 */
public record RunParent(String runFolder, int step) {
    public RunParent {
        if (step < 0) {
            throw new IllegalArgumentException("parent step must be >= 0, got " + step);
        }
    }
}
