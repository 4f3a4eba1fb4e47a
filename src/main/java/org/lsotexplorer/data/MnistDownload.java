package org.lsotexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.logging.Logger;

/**
 * Downloads the four MNIST files over HTTPS and verifies each against its published MD5 and SHA-256.
 *
 * <p><b>Source.</b> {@link #DEFAULT_BASE_URL} is {@value #DEFAULT_BASE_URL_TEXT}, the public mirror that
 * torchvision uses; any base URL serving the same file names works (the original {@code yann.lecun.com} site is
 * often unavailable). The expected sizes and hashes are those of the original LeCun/Cortes/Burges files (see
 * {@link #MNIST_FILES}).
 *
 * <p><b>Procedure, per file.</b> A file already in the target folder that matches size, MD5 and SHA-256 is
 * skipped. Otherwise the file is fetched into {@code <name>.part}; bytes already in a part file are kept and the
 * rest is requested with {@code Range: bytes=<n>-}. The server must answer 206 with a matching
 * {@code Content-Range}; if it answers 200, the part is discarded and the download restarts cleanly. A connection
 * lost mid-file is resumed the same way within the call (up to 3 failures in a row without progress). When the
 * part is complete it is verified and then renamed to its final name.
 *
 * <p><b>Progress and cancellation.</b> {@link Listener#fileProgress} reports bytes per file,
 * {@link Listener#progress} bytes over all files (already present files count as done). Cancellation is polled
 * about every 100 ms and ends the call with a {@link CancellationException}; the {@code .part} stays for a later
 * resume and no verified file is ever deleted.
 *
 * <p><b>Failure behaviour.</b> No connection at all: {@link UnreachableException} "cannot reach &lt;host&gt;: you
 * appear to be offline; open a local MNIST folder instead". Checksum mismatch: the corrupt file is deleted and a
 * {@link DataFormatException} names the file and both expected and actual hashes. HTTP error statuses: an
 * {@link IOException} naming the status and URL. Connections have a connect timeout (default 15 s), a header
 * timeout (30 s) and a stall timeout (30 s without a byte). The JVM's proxy settings ({@code https.proxyHost} ...)
 * are honoured; redirects are followed except from HTTPS to HTTP.
 */
public final class MnistDownload {
    /** The default mirror as text. */
    public static final String DEFAULT_BASE_URL_TEXT = "https://ossci-datasets.s3.amazonaws.com/mnist/";
    /** The default mirror, {@value #DEFAULT_BASE_URL_TEXT}. */
    public static final URI DEFAULT_BASE_URL = URI.create(DEFAULT_BASE_URL_TEXT);
    private static final Logger LOG = Logger.getLogger(MnistDownload.class.getName());

    /** A published file: name, size in bytes, lower-case hex MD5 and SHA-256. */
    public record RemoteFile(String name, long sizeBytes, String md5, String sha256) {
        public RemoteFile {
            Objects.requireNonNull(name, "name");
            if (sizeBytes <= 0) {
                throw new IllegalArgumentException("size must be positive");
            }
            md5 = md5.toLowerCase(Locale.ROOT);
            sha256 = sha256.toLowerCase(Locale.ROOT);
        }
    }

