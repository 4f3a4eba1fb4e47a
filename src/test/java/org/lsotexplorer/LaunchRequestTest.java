package org.lsotexplorer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Launcher's reading of a lone argument: a command, an option, or a run folder to open. */
class LaunchRequestTest {
    @Test
    void aLoneFolderIsARunToOpenCommandsAndOptionsAreNot(@TempDir Path dir) throws IOException {
        assertTrue(LaunchRequest.isFolderArgument(dir.toString()));
        assertFalse(LaunchRequest.isFolderArgument("run"));
        assertFalse(LaunchRequest.isFolderArgument("--help"));
        assertFalse(LaunchRequest.isFolderArgument(dir.resolve("missing").toString()));
        assertTrue(LaunchRequest.problemWith(dir).contains("no manifest.json"));
        Files.writeString(dir.resolve("manifest.json"), "{}");
        assertNull(LaunchRequest.problemWith(dir));
        assertNull(LaunchRequest.missingFolder("run"));
        assertNull(LaunchRequest.missingFolder("--help"));
        assertNull(LaunchRequest.missingFolder(dir.toString()));
        String typo = LaunchRequest.missingFolder(dir.resolve("no-such-run").toString());
        assertTrue(typo != null && typo.contains("no-such-run does not exist") && typo.contains("run --out"), typo);
    }
}
