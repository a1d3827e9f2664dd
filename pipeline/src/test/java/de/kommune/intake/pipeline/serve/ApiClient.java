package de.kommune.intake.pipeline.serve;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API as an integrator calls it: bearer token, JSON, multipart upload. */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    ApiClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    HttpResponse<String> upload(String name, byte[] content) throws Exception {
        return upload(name, content, token);
    }

    HttpResponse<String> upload(String name, byte[] content, String bearer) throws Exception {
        String boundary = "----intake" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (bearer != null) {
            req.header("Authorization", "Bearer " + bearer);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One multipart part; {@code fileName} {@code null} for a plain form field. */
    record Part(String name, String fileName, byte[] content) {
    }

    /** A multipart POST of form fields and files, e.g. several {@code files} for a batch. */
    HttpResponse<String> multipart(String path, List<Part> parts) throws Exception {
        String boundary = "----intake" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            String disposition = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "\r\n\r\n" : "; filename=\"" + p.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.write(disposition.getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads and waits until the input is final; returns its status document. */
    JsonNode uploadAndWait(String name, byte[] content) throws Exception {
        HttpResponse<String> r = upload(name, content);
        if (r.statusCode() != 202) {
            throw new AssertionError("upload failed: " + r.statusCode() + " " + r.body());
        }
        return awaitStatus(JSON.readTree(r.body()).path("id").asString(), List.of("filed", "review", "rejected"));
    }

    JsonNode awaitStatus(String inputId, List<String> wanted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode status = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = get("/api/v1/documents/" + inputId);
            if (r.statusCode() == 200) {
                status = JSON.readTree(r.body());
                if (wanted.contains(status.path("status").asString())) {
                    return status;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not " + wanted + " in time: " + status);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
