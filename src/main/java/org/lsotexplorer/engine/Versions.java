package org.lsotexplorer.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of the app and its numeric stack, recorded in every manifest. */
public final class Versions {
    private Versions() {
    }

    public static Map<String, String> all() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/lsot-explorer.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // versions are informative only; keep "unknown"
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lsot_explorer", p.getProperty("app.version", "unknown"));
        v.put("nd4j", p.getProperty("nd4j.version", "unknown"));
        v.put("javafx", p.getProperty("javafx.version", "unknown"));
        v.put("java", System.getProperty("java.version"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return v;
    }
}
