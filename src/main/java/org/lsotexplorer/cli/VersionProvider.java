package org.lsotexplorer.cli;

import java.util.Map;
import org.lsotexplorer.engine.Versions;
import picocli.CommandLine;

/** {@code --version}: the app and numeric-stack versions. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Map<String, String> v = Versions.all();
        return new String[] {"LSOT Explorer " + v.get("lsot_explorer") + " (ND4J " + v.get("nd4j") + ", Java "
                + v.get("java") + ")"};
    }
}
