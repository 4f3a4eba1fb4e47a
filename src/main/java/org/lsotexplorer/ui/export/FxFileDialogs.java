package org.lsotexplorer.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Native file choosers owned by the window; they remember the last folder used. FX thread only. */
public final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;
    private File lastDir;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, String description, String pattern) {
        FileChooser c = chooser(title, description, pattern);
        return remember(c.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> save(String title, String initialName, String description, String pattern) {
        FileChooser c = chooser(title, description, pattern);
        c.setInitialFileName(initialName);
        return remember(c.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> directory(String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        if (lastDir != null && lastDir.isDirectory()) {
            c.setInitialDirectory(lastDir);
        }
        File f = c.showDialog(owner.get());
        if (f != null) {
            lastDir = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, pattern),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastDir != null && lastDir.isDirectory()) {
            c.setInitialDirectory(lastDir);
        }
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f != null) {
            lastDir = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }
}
