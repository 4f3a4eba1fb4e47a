package org.lsotexplorer.ui;

import java.util.prefs.Preferences;
import org.lsotexplorer.live.FrameSchedule;
import org.lsotexplorer.engine.RunSettings;
import org.lsotexplorer.engine.SolverKind;

/**
 * How a window starts: the first run's settings (its target must be the eight-Gaussian preset, which the dataset
 * picker starts on), the snapshot schedule, and where window geometry is remembered.
 *
 * @param initial settings of the first run and the draft the settings sheet starts from
 * @param schedule when the worker publishes snapshots
 * @param preferences node for window size, position and dividers
 */
public record ExplorerOptions(RunSettings initial, FrameSchedule schedule, Preferences preferences) {
    /** The product's defaults: eight Gaussians, lsot with method.md's settings, seed 1. */
    public static ExplorerOptions defaults() {
        return new ExplorerOptions(RunSettings.defaults("eight-gaussians", SolverKind.LSOT, 1),
                FrameSchedule.defaults(), Preferences.userRoot().node("org/lsotexplorer/ui"));
    }
}
