package de.kommune.intake.pipeline.serve;

import de.kommune.intake.pipeline.security.ApiClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One serve-mode application for all serve tests (one Spring context, so one embedded PostgreSQL and broker):
 * real HTTP on 127.0.0.1, real database, real pipeline. Teams: BG numbers 07402BG5000000..9999999 belong to
 * team "sued", everything else to "nord" (the demo users' teams).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ServeModeTestBase {

    static final String SUED_BG = "07402BG7000001";
    static final String NORD_BG = "07402BG1000001";
    static final Path DATA = tempDir();

    @LocalServerPort
    int port;

    @Autowired
    ApiClients apiClients;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void serveProperties(DynamicPropertyRegistry registry) {
        registry.add("intake.data-dir", DATA::toString);
        registry.add("intake.ocr.workers", () -> "1");
        registry.add("intake.teams.default-team", () -> "nord");
        registry.add("intake.teams.case-ranges[0].from", () -> "07402BG5000000");
        registry.add("intake.teams.case-ranges[0].to", () -> "07402BG9999999");
        registry.add("intake.teams.case-ranges[0].team", () -> "sued");
        registry.add("spring.servlet.multipart.max-file-size", () -> "2MB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "3MB");
        registry.add("server.address", () -> "127.0.0.1");
    }

    /** A fresh API client for the calling test class. */
    ApiClient apiClient() {
        String token = apiClients.create("test-" + UUID.randomUUID().toString().substring(0, 8), "test");
        return new ApiClient(port, token);
    }

    /** Uploads a document that needs review, approves it with the given BG number and waits until it is filed. */
    static String filedDocument(ApiClient api, String bgNumber) throws Exception {
        var held = api.uploadAndWait("auszug.txt", unclearText());
        String docId = held.path("documents").get(0).path("id").asString();
        var r = api.post("/api/v1/reviews/" + docId + "/approve",
                "{\"documentType\":\"KONTOAUSZUG\",\"fields\":{\"bgNumber\":\"" + bgNumber
                        + "\",\"closingBalance\":\"12.34\"}}");
        if (r.statusCode() != 202) {
            throw new AssertionError("approve failed: " + r.body());
        }
        api.awaitStatus(held.path("id").asString(), java.util.List.of("filed"));
        return docId;
    }

    /**
     * A bank statement without its closing balance (a required field), so it needs review
     * ({@code MISSING_REQUIRED_FIELD}); unique, so it is never a duplicate.
     */
    static byte[] unclearText() {
        return ("Kontoauszug Nr. 3\nBuchungstag Wertstellung Verwendungszweck Umsätze\nVermerk "
                + UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("intake-serve");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
