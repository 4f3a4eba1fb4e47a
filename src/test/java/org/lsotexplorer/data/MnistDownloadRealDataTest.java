package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four real MNIST files served from {@code shared/data/mnist} by a local server on 127.0.0.1, checked against
 * the official MD5 and SHA-256 values built into {@link MnistDownload#MNIST_FILES}.
 */
@Tag("slow")
class MnistDownloadRealDataTest {
    @TempDir
    Path dir;

    @Test
    void fullDownloadMatchesThePublishedChecksumsAndOpens() throws IOException {
        try (RangeFileServer server = RangeFileServer.serving(SharedData.require(SharedData.MNIST))) {
            long t0 = System.nanoTime();
            MnistDownload.Result r = new MnistDownload(server.baseUrl(), dir)
                    .download(MnistDownload.Listener.of(ProgressListener.NONE));
            System.out.println("MNIST download from 127.0.0.1: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            assertEquals(11_594_722L, r.bytesReceived());
            for (MnistDownload.RemoteFile f : MnistDownload.MNIST_FILES) {
                assertEquals(f.sizeBytes(), Files.size(dir.resolve(f.name())));
            }
            assertEquals(10_000, MnistFolder.open(dir, false).count());
        }
    }

    @Test
    void anInterruptedDownloadResumesWithRangeAndVerifies() throws IOException {
        try (RangeFileServer server = RangeFileServer.serving(SharedData.require(SharedData.MNIST))) {
            server.cutNextResponse("train-images-idx3-ubyte.gz", 3_000_000);
            MnistDownload.Result r = new MnistDownload(server.baseUrl(), dir)
                    .download(MnistDownload.Listener.of(ProgressListener.NONE));
            List<RangeFileServer.Request> reqs = server.requestsFor("train-images-idx3-ubyte.gz");
            assertEquals(2, reqs.size());
            assertTrue(reqs.get(1).range() != null && reqs.get(1).range().startsWith("bytes="), reqs.toString());
            assertEquals(MnistDownload.Outcome.RESUMED, r.files().get(0).outcome());
            assertTrue(new MnistDownload(server.baseUrl(), dir).isComplete());
        }
    }

    @Test
    void aFlippedByteInTheRealFileIsCaught() throws IOException {
        try (RangeFileServer server = RangeFileServer.serving(SharedData.require(SharedData.MNIST))) {
            server.corrupt("t10k-labels-idx1-ubyte.gz", 1_000);
            URI base = server.baseUrl();
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> new MnistDownload(base, dir).download(MnistDownload.Listener.of(ProgressListener.NONE)));
            assertTrue(e.getMessage().startsWith("t10k-labels-idx1-ubyte.gz: ")
                    && e.getMessage().contains("expected ec29112dd5afa0611ce80d1b7f02629c"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("t10k-labels-idx1-ubyte.gz")));
            assertTrue(Files.exists(dir.resolve("train-images-idx3-ubyte.gz")), "verified files stay");
        }
    }
}