    /** The four original MNIST files with their official sizes and checksums. */
    public static final List<RemoteFile> MNIST_FILES = List.of(
            new RemoteFile("train-images-idx3-ubyte.gz", 9_912_422, "f68b3c2dcbeaaa9fbdd348bbdeb94873",
                    "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
            new RemoteFile("train-labels-idx1-ubyte.gz", 28_881, "d53e105ee54ea40749a09fcbcd1e9432",
                    "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
            new RemoteFile("t10k-images-idx3-ubyte.gz", 1_648_877, "9fb629c4189551a2d022fa330f9573f3",
                    "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
            new RemoteFile("t10k-labels-idx1-ubyte.gz", 4_542, "ec29112dd5afa0611ce80d1b7f02629c",
                    "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"));

    /** How a file ended up in the folder. */
    public enum Outcome { ALREADY_PRESENT, DOWNLOADED, RESUMED }

    /** One file's outcome, the body bytes received for it and the HTTP requests sent. */
    public record FileResult(String name, Outcome outcome, long bytesReceived, int requests) {
    }

    /** All files' outcomes, in table order. */
    public record Result(List<FileResult> files) {
        public Result {
            files = List.copyOf(files);
        }

        public long bytesReceived() {
            return files.stream().mapToLong(FileResult::bytesReceived).sum();
        }
    }

    /** Byte progress per file and overall ({@link #progress}); cancellation via {@link #isCancelled}. */
    public interface Listener extends ProgressListener {
        /** Bytes of {@code fileName} present so far out of {@code total}. */
        default void fileProgress(String fileName, long done, long total) {
        }

        /** Wraps a plain listener (overall progress and cancellation only). */
        static Listener of(ProgressListener p) {
            return new Listener() {
                @Override
                public void progress(long done, long total) {
                    p.progress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            };
        }
    }

    /** No host could be reached; the GUI should offer to open a local MNIST folder. */
    public static final class UnreachableException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final URI baseUrl;
    private final Path targetDir;
    private final List<RemoteFile> files;
    private final Duration connectTimeout;
    private final Duration stallTimeout;

    /** The four MNIST files from {@code baseUrl} into {@code targetDir}, default timeouts. */
    public MnistDownload(URI baseUrl, Path targetDir) {
        this(baseUrl, targetDir, MNIST_FILES, Duration.ofSeconds(15), Duration.ofSeconds(30));
    }

    /**
     * Any set of published files (e.g. Fashion-MNIST) from {@code baseUrl} into {@code targetDir}.
     *
     * @param connectTimeout limit for opening a connection
     * @param stallTimeout limit for waiting for response headers or for the next body bytes
     */
    public MnistDownload(URI baseUrl, Path targetDir, List<RemoteFile> files, Duration connectTimeout,
            Duration stallTimeout) {
        String u = baseUrl.toString();
        this.baseUrl = URI.create(u.endsWith("/") ? u : u + "/");
        this.targetDir = Objects.requireNonNull(targetDir, "targetDir");
        this.files = List.copyOf(files);
        this.connectTimeout = connectTimeout;
        this.stallTimeout = stallTimeout;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Path targetDir() {
        return targetDir;
    }

    /** Whether every file is already present and verified (reads and hashes them). */
    public boolean isComplete() throws IOException {
        for (RemoteFile f : files) {
            if (!verified(targetDir.resolve(f.name()), f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Downloads and verifies every file that is not already present and verified.
     *
     * @throws UnreachableException when the host cannot be reached
     * @throws DataFormatException when a downloaded file fails its checksums (it is deleted)
     * @throws CancellationException when {@code listener} cancels (partial files are kept for resuming)
     * @throws IOException for HTTP errors and disk errors
     */
    public Result download(Listener listener) throws IOException {
        Files.createDirectories(targetDir);
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.getDefault()).build();
        ResumableFetch fetch = new ResumableFetch(client, stallTimeout, stallTimeout);
        long total = files.stream().mapToLong(RemoteFile::sizeBytes).sum();
        long doneBefore = 0;
        List<FileResult> results = new ArrayList<>();
        for (RemoteFile f : files) {
            results.add(downloadOne(fetch, f, listener, doneBefore, total));
            doneBefore += f.sizeBytes();
            listener.progress(doneBefore, total);
        }
        return new Result(results);
    }

    private FileResult downloadOne(ResumableFetch fetch, RemoteFile f, Listener listener, long doneBefore,
            long total) throws IOException {
        Path target = targetDir.resolve(f.name());
        Path part = targetDir.resolve(f.name() + ".part");
        if (Files.exists(target)) {
            if (verified(target, f)) {
                Files.deleteIfExists(part);
                listener.fileProgress(f.name(), f.sizeBytes(), f.sizeBytes());
                return new FileResult(f.name(), Outcome.ALREADY_PRESENT, 0, 0);
            }
            LOG.warning(() -> target + " does not match the published checksums; downloading it again");
        }
        if (listener.isCancelled()) {
            throw new CancellationException("MNIST download cancelled before " + f.name());
        }
        URI uri = baseUrl.resolve(f.name());
        ResumableFetch.Stats stats;
        try {
            stats = fetch.fetch(uri, part, f.sizeBytes(), (have, size) -> {
                listener.fileProgress(f.name(), have, size);
                listener.progress(doneBefore + have, total);
            }, listener::isCancelled);
        } catch (ResumableFetch.Unreachable e) {
            throw new UnreachableException("cannot reach " + uri.getHost() + ": you appear to be offline; open a"
                    + " local MNIST folder instead (" + e.getMessage() + ")", e);
        } catch (CancellationException e) {
            long kept = Files.exists(part) ? Files.size(part) : 0;
            throw new CancellationException(String.format(Locale.ROOT, "MNIST download cancelled during %s;"
                    + " %,d of %,d bytes are kept in %s, download again to resume", f.name(), kept, f.sizeBytes(),
                    part.getFileName()));
        }
        String[] hashes = hashes(part);
        if (!hashes[0].equals(f.md5()) || !hashes[1].equals(f.sha256())) {
            Files.deleteIfExists(part);
            throw new DataFormatException(target, "downloaded from " + uri + " is corrupt and was deleted: MD5 is "
                    + hashes[0] + ", expected " + f.md5() + "; SHA-256 is " + hashes[1] + ", expected "
                    + f.sha256() + "; download again or try another mirror");
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new FileResult(f.name(), stats.resumed() ? Outcome.RESUMED : Outcome.DOWNLOADED,
                stats.bytesReceived(), stats.requests());
    }

    private static boolean verified(Path file, RemoteFile f) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != f.sizeBytes()) {
            return false;
        }
        String[] h = hashes(file);
        return h[0].equals(f.md5()) && h[1].equals(f.sha256());
    }

    /** Lower-case hex MD5 and SHA-256 of a file, in one pass. */
    static String[] hashes(Path file) throws IOException {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha = digest("SHA-256");
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md5.update(buf, 0, n);
                sha.update(buf, 0, n);
            }
        }
        HexFormat hex = HexFormat.of();
        return new String[] {hex.formatHex(md5.digest()), hex.formatHex(sha.digest())};
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
