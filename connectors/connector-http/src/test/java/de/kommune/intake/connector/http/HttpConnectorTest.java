package de.kommune.intake.connector.http;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;
import de.kommune.intake.connector.spi.InvalidSettingsException;
import de.kommune.intake.connector.tck.SampleDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connector against {@link DmsTestServer}: what it sends, and how it reads each kind of answer. */
class HttpConnectorTest {

    @TempDir
    Path work;

    private DmsTestServer server;
    private final SampleDocuments samples = new SampleDocuments();

    @BeforeEach
    void startServer() throws Exception {
        server = DmsTestServer.start(work.resolve("dms"));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void isRegisteredAsHttp() {
        assertThat(ServiceLoader.load(de.kommune.intake.connector.spi.DmsConnectorProvider.class).stream()
                .map(p -> p.get().id())).contains("http");
    }

    @Test
    void postsPdfIndexRecordAndOriginalWithIdempotencyKeyAndAuthFromTheEnvironment() throws Exception {
        server.requireHeader("Authorization", "Bearer s3cr3t");
        HttpConnectorProvider provider = new HttpConnectorProvider(Map.of("DMS_TOKEN", "Bearer s3cr3t")::get);
        DmsConnector connector = provider.create(settings(Map.of("auth-header", "Authorization",
                "auth-value-env", "DMS_TOKEN", "send-original", "true")));
        FiledDocument doc = samples.builder().idempotencyKey("key-4711")
                .sourceFileName("Posteingang/Größe/Überweisung für Jürgen.jpg").build();

        DeliveryResult result = connector.deliver(doc);

        assertThat(result).isEqualTo(new DeliveryResult.Delivered("dms-1"));
        DmsTestServer.Stored stored = server.documents().get(0);
        assertThat(stored.idempotencyKey()).isEqualTo("key-4711");
        assertThat(stored.metadata()).isEqualTo(doc.indexRecordJson());
        assertThat(stored.pdfFileName()).isEqualTo("Überweisung für Jürgen.pdf");
        assertThat(stored.pdfContentType()).isEqualTo("application/pdf");
        assertThat(stored.originalFileName()).isEqualTo("Überweisung für Jürgen.jpg");
        assertThat(SampleDocuments.sha256(Files.newInputStream(stored.pdf()))).isEqualTo(SampleDocuments.sha256(doc.pdf()));
        assertThat(SampleDocuments.sha256(Files.newInputStream(stored.original())))
                .isEqualTo(SampleDocuments.sha256(doc.original()));
        // A fixed Content-Length, not chunked: the strict reader saw the closing delimiter exactly at its end.
        Map<String, List<String>> headers = server.requestHeaders().get(0);
        assertThat(headers).containsKey("Content-length").doesNotContainKey("Transfer-encoding");
        assertThat(Long.parseLong(headers.get("Content-length").get(0)))
                .isGreaterThan(Files.size(stored.pdf()) + Files.size(stored.original()));
    }

    @Test
    void aRedeliveryIsAnsweredFromTheStateDirWithoutASecondPost() throws Exception {
        server.honourIdempotencyKeys(false);
        SampleDocuments.Builder builder = samples.builder();
        DeliveryResult first = connector(Map.of()).deliver(builder.build());
        DeliveryResult again = connector(Map.of()).deliver(builder.build()); // a new instance, as after a restart

        assertThat(again).isEqualTo(first);
        assertThat(server.posts()).isEqualTo(1);
        try (Stream<Path> files = Files.list(work.resolve("state"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("[0-9a-f]{64}\\.id")).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aLostStateDirIsCoveredByATargetThatHonoursIdempotencyKey() throws Exception {
        server.honourIdempotencyKeys(true);
        SampleDocuments.Builder builder = samples.builder();
        DeliveryResult first = connector(Map.of("state-dir", work.resolve("state-a").toString())).deliver(builder.build());
        DeliveryResult again = connector(Map.of("state-dir", work.resolve("state-b").toString())).deliver(builder.build());

        assertThat(again).isEqualTo(first);
        assertThat(server.posts()).isEqualTo(2);
        assertThat(server.documents()).hasSize(1);
    }

    @Test
    void theIdCanComeFromANestedFieldOrTheLocationHeader() throws Exception {
        assertThat(connector(Map.of("id-field", "document.id")).deliver(samples.kontoauszug()))
                .isEqualTo(new DeliveryResult.Delivered("dms-1"));
        assertThat(connector(Map.of("id-from", "location", "state-dir", work.resolve("s2").toString()))
                .deliver(samples.kontoauszug()))
                .isEqualTo(new DeliveryResult.Delivered(server.url().replace("/api/documents", "") + "/api/documents/dms-2"));
    }

    @Test
    void successWithoutAnIdIsRejectedForAPersonAndNotRemembered() throws Exception {
        server.answerNext(201, Map.of(), "{\"status\":\"ok\"}");
        FiledDocument doc = samples.kontoauszug();
        DmsConnector connector = connector(Map.of());

        DeliveryResult result = connector.deliver(doc);

        assertThat(result).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) result).reason()).contains("HTTP 201", "field 'id'");
        assertThat(connector.deliver(doc)).as("not remembered: the next attempt posts again")
                .isEqualTo(new DeliveryResult.Delivered("dms-1"));
    }

    @Test
    void retryAfterInSecondsOrAsADateIsHonouredOn503And429() throws Exception {
        server.answerNext(503, Map.of("Retry-After", "120"), "")
                .answerNext(429, Map.of("Retry-After", "Sat, 01 Jan 2000 00:00:00 GMT"), "")
                .answerNext(408, Map.of(), "");
        DmsConnector connector = connector(Map.of("retry-delay", "PT45S"));
        FiledDocument doc = samples.kontoauszug();

        assertThat(connector.deliver(doc)).isEqualTo(new DeliveryResult.RetryLater(
                "HTTP 503 from " + origin(), Duration.ofSeconds(120)));
        assertThat(connector.deliver(doc)).as("a date in the past: retry soon, not never")
                .isEqualTo(new DeliveryResult.RetryLater("HTTP 429 from " + origin(), Duration.ofSeconds(1)));
        assertThat(connector.deliver(doc)).as("no Retry-After: the configured delay")
                .isEqualTo(new DeliveryResult.RetryLater("HTTP 408 from " + origin(), Duration.ofSeconds(45)));
        assertThat(connector.deliver(doc)).isEqualTo(new DeliveryResult.Delivered("dms-1"));
    }

    @Test
    void aClientErrorIsRejectedWithItsStatusButNeverTheBodyThatEchoesTheDocument() throws Exception {
        server.refuseTypes(Set.of("MIETVERTRAG"));
        FiledDocument doc = samples.withUmlauts();

        DeliveryResult result = connector(Map.of()).deliver(doc);

        assertThat(result).isEqualTo(new DeliveryResult.Rejected("HTTP 422 from " + origin()));
        assertThat(((DeliveryResult.Rejected) result).reason()).doesNotContain(SampleDocuments.NAME_WITH_UMLAUTS);
        assertThat(server.documents()).isEmpty();
    }

    @Test
    void wrongCredentialsAreRejectedAndShownDownByTheHealthCheck() throws Exception {
        server.requireHeader("X-Api-Key", "right");
        DmsConnector connector = connector(Map.of("auth-header", "X-Api-Key", "auth-value", "wrong",
                "health-url", server.url(), "health-method", "GET"));
        assertThat(connector.deliver(samples.kontoauszug())).isEqualTo(new DeliveryResult.Rejected("HTTP 401 from " + origin()));
        server.answerNext(401, Map.of(), "");
        // The GET on the documents URL answers 405 normally; a 401 means the key was refused.
        HealthStatus status = connector(Map.of("health-url", server.healthUrl())).check();
        assertThat(status.up()).isFalse();
        assertThat(status.detail()).contains("401", "credentials refused").doesNotContain("wrong");
    }

    @Test
    void aSlowTargetRunsIntoTheRequestTimeoutAndIsRetried() throws Exception {
        server.stallFor(Duration.ofSeconds(3));
        long start = System.nanoTime();
        DeliveryResult result = connector(Map.of("request-timeout", "PT0.5S")).deliver(samples.kontoauszug());

        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        assertThat(((DeliveryResult.RetryLater) result).reason()).contains("no response", "PT0.5S");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anOutageIsRetriedAndReportedDown() throws Exception {
        DmsConnector connector = connector(Map.of("health-url", server.healthUrl()));
        assertThat(connector.check().up()).isTrue();
        server.stop();

        DeliveryResult result = connector.deliver(samples.kontoauszug());

        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        assertThat(((DeliveryResult.RetryLater) result).after()).isEqualTo(Duration.ofSeconds(30));
        HealthStatus down = connector.check();
        assertThat(down.up()).isFalse();
        assertThat(down.detail()).startsWith("cannot reach http://127.0.0.1:");
    }

    @Test
    void healthCheckCountsA5xxAsDownAnd4xxAsReachable() throws Exception {
        DmsConnector connector = connector(Map.of("health-url", server.healthUrl()));
        server.answerNext(503, Map.of(), "").answerNext(404, Map.of(), "");
        assertThat(connector.check().up()).isFalse();
        assertThat(connector.check()).isEqualTo(HealthStatus.up("HTTP 404 from " + origin()));
    }

    @Test
    void everySettingsProblemIsListedAtOnceAndSecretsAreNotShown() {
        Map<String, String> bad = new HashMap<>(Map.of("url", "http://user:pw@127.0.0.1/x", "auth-header", "Authorization",
                "auth-value", "Bearer TOP-SECRET", "auth-value-env", "X", "id-from", "header", "connect-timeout", "5s",
                "health-method", "POST", "send-original", "ja", "pdf-part", "a\"b", "retry-dealy", "PT1S"));

        assertThatThrownBy(() -> new HttpConnectorProvider(k -> null).create(ConnectorSettings.of("dms-nord", bad)))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).hasSize(9))
                .hasMessageContaining("dms-nord").hasMessageContaining("'state-dir' is required")
                .hasMessageContaining("must not carry credentials").hasMessageContaining("exactly one of")
                .hasMessageContaining("unknown setting 'retry-dealy'").hasMessageContaining("ISO-8601")
                .hasMessageNotContaining("TOP-SECRET").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> new HttpConnectorProvider(k -> null).create(settings(Map.of("auth-header", "Authorization",
                "auth-value-env", "DMS_TOKEN"))))
                .hasMessageContaining("environment variable 'DMS_TOKEN' named by 'auth-value-env' is not set");
    }

    @Test
    void namesAndHeadersAreMadeSafe() {
        assertThat(HttpConnector.pdfName("Kontoauszug März.jpg", "id")).isEqualTo("Kontoauszug März.pdf");
        assertThat(HttpConnector.pdfName("", "../../x")).isEqualTo("x.pdf");
        assertThat(HttpConnector.pdfName("..", "id")).isEqualTo("document.pdf");
        assertThat(HttpConnector.headerSafe("4f1c2e9a-0001")).isEqualTo("4f1c2e9a-0001");
        assertThat(HttpConnector.headerSafe("schlüssel\r\nX: y")).doesNotContain("\r", "\n", " ", "ü");
    }

    private String origin() {
        return server.url().replace("/api/documents", "");
    }

    private ConnectorSettings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("url", server.url(), "state-dir", work.resolve("state").toString()));
        values.putAll(extra);
        return ConnectorSettings.of("test", values);
    }

    private DmsConnector connector(Map<String, String> extra) throws InvalidSettingsException {
        return new HttpConnectorProvider().create(settings(extra));
    }
}
