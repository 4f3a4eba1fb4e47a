/**
 * The JavaFX explorer window: views, view models and controls. It sees only immutable snapshots, never ND4J arrays.
 */
package org.lsotexplorer.ui;
