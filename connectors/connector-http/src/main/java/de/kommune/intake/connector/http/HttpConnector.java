package de.kommune.intake.connector.http;

import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs each document once. Before posting it asks the {@link DeliveredKeys} store: a key already delivered gets
 * the stored DMS id back without a request, so a redelivery cannot create a second document even in a target that
 * ignores the {@code Idempotency-Key} header (which is sent anyway, for targets that honour it).
 */
final class HttpConnector implements DmsConnector {

    private static final System.Logger LOG = System.getLogger(HttpConnector.class.getName());
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    private final HttpSettings settings;
    private final HttpClient client;
    private final DeliveredKeys delivered;

    HttpConnector(HttpSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.delivered = new DeliveredKeys(settings.stateDir());
    }

    @Override
    public DeliveryResult deliver(FiledDocument document) {
        String key = document.idempotencyKey();
        DeliveredKeys.Held held;
        try {
            held = delivered.lock(key);
        } catch (IOException e) {
            return retry("state-dir not usable: " + e.getClass().getSimpleName());
        }
        try (held) {
            Optional<String> known = delivered.find(key);
            if (known.isPresent()) {
                return new DeliveryResult.Delivered(known.get());
            }
            DeliveryResult result = post(document);
            if (result instanceof DeliveryResult.Delivered d) {
                try {
                    delivered.remember(key, d.targetId());
                } catch (IOException e) {
                    // The document is in the DMS: report it so. Only a later redelivery could now duplicate it.
                    LOG.log(System.Logger.Level.WARNING, "document {0} delivered but not recorded in state-dir: {1}",
                            document.id(), e.getClass().getSimpleName());
                }
            }
            return result;
        } catch (IOException e) {
            return retry("state-dir not usable: " + e.getClass().getSimpleName());
        }
    }

    private DeliveryResult post(FiledDocument document) {
        MultipartBody body = new MultipartBody(MultipartBody.randomBoundary(), parts(document));
        List<InputStream> opened = new CopyOnWriteArrayList<>();
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(settings.url()).timeout(settings.requestTimeout())
                    .header("Content-Type", body.contentType())
                    .header("Idempotency-Key", headerSafe(document.idempotencyKey()))
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                        InputStream in = body.open();
                        opened.add(in);
                        return in;
                    }), body.length()));
            if (settings.auth() != null) {
                builder.header(settings.auth().name(), settings.auth().value());
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Rejected("cannot build the HTTP request: " + e.getClass().getSimpleName());
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return outcome(response, in);
            }
        } catch (HttpConnectTimeoutException e) {
            return retry("connect timeout to " + origin(settings.url()));
        } catch (HttpTimeoutException e) {
            return retry("no response from " + origin(settings.url()) + " within " + settings.requestTimeout());
        } catch (IOException | UncheckedIOException e) {
            // Connection refused or reset, or the content store failed while the body was being sent.
            return retry("cannot deliver to " + origin(settings.url()) + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry("interrupted");
        } finally {
            for (InputStream in : opened) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing a content stream that already failed; nothing more to do
                }
            }
        }
    }

    private DeliveryResult outcome(HttpResponse<InputStream> response, InputStream body) throws IOException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            Optional<String> id = settings.idFromLocation()
                    ? response.headers().firstValue("Location").map(l -> settings.url().resolve(l).toString())
                    : JsonField.find(new String(body.readNBytes(MAX_RESPONSE_BYTES), StandardCharsets.UTF_8),
                    settings.idField());
            return id.filter(s -> !s.isBlank()).<DeliveryResult>map(DeliveryResult.Delivered::new).orElseGet(() ->
                    new DeliveryResult.Rejected("HTTP " + status + " but no DMS id in the response ("
                            + (settings.idFromLocation() ? "Location header" : "field '" + settings.idField() + "'")
                            + "); check whether the document arrived before sending it again"));
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new DeliveryResult.RetryLater("HTTP " + status + " from " + origin(settings.url()),
                    RetryAfter.delay(response.headers().firstValue("Retry-After"), Instant.now(),
                            settings.retryDelay(), settings.maxRetryAfter()));
        }
        // The body is not quoted: a DMS error page may echo the document's metadata.
        return new DeliveryResult.Rejected("HTTP " + status + " from " + origin(settings.url()));
    }

    private List<MultipartBody.Part> parts(FiledDocument d) {
        List<MultipartBody.Part> parts = new ArrayList<>();
        parts.add(new MultipartBody.Part(settings.parts().metadata(), null,
                bytes(d.indexRecordJson().getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8")));
        String sourceName = lastSegment(d.sourceFileName());
        parts.add(new MultipartBody.Part(settings.parts().pdf(), pdfName(sourceName, d.id()), d.pdf()));
        if (settings.sendOriginal() && d.original() != null) {
            parts.add(new MultipartBody.Part(settings.parts().original(),
                    sourceName.isEmpty() ? d.id() : sourceName, d.original()));
        }
        return parts;
    }

    @Override
    public HealthStatus check() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.healthUrl()).timeout(settings.healthTimeout())
                .method(settings.healthMethod(), HttpRequest.BodyPublishers.noBody());
        if (settings.auth() != null) {
            builder.header(settings.auth().name(), settings.auth().value());
        }
        String where = origin(settings.healthUrl());
        CompletableFuture<HttpResponse<Void>> future =
                client.sendAsync(builder.build(), HttpResponse.BodyHandlers.discarding());
        try {
            // Bounded here as well: the request timeout does not cover every phase of connecting.
            int status = future.get(settings.healthTimeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
            if (status == 401 || status == 403) {
                return HealthStatus.down("HTTP " + status + " from " + where + ": credentials refused");
            }
            return status < 500 ? HealthStatus.up("HTTP " + status + " from " + where)
                    : HealthStatus.down("HTTP " + status + " from " + where);
        } catch (TimeoutException e) {
            future.cancel(true);
            return HealthStatus.down("no answer from " + where + " within " + settings.healthTimeout());
        } catch (ExecutionException e) {
            return HealthStatus.down("cannot reach " + where + ": " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("interrupted");
        }
    }

    private DeliveryResult retry(String reason) {
        return new DeliveryResult.RetryLater(reason, settings.retryDelay());
    }

    /** Scheme, host and port only: paths and queries may carry tokens. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** Keys are normally UUIDs; anything outside visible ASCII is percent-encoded so it stays one valid header. */
    static String headerSafe(String key) {
        return key.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? key : URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    static String lastSegment(String path) {
        if (path == null) {
            return "";
        }
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** The source's name with {@code .pdf}, as a clerk would expect to see it in the DMS; else the id. */
    static String pdfName(String sourceName, String id) {
        String base = sourceName.isEmpty() ? lastSegment(id) : sourceName;
        if (base.matches("\\.*")) {
            return "document.pdf";
        }
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + ".pdf";
    }

    private static ContentSource bytes(byte[] data, String mediaType) {
        return new ContentSource() {
            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(data);
            }

            @Override
            public long size() {
                return data.length;
            }

            @Override
            public String mediaType() {
                return mediaType;
            }
        };
    }
}
