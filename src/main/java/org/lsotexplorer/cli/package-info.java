/**
 * Headless commands (run, ot, bench) that write run folders, PNG, CSV and JSON through engine/ and render/.
 */
package org.lsotexplorer.cli;
