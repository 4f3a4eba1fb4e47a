package org.lsotexplorer.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A test HTTP server on 127.0.0.1 (ephemeral port) serving byte arrays by name, with {@code Range: bytes=a-} /
 * {@code bytes=a-b} support and switches for faults: cut the first response of a file after N bytes, ignore
 * Range, flip a byte, throttle. It records every request's path and Range header.
 */
final class RangeFileServer implements AutoCloseable {
    /** One request as seen by the server: the file name and its Range header (or null). */
    record Request(String name, String range) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "range-file-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Long> cutFirstResponseAfter = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile boolean ignoreRange;
    volatile long throttleMillisPer64k;

    RangeFileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** Serves every regular file of {@code dir} under its name. */
    static RangeFileServer serving(Path dir) throws IOException {
        RangeFileServer s = new RangeFileServer();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.filter(Files::isRegularFile)::iterator) {
                s.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return s;
    }

    void put(String name, byte[] content) {
        files.put(name, content.clone());
    }

    /** Serves {@code name} with one byte changed. */
    void corrupt(String name, int at) {
        files.get(name)[at] ^= 0x40;
    }

    /** The next full or partial response for {@code name} breaks off after {@code bytes} body bytes. */
    void cutNextResponse(String name, long bytes) {
        cutFirstResponseAfter.put(name, bytes);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mnist/");
    }

    List<Request> requestsFor(String name) {
        return requests.stream().filter(r -> r.name().equals(name)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String range = ex.getRequestHeaders().getFirst("Range");
        requests.add(new Request(name, range));
        byte[] body = files.get(name);
        if (body == null || !path.equals("/mnist/" + name)) {
            send(ex, 404, new byte[0], 0, 0);
            return;
        }
        long start = 0;
        long end = body.length - 1;
        int status = 200;
        if (range != null && !ignoreRange && range.startsWith("bytes=")) {
            String[] ab = range.substring(6).split("-", -1);
            start = Long.parseLong(ab[0]);
            if (!ab[1].isEmpty()) {
                end = Math.min(end, Long.parseLong(ab[1]));
            }
            if (start >= body.length) {
                ex.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
                send(ex, 416, new byte[0], 0, 0);
                return;
            }
            status = 206;
            ex.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + end + "/" + body.length);
        }
        ex.getResponseHeaders().add("Accept-Ranges", "bytes");
        send(ex, status, body, (int) start, (int) (end - start + 1));
    }

    private void send(HttpExchange ex, int status, byte[] body, int from, int length) throws IOException {
        Long cut = length > 0 ? cutFirstResponseAfter.remove(nameOf(ex)) : null;
        ex.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length == 0) {
            ex.close();
            return;
        }
        OutputStream out = ex.getResponseBody();
        int limit = cut == null ? length : (int) Math.min(length, cut);
        try {
            for (int off = 0; off < limit; off += 65536) {
                out.write(body, from + off, Math.min(65536, limit - off));
                out.flush();
                if (throttleMillisPer64k > 0) {
                    Thread.sleep(throttleMillisPer64k);
                }
            }
            if (cut != null) {
                throw new IOException("test server: connection cut after " + limit + " bytes");
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away, or we cut the connection on purpose: closing the exchange without the
            // promised bytes makes the server drop the connection
            ex.close();
        }
    }

    private static String nameOf(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
