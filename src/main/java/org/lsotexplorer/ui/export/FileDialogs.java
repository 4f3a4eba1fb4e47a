package org.lsotexplorer.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for files. The window uses native choosers ({@link FxFileDialogs}); tests answer with prepared
 * paths, since native dialogs cannot be driven headless. Every method returns empty when the user cancels.
 */
public interface FileDialogs {
    /** A file to read, e.g. {@code open("Open points", "CSV files", "*.csv")}. */
    Optional<Path> open(String title, String description, String pattern);

    /** A file to write, suggesting {@code initialName}. */
    Optional<Path> save(String title, String initialName, String description, String pattern);

    /** A folder to write into. */
    Optional<Path> directory(String title);
}
