package de.kommune.intake.connector.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small DMS for the tests: a real HTTP server on 127.0.0.1 (random port) that accepts
 * {@code POST /api/documents} as multipart/form-data, parses it with {@link MultipartReader}, stores every part on
 * disk and answers {@code 201 {"id": "dms-N"}} with a {@code Location}. A document becomes visible only once its
 * whole request was received. It can be told to ignore or honour {@code Idempotency-Key}, to require an auth
 * header, to refuse document types (422, with a body that echoes the metadata, as careless servers do), to answer
 * the next requests with a given status and headers, to stall, and it can be stopped to simulate an outage.
 */
final class DmsTestServer implements AutoCloseable {

    /** A document the DMS holds. */
    record Stored(String dmsId, String metadata, Path pdf, String pdfFileName, String pdfContentType,
                  Path original, String originalFileName, String idempotencyKey) {
    }

    /** A canned answer for the next request. */
    record Canned(int status, Map<String, String> headers, String body) {
    }

    private static final Pattern DOCUMENT_TYPE = Pattern.compile("\"documentType\"\\s*:\\s*\"([^\"]*)\"");

    private final Path storage;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Stored> documents = new CopyOnWriteArrayList<>();
    private final Map<String, String> idsByKey = new ConcurrentHashMap<>();
    private final Queue canned = new Queue();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
    private volatile boolean honourIdempotencyKeys;
    private volatile Set<String> refusedTypes = Set.of();
    private volatile String requiredHeader;
    private volatile String requiredValue;
    private volatile Duration stall = Duration.ZERO;

    private DmsTestServer(Path storage) throws IOException {
        this.storage = Files.createDirectories(storage);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/documents", this::documents);
        server.createContext("/health", this::health);
        server.setExecutor(executor);
    }

    static DmsTestServer start(Path storage) throws IOException {
        DmsTestServer s = new DmsTestServer(storage);
        s.server.start();
        return s;
    }

    /** A URL on 127.0.0.1 where nothing listens (the port was free a moment ago). */
    static String deadUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/api/documents";
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/documents";
    }

    String healthUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    DmsTestServer honourIdempotencyKeys(boolean honour) {
        this.honourIdempotencyKeys = honour;
        return this;
    }

    DmsTestServer refuseTypes(Set<String> types) {
        this.refusedTypes = Set.copyOf(types);
        return this;
    }

    DmsTestServer requireHeader(String name, String value) {
        this.requiredHeader = name;
        this.requiredValue = value;
        return this;
    }

    DmsTestServer stallFor(Duration duration) {
        this.stall = duration;
        return this;
    }

    /** The next request (POST or health) is answered with this, after reading its body. */
    DmsTestServer answerNext(int status, Map<String, String> headers, String body) {
        canned.add(new Canned(status, headers, body));
        return this;
    }

    List<Stored> documents() {
        return List.copyOf(documents);
    }

    int posts() {
        return posts.get();
    }

    List<Map<String, List<String>>> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    /** Closes the port: from now on connections are refused, as when the DMS is down. */
    void stop() {
        server.stop(0);
        executor.shutdownNow();
        try {
            // Let interrupted handlers finish cleaning up before the test's temp dir is deleted.
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Canned next = canned.poll();
            int status = next != null ? next.status() : 200;
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private void documents(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 200 : 405, -1);
                return;
            }
            posts.incrementAndGet();
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            sleep(stall);
            Canned next = canned.poll();
            if (next != null) {
                drain(exchange.getRequestBody());
                respond(exchange, next.status(), next.headers(), next.body());
                return;
            }
            if (requiredHeader != null && !requiredValue.equals(exchange.getRequestHeaders().getFirst(requiredHeader))) {
                drain(exchange.getRequestBody());
                respond(exchange, 401, Map.of(), "{\"error\":\"unauthorized\"}");
                return;
            }
            Path incoming = storage.resolve("incoming").resolve(UUID.randomUUID().toString());
            List<MultipartReader.Part> parts;
            try {
                parts = MultipartReader.read(exchange.getRequestBody(),
                        MultipartReader.boundary(exchange.getRequestHeaders().getFirst("Content-Type")), incoming);
            } catch (IOException broken) {
                // A truncated or malformed upload never becomes a document.
                deleteTree(incoming);
                try {
                    respond(exchange, 400, Map.of(), "{\"error\":\"bad multipart\"}");
                } catch (IOException clientGone) {
                    // the client aborted the upload; nobody is listening for the answer
                }
                return;
            }
            if (!accept(exchange, parts)) {
                deleteTree(incoming);
            }
        }
    }

    /** Stores the document (true) or answers why not (false). */
    private boolean accept(HttpExchange exchange, List<MultipartReader.Part> parts) throws IOException {
        MultipartReader.Part metadata = part(parts, "metadata");
        MultipartReader.Part pdf = part(parts, "file");
        if (metadata == null || pdf == null) {
            respond(exchange, 400, Map.of(), "{\"error\":\"metadata and file parts are required\"}");
            return false;
        }
        String json = metadata.text();
        Matcher type = DOCUMENT_TYPE.matcher(json);
        if (type.find() && refusedTypes.contains(type.group(1))) {
            respond(exchange, 422, Map.of(), "{\"error\":\"unknown document type\",\"echo\":" + json + "}");
            return false;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        synchronized (this) {
            if (honourIdempotencyKeys && key != null && idsByKey.containsKey(key)) {
                String id = idsByKey.get(key);
                respond(exchange, 200, Map.of("Location", "/api/documents/" + id), "{\"id\":\"" + id + "\"}");
                return false;
            }
            String id = "dms-" + counter.incrementAndGet();
            MultipartReader.Part original = part(parts, "original");
            documents.add(new Stored(id, json, pdf.file(), pdf.fileName(), pdf.contentType(),
                    original == null ? null : original.file(), original == null ? null : original.fileName(), key));
            if (key != null) {
                idsByKey.put(key, id);
            }
            respond(exchange, 201, Map.of("Location", "/api/documents/" + id),
                    "{\"status\":\"stored\",\"document\":{\"id\":\"" + id + "\"},\"id\":\"" + id + "\"}");
            return true;
        }
    }

    private static MultipartReader.Part part(List<MultipartReader.Part> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
    }

    private static void respond(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    private static void sleep(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Canned answers, first in first out. */
    private static final class Queue {
        private final ConcurrentLinkedQueue<Canned> items = new ConcurrentLinkedQueue<>();

        void add(Canned c) {
            items.add(c);
        }

        Canned poll() {
            return items.poll();
        }
    }

    /** For assertions: every stored part file (to show nothing else was kept). */
    List<Path> storedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.exists(storage)) {
            try (Stream<Path> all = Files.walk(storage)) {
                all.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }
}
