package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;

/** The fuzz suites' contract for a failure: one {@link IOException} whose message names the file and says more. */
final class Clear {
    private Clear() {
    }

    /** A load that may fail. */
    @FunctionalInterface
    interface Load<T> {
        T run() throws IOException;
    }

    /** Runs {@code load}, expecting an IOException whose message starts with {@code fileName} and contains each
     * of {@code mustContain}; any other throwable (an Error, a RuntimeException) fails the test. */
    static String error(Load<?> load, String fileName, String... mustContain) {
        String m;
        try {
            Object result = load.run();
            fail("expected an error for " + fileName + ", got a result: " + result);
            return null;
        } catch (IOException e) {
            m = e.getMessage();
        } catch (RuntimeException | Error e) {
            throw new AssertionError("not a clear error but " + e, e);
        }
        assertNotNull(m);
        assertTrue(m.contains(fileName), "names the file: " + m);
        assertTrue(m.length() > fileName.length() + 15, "says more than the path: " + m);
        assertFalse(m.contains("(null)") || m.contains("Input length"), "no raw library text: " + m);
        assertFalse(m.contains("\n"), "one line: " + m);
        for (String s : mustContain) {
            assertTrue(m.contains(s), "message should contain '" + s + "': " + m);
        }
        return m;
    }
}
