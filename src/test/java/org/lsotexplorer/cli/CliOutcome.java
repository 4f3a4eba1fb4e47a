package org.lsotexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What one in-process CLI call returned: exit code, stdout and stderr (shared by the CLI tests). */
record CliOutcome(int code, String out, String err) {
    /** Runs {@code Cli.execute(args)} with captured output. */
    static CliOutcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliOutcome(code, out.toString(), err.toString());
    }

    /** The non-blank lines of stderr. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
