package org.lsotexplorer.data;

import java.util.regex.Pattern;

/**
 * The one separator of a point CSV file, detected from its first content line (header or data): a semicolon if
 * that line has one, else a tab (with either, commas may only be decimal commas, which are refused with a clear
 * message), else a comma, else runs of spaces. Spaces around a separator are ignored.
 */
public enum CsvSeparator {
    SEMICOLON("';'", "\\s*;\\s*"),
    COMMA("','", "\\s*,\\s*"),
    TAB("a tab", "[ ]*\\t[ ]*"),
    SPACE("spaces", "\\s+");

    private final String label;
    private final Pattern split;

    CsvSeparator(String label, String regex) {
        this.label = label;
        this.split = Pattern.compile(regex);
    }

    /** How a message names it, e.g. {@code ','} or {@code a tab}. */
    public String label() {
        return label;
    }

    /** The separator of a file whose first content line (already stripped) is {@code line}. */
    static CsvSeparator detect(String line) {
        if (line.indexOf(';') >= 0) {
            return SEMICOLON;
        }
        if (line.indexOf('\t') >= 0) {
            return TAB;
        }
        if (line.indexOf(',') >= 0) {
            return COMMA;
        }
        return SPACE;
    }

    /** The fields of a stripped line; a leading or trailing separator gives an empty first or last field. */
    String[] split(String line) {
        return split.split(line, -1);
    }
}
