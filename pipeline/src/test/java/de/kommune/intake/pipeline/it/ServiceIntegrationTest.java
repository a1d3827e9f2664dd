package de.kommune.intake.pipeline.it;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.pipeline.security.ApiClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as a service: HTTP upload with status tracking, the hot folder, health and Prometheus metrics,
 * all against the embedded broker, the embedded PostgreSQL and the real OCR engine. API calls carry an API
 * client's bearer token; health and Prometheus stay open for monitoring.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceIntegrationTest {

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApiClients apiClients;

    private String token;

    @BeforeEach
    void apiClient() {
        token = apiClients.create("service-test-" + UUID.randomUUID().toString().substring(0, 8), "test");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("intake.data-dir", () -> data.toString());
        registry.add("intake.hot-folder.enabled", () -> "true");
        registry.add("intake.hot-folder.path", () -> data.resolve("hot").toString());
        registry.add("intake.hot-folder.poll-millis", () -> "300");
        registry.add("intake.ocr.workers", () -> "1");
    }

    @Test
    void uploadIsTrackedUntilFiledWithItsHistory() throws Exception {
        byte[] pdf = Samples.bornDigitalPdf(DocumentType.KONTOAUSZUG, 5L);
        HttpResponse<String> accepted = upload("kontoauszug.pdf", pdf);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = json.readTree(accepted.body()).path("id").asString();
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/v1/documents/" + id);

        JsonNode status = awaitTerminal(id);
        assertThat(status.path("status").asString()).isIn("filed", "review");
        assertThat(status.path("documents")).hasSize(1);
        assertThat(status.path("documents").get(0).path("documentType").asString()).isNotBlank();
        List<String> steps = status.path("history").valueStream().map(h -> h.path("status").asString()).toList();
        assertThat(steps).startsWith("RECEIVED", "PROCESSING").contains(status.path("status").asString().toUpperCase());
        // Serve mode holds documents needing review until a person decides; only filed ones are delivered.
        Path indexRecord = data.resolve("filed").resolve(status.path("documents").get(0).path("id").asString()
                + ".json");
        if (status.path("status").asString().equals("filed")) {
            assertThat(indexRecord).exists();
        } else {
            assertThat(indexRecord).doesNotExist();
        }
        PdfAFiles.assertAllPdfA2b(data.resolve("filed"), 1);
    }

    @Test
    void emptyUploadIsRejectedWithAReason() throws Exception {
        String id = json.readTree(upload("leer.pdf", new byte[0]).body()).path("id").asString();
        JsonNode status = awaitTerminal(id);
        assertThat(status.path("status").asString()).isEqualTo("rejected");
        assertThat(status.path("rejectReason").asString()).isEqualTo("EMPTY");
        assertThat(data.resolve("rejected/leer.pdf.reason.json")).exists();
    }

    @Test
    void apiCallsWithoutATokenAreRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/documents/" + UUID.randomUUID())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        assertThat(get("/api/v1/documents/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/documents/..%2F..%2Fetc").statusCode()).isIn(400, 404);
        assertThat(get("/api/v1/documents/not_an_id!").statusCode()).isEqualTo(404);
    }

    @Test
    void hotFolderFilesAreTakenInAndArchived() throws Exception {
        Path hot = Files.createDirectories(data.resolve("hot"));
        Path tmp = data.resolve("brief.tmp");
        Files.write(tmp, Samples.bornDigitalPdf(DocumentType.KUENDIGUNG, 8L));
        Files.move(tmp, hot.resolve("brief.pdf"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        boolean archived = false;
        while (!archived && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            try (Stream<Path> files = Files.walk(hot)) {
                archived = files.anyMatch(p -> p.toString().contains(".archive") && p.endsWith("brief.pdf"));
            }
        }
        assertThat(archived).as("archived after intake").isTrue();
        assertThat(hot.resolve("brief.pdf")).doesNotExist();
    }

    @Test
    void healthAndMetricsAreExposed() throws Exception {
        // Right after start-up Camel reports the hot folder DOWN until its first poll; wait for that.
        JsonNode health = json.readTree(get("/actuator/health").body());
        Instant until = Instant.now().plusSeconds(30);
        while (!health.path("status").asString().equals("UP") && Instant.now().isBefore(until)) {
            Thread.sleep(300);
            health = json.readTree(get("/actuator/health").body());
        }
        assertThat(health.path("status").asString()).as(health.toString()).isEqualTo("UP");
        assertThat(health.path("components").size()).as(health.toString()).isGreaterThan(3);
        assertThat(health.path("components").has("ocrEngine")).as(health.toString()).isTrue();
        assertThat(health.path("components").has("contentStore")).isTrue();
        assertThat(health.path("components").path("broker").path("status").asString()).isEqualTo("UP");

        String id = json.readTree(upload("m.pdf", Samples.bornDigitalPdf(DocumentType.MIETVERTRAG, 3L)).body())
                .path("id").asString();
        awaitTerminal(id);
        String prometheus = get("/actuator/prometheus").body();
        assertThat(prometheus).contains("intake_stage_duration_seconds_count{stage=\"deliver\"")
                .contains("intake_documents_total{").contains("intake_queue_depth{queue=\"intake.ocr\"")
                .contains("intake_pages_total{source=\"text\"");
    }

    private JsonNode awaitTerminal(String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode status = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = get("/api/v1/documents/" + id);
            if (r.statusCode() == 200) {
                status = json.readTree(r.body());
                if (List.of("filed", "review", "rejected").contains(status.path("status").asString())) {
                    return status;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not finished in time: " + status);
    }

    private HttpResponse<String> upload(String name, byte[] content) throws Exception {
        String boundary = "----intake" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
