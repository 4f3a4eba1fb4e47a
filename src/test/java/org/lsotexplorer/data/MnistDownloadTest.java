package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Download, resume, verification and error messages against a local server on 127.0.0.1 serving two synthetic
 * files with their own checksums (the real MNIST files are in {@link MnistDownloadRealDataTest}).
 */
class MnistDownloadTest {
    @TempDir
    Path dir;
    RangeFileServer server;
    byte[] big;
    byte[] small;
    List<MnistDownload.RemoteFile> table;

    @BeforeEach
    void start() throws IOException {
        big = new byte[1_000_000];
        new SplittableRandom(7).nextBytes(big);
        small = "a small second file\n".repeat(50).getBytes();
        table = List.of(remote("big.bin", big), remote("small.bin", small));
        server = new RangeFileServer();
        server.put("big.bin", big);
        server.put("small.bin", small);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MnistDownload download(URI base) {
        return new MnistDownload(base, dir, table, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void fullDownloadVerifiesAndReportsProgress() throws IOException {
        List<long[]> overall = new ArrayList<>();
        AtomicLong lastBigBytes = new AtomicLong();
        MnistDownload.Listener listener = new MnistDownload.Listener() {
            @Override
            public void progress(long done, long total) {
                overall.add(new long[] {done, total});
            }

            @Override
            public void fileProgress(String name, long done, long total) {
                if (name.equals("big.bin")) {
                    lastBigBytes.set(done);
                }
            }
        };
        MnistDownload.Result r = download(server.baseUrl()).download(listener);
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("big.bin")));
        assertArrayEquals(small, Files.readAllBytes(dir.resolve("small.bin")));
        assertEquals(List.of(MnistDownload.Outcome.DOWNLOADED, MnistDownload.Outcome.DOWNLOADED),
                r.files().stream().map(MnistDownload.FileResult::outcome).toList());
        assertEquals(big.length + small.length, r.bytesReceived());
        assertEquals(big.length, lastBigBytes.get());
        long total = big.length + small.length;
        assertArrayEquals(new long[] {total, total}, overall.get(overall.size() - 1));
        for (int k = 1; k < overall.size(); k++) {
            assertTrue(overall.get(k)[0] >= overall.get(k - 1)[0], "overall progress never goes back");
        }
        assertFalse(Files.exists(dir.resolve("big.bin.part")));
        assertNull(server.requestsFor("big.bin").get(0).range());

        int before = server.requests.size();
        MnistDownload.Result again = download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE));
        assertEquals(MnistDownload.Outcome.ALREADY_PRESENT, again.files().get(0).outcome());
        assertEquals(before, server.requests.size(), "verified files are not fetched again");
        assertTrue(download(server.baseUrl()).isComplete());
    }

    @Test
    void aConnectionCutMidFileIsResumedWithARangeRequest() throws IOException {
        server.cutNextResponse("big.bin", 300_000);
        MnistDownload.Result r = download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE));
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("big.bin")));
        List<RangeFileServer.Request> reqs = server.requestsFor("big.bin");
        assertEquals(2, reqs.size());
        assertNull(reqs.get(0).range());
        assertTrue(reqs.get(1).range().matches("bytes=\\d+-"), reqs.get(1).range());
        long resumedAt = Long.parseLong(reqs.get(1).range().replaceAll("\\D", ""));
        assertTrue(resumedAt > 0 && resumedAt <= 300_000, "resumed at " + resumedAt);
        assertEquals(MnistDownload.Outcome.RESUMED, r.files().get(0).outcome());
        assertEquals(2, r.files().get(0).requests());
    }

    @Test
    void aStalledTransferIsAbandonedAndResumed() throws IOException {
        byte[] mid = new byte[100_000];
        new SplittableRandom(3).nextBytes(mid);
        server.put("mid.bin", mid);
        server.throttleMillisPer64k = 3_000;               // 64 KiB, then silence longer than the stall limit
        MnistDownload d = new MnistDownload(server.baseUrl(), dir, List.of(remote("mid.bin", mid)),
                Duration.ofSeconds(5), Duration.ofMillis(400));
        long t0 = System.nanoTime();
        MnistDownload.Result r = d.download(MnistDownload.Listener.of(ProgressListener.NONE));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2_500, "the stall limit, not the server, decides");
        assertEquals("bytes=65536-", server.requestsFor("mid.bin").get(1).range());
        assertEquals(MnistDownload.Outcome.RESUMED, r.files().get(0).outcome());
        assertArrayEquals(mid, Files.readAllBytes(dir.resolve("mid.bin")));
    }

    @Test
    void aServerThatIgnoresRangeRestartsCleanly() throws IOException {
        Files.write(dir.resolve("big.bin.part"), new byte[] {1, 2, 3, 4, 5});   // a stale, wrong prefix
        server.ignoreRange = true;
        MnistDownload.Result r = download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE));
        assertEquals("bytes=5-", server.requestsFor("big.bin").get(0).range());
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("big.bin")));
        assertEquals(MnistDownload.Outcome.DOWNLOADED, r.files().get(0).outcome());
    }

    @Test
    void aCorruptedFileIsRejectedAndDeleted() {
        server.corrupt("big.bin", 123_456);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE)));
        String m = e.getMessage();
        assertTrue(m.startsWith("big.bin: downloaded from " + server.baseUrl() + "big.bin is corrupt and was"
                + " deleted"), m);
        assertTrue(m.contains("expected " + table.get(0).md5()) && m.contains("expected " + table.get(0).sha256()), m);
        assertTrue(m.contains("MD5 is ") && !m.contains("MD5 is " + table.get(0).md5()), m);
        assertFalse(Files.exists(dir.resolve("big.bin")));
        assertFalse(Files.exists(dir.resolve("big.bin.part")));
    }

    @Test
    void aLongerFileThanPublishedIsRejected() {
        server.put("small.bin", (new String(small) + "extra").getBytes());
        IOException e = assertThrows(IOException.class,
                () -> download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE)));
        assertTrue(e.getMessage().contains("small.bin sent more than the expected " + small.length + " bytes"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("small.bin.part")));
        assertTrue(Files.exists(dir.resolve("big.bin")));
    }

    @Test
    void notFoundNamesStatusAndUrl() {
        IOException e = assertThrows(IOException.class,
                () -> download(URI.create(server.baseUrl() + "missing/")).download(
                        MnistDownload.Listener.of(ProgressListener.NONE)));
        assertEquals("HTTP 404 Not Found for " + server.baseUrl() + "missing/big.bin", e.getMessage());
    }

    @Test
    void cancellationStopsPromptlyAndALaterCallResumes() throws IOException {
        server.throttleMillisPer64k = 40;                  // about 0.6 s for the big file
        AtomicBoolean cancel = new AtomicBoolean();
        MnistDownload.Listener listener = new MnistDownload.Listener() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void fileProgress(String name, long done, long total) {
                if (done >= 200_000) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        long t0 = System.nanoTime();
        CancellationException e = assertThrows(CancellationException.class,
                () -> download(server.baseUrl()).download(listener));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2_000, "cancellation took " + ms + " ms");
        assertTrue(e.getMessage().contains("kept in big.bin.part"), e.getMessage());
        long kept = Files.size(dir.resolve("big.bin.part"));
        assertTrue(kept >= 200_000 && kept < big.length, "kept " + kept);
        assertFalse(Files.exists(dir.resolve("big.bin")));

        server.throttleMillisPer64k = 0;
        MnistDownload.Result r = download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE));
        assertEquals("bytes=" + kept + "-", server.requestsFor("big.bin").get(1).range());
        assertEquals(MnistDownload.Outcome.RESUMED, r.files().get(0).outcome());
        assertEquals(big.length - kept, r.files().get(0).bytesReceived());
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("big.bin")));
    }

    @Test
    void cancellationKeepsVerifiedFiles() throws IOException {
        download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE));
        MnistDownload.Listener cancelled = MnistDownload.Listener.of(ProgressListener.of((d, t) -> { }, () -> true));
        assertThrows(CancellationException.class,
                () -> new MnistDownload(server.baseUrl(), dir, List.of(table.get(0), remote("new.bin", small)),
                        Duration.ofSeconds(5), Duration.ofSeconds(5)).download(cancelled));
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("big.bin")));
    }

    @Test
    void aRefusedConnectionSaysOffline() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        MnistDownload.UnreachableException e = assertThrows(MnistDownload.UnreachableException.class,
                () -> download(URI.create("http://127.0.0.1:" + port + "/mnist/"))
                        .download(MnistDownload.Listener.of(ProgressListener.NONE)));
        assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1: you appear to be offline; open a local MNIST"
                + " folder instead"), e.getMessage());
    }

    @Test
    void aCorruptLocalFileIsReplaced() throws IOException {
        Files.write(dir.resolve("small.bin"), new byte[small.length]);
        download(server.baseUrl()).download(MnistDownload.Listener.of(ProgressListener.NONE));
        assertArrayEquals(small, Files.readAllBytes(dir.resolve("small.bin")));
    }

    @Test
    void defaultsAreTheMnistTable() {
        assertEquals(4, MnistDownload.MNIST_FILES.size());
        assertEquals(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"), MnistDownload.DEFAULT_BASE_URL);
        assertEquals(11_594_722L, MnistDownload.MNIST_FILES.stream().mapToLong(MnistDownload.RemoteFile::sizeBytes)
                .sum());
        assertEquals(URI.create("http://127.0.0.1:1/m/"), new MnistDownload(URI.create("http://127.0.0.1:1/m"), dir)
                .baseUrl());
    }

    static MnistDownload.RemoteFile remote(String name, byte[] content) {
        return new MnistDownload.RemoteFile(name, content.length, hex("MD5", content), hex("SHA-256", content));
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
