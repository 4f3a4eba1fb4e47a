package org.lsotexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that cannot be used as it is: wrong layout, a non-number, NaN, a wrong size or magic number.
 * The message names the file and, where it applies, the line, and says what was expected.
 */
public final class DataFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public DataFormatException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
    }

    public DataFormatException(Path file, int line, String problem) {
        super(file.getFileName() + " line " + line + ": " + problem);
    }
}
