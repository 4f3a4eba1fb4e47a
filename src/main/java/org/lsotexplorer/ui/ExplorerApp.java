package org.lsotexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: one explorer window on the eight-Gaussian preset with the {@code lsot} solver, ready to
 * train. Started by {@code org.lsotexplorer.Launcher} (which must not extend {@code Application}) through
 * {@link #launchWindow(String[])}.
 */
public final class ExplorerApp extends Application {
    private ExplorerWindow window;

    /** Opens the window and blocks until it is closed. */
    public static void launchWindow(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = new ExplorerWindow(stage, ExplorerOptions.defaults(), null);
        window.show();
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            window.openRun(Path.of(args.get(0)));   // a run folder named on the command line
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
