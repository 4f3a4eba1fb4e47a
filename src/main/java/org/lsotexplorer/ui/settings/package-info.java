/**
 * The settings of the chosen solver and dataset: a catalogue of {@link org.lsotexplorer.ui.settings.Setting}s
 * (name, range, whether it changes live or on Reset, how it edits {@code RunSettings}), the view model that keeps
 * the draft settings and validates every edit through the engine's option records, and the ControlsFX property
 * sheet that shows them. A rejected value keeps the old one and says why.
 */
package org.lsotexplorer.ui.settings;
