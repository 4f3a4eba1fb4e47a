package org.lsotexplorer.data;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One file fetched over HTTP into a {@code .part} file, resuming with {@code Range: bytes=<have>-} from what the
 * part already holds. A 206 answer must start at the requested byte (checked against {@code Content-Range}); a
 * 200 answer to a Range request means the server ignored it, so the part is truncated and filled from byte 0.
 * A connection lost mid-body is retried with a new Range request, up to {@link #MAX_FAILURES_WITHOUT_PROGRESS}
 * consecutive failures that added no byte. The body is read through a queue polled every 100 ms, so that
 * cancellation and a stalled server ({@code stallTimeout} without a byte) are noticed promptly.
 */
final class ResumableFetch {
    static final int MAX_FAILURES_WITHOUT_PROGRESS = 3;
    static final long POLL_MILLIS = 100;

    /** Byte counts for the progress callback: bytes in the part, expected size. */
    interface Progress {
        void update(long have, long expected);
    }

    /** What a fetch took: HTTP requests sent, body bytes received, whether a Range request was answered with 206. */
    record Stats(int requests, long bytesReceived, boolean resumed) {
    }

    /** The host could not be reached at all (refused, unknown, unroutable, connect timeout). */
    static final class Unreachable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreachable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** A transfer that broke off after the headers; worth another Range request. */
    private static final class Broken extends IOException {
        private static final long serialVersionUID = 1L;

        Broken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration stallTimeout;

    ResumableFetch(HttpClient client, Duration requestTimeout, Duration stallTimeout) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.stallTimeout = stallTimeout;
    }

    /**
     * Fills {@code part} up to {@code expectedSize} bytes from {@code uri}.
     *
     * @throws Unreachable when no connection can be made
     * @throws CancellationException when {@code cancelled} answers true (the part is kept)
     * @throws IOException for an HTTP error status, a wrong Content-Range, too many broken transfers, or disk errors
     */
    Stats fetch(URI uri, Path part, long expectedSize, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        int requests = 0;
        long[] received = {0};
        boolean resumed = false;
        int failures = 0;
        while (true) {
            long before = Files.exists(part) ? Files.size(part) : 0;
            if (before > expectedSize) {
                Files.delete(part);
                before = 0;
            }
            if (before == expectedSize) {
                return new Stats(requests, received[0], resumed);
            }
            requests++;
            try {
                resumed |= attempt(uri, part, before, expectedSize, progress, cancelled, received);
            } catch (Broken e) {
                long after = Files.exists(part) ? Files.size(part) : 0;
                failures = after > before ? 0 : failures + 1;
                if (failures >= MAX_FAILURES_WITHOUT_PROGRESS) {
                    throw new IOException(String.format(Locale.ROOT, "download of %s broke off %d times without"
                            + " progress (%s); %,d of %,d bytes are kept in %s, run the download again to resume",
                            uri, failures, e.getMessage(), after, expectedSize, part.getFileName()), e);
                }
                sleepUnlessCancelled(200L * failures, cancelled);
            }
        }
    }

    /**
     * One GET; returns normally only when the part holds {@code expectedSize} bytes, with {@code true} when the
     * server honoured a Range request (206).
     */
    private boolean attempt(URI uri, Path part, long have, long expectedSize, Progress progress,
            BooleanSupplier cancelled, long[] received) throws IOException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout)
                .header("Accept-Encoding", "identity");
        if (have > 0) {
            rb.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = send(rb.build(), uri, cancelled);
        BodyQueue body = new BodyQueue();
        response.body().subscribe(body);
        int status = response.statusCode();
        long start;
        if (status == 206 && have > 0) {
            start = contentRangeStart(response).orElse(-1L);
            if (start != have) {
                body.cancel();
                Files.deleteIfExists(part);
                throw new Broken("server answered the Range request for byte " + have + " with Content-Range "
                        + response.headers().firstValue("Content-Range").orElse("(none)") + "; restarting", null);
            }
        } else if (status == 200) {
            start = 0;                                     // full body: a server that ignores Range restarts us
        } else if (status == 416 && have > 0) {
            body.cancel();
            Files.deleteIfExists(part);                    // our part is longer than the file: start over
            throw new Broken("server refused the Range request (416)", null);
        } else {
            body.cancel();
            throw new IOException("HTTP " + status + reason(status) + " for " + uri);
        }
        StandardOpenOption mode = start == 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
        long end;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            end = copyBody(body, out, start, expectedSize, progress, cancelled, received);
        }
        if (end < 0) {
            Files.deleteIfExists(part);
            throw new IOException(uri + " sent more than the expected " + expectedSize
                    + " bytes; it is not the published file");
        }
        if (end < expectedSize) {
            throw new Broken("body ended after " + end + " of " + expectedSize + " bytes", null);
        }
        return status == 206;
    }

    /**
     * Appends the body to {@code out}, adding the bytes to {@code received[0]}; returns the byte position reached,
     * or -1 when the server sent more than {@code expectedSize} bytes.
     */
    private long copyBody(BodyQueue body, FileChannel out, long start, long expectedSize, Progress progress,
            BooleanSupplier cancelled, long[] received) throws IOException {
        long pos = start;
        progress.update(pos, expectedSize);
        long lastData = System.nanoTime();
        while (true) {
            if (cancelled.getAsBoolean()) {
                body.cancel();
                throw new CancellationException("cancelled");
            }
            Object item = body.poll();
            if (item == null) {
                if (System.nanoTime() - lastData > stallTimeout.toNanos()) {
                    body.cancel();
                    throw new Broken("no data for " + stallTimeout.toMillis() + " ms", null);
                }
                continue;
            }
            if (item == BodyQueue.DONE) {
                return pos;
            }
            if (item instanceof Throwable) {
                throw new Broken("connection lost after " + pos + " bytes: " + item, (Throwable) item);
            }
            for (ByteBuffer b : castBuffers(item)) {
                received[0] += b.remaining();
                pos += b.remaining();
                if (pos > expectedSize) {
                    body.cancel();
                    return -1;
                }
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
            lastData = System.nanoTime();
            progress.update(pos, expectedSize);
            body.requestMore();
        }
    }

    private HttpResponse<Flow.Publisher<List<ByteBuffer>>> send(HttpRequest request, URI uri,
            BooleanSupplier cancelled) throws IOException {
        CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> f =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher());
        while (true) {
            if (cancelled.getAsBoolean()) {
                f.cancel(true);
                throw new CancellationException("cancelled");
            }
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll again
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (isUnreachable(cause)) {
                    throw new Unreachable(describe(cause, uri), cause);
                }
                if (cause instanceof java.net.http.HttpTimeoutException) {
                    throw new Broken("no answer within " + requestTimeout.toSeconds() + " s", cause);
                }
                throw cause instanceof IOException ? new Broken(String.valueOf(cause.getMessage()), cause)
                        : new IOException("request to " + uri + " failed: " + cause, cause);
            }
        }
    }

    static boolean isUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException || c instanceof UnresolvedAddressException
                    || c instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t, URI uri) {
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "unknown host " + uri.getHost();
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "connecting to " + uri.getHost() + port + " timed out";
            }
        }
        return "connection to " + uri.getHost() + port + " refused or failed";
    }

    private static Optional<Long> contentRangeStart(HttpResponse<?> r) {
        Optional<String> v = r.headers().firstValue("Content-Range");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String s = v.get().trim();
        if (!s.startsWith("bytes ") || s.indexOf('-') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(s.substring(6, s.indexOf('-')).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String reason(int status) {
        switch (status) {
            case 403: return " Forbidden";
            case 404: return " Not Found";
            case 410: return " Gone";
            case 500: return " Internal Server Error";
            case 503: return " Service Unavailable";
            default: return "";
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ByteBuffer> castBuffers(Object item) {
        return (List<ByteBuffer>) item;
    }

    private static void sleepUnlessCancelled(long millis, BooleanSupplier cancelled) {
        long end = System.currentTimeMillis() + millis;
        try {
            while (System.currentTimeMillis() < end && !cancelled.getAsBoolean()) {
                Thread.sleep(Math.min(50, millis));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
