/**
 * Teaching aids: the "what am I seeing?" panel beside the plane (two lines on each thing drawn) and the list of
 * keyboard shortcuts shown in the Help menu.
 */
package org.lsotexplorer.ui.help;
