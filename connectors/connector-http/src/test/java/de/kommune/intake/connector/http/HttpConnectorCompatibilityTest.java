package de.kommune.intake.connector.http;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit;
import de.kommune.intake.connector.tck.SampleDocuments;
import de.kommune.intake.connector.tck.StoredDocument;
import de.kommune.intake.connector.tck.TargetProbe;
import org.junit.jupiter.api.AfterEach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTTP connector against the compatibility kit. The target is {@link DmsTestServer}, a real HTTP server on
 * 127.0.0.1 that IGNORES {@code Idempotency-Key} (the harder case: only the connector's state-dir keeps redeliveries
 * from becoming second documents), requires an auth header, and refuses the document type {@code UNBEKANNT}.
 */
class HttpConnectorCompatibilityTest extends DmsConnectorCompatibilityKit {

    private DmsTestServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    protected DmsConnectorProvider provider() {
        return new HttpConnectorProvider();
    }

    @Override
    protected ConnectorSettings settings(Path workDir) throws Exception {
        server = DmsTestServer.start(workDir.resolve("dms")).honourIdempotencyKeys(false)
                .refuseTypes(Set.of("UNBEKANNT")).requireHeader("Authorization", "Bearer tck-secret");
        return ConnectorSettings.of("tck", Map.of("url", server.url(), "state-dir", workDir.resolve("state").toString(),
                "auth-header", "Authorization", "auth-value", "Bearer tck-secret", "send-original", "true",
                "health-url", server.healthUrl()));
    }

    @Override
    protected ConnectorSettings unavailableSettings(Path workDir) throws Exception {
        return ConnectorSettings.of("tck-down", Map.of("url", DmsTestServer.deadUrl(),
                "state-dir", workDir.resolve("state-down").toString(), "connect-timeout", "PT1S"));
    }

    @Override
    protected List<ConnectorSettings> invalidSettings(Path workDir) {
        String state = workDir.resolve("state").toString();
        return List.of(
                ConnectorSettings.of("tck-empty", Map.of()),
                ConnectorSettings.of("tck-no-state", Map.of("url", "http://127.0.0.1:1/api")),
                ConnectorSettings.of("tck-ftp", Map.of("url", "ftp://127.0.0.1/api", "state-dir", state)),
                ConnectorSettings.of("tck-typo", Map.of("url", "http://127.0.0.1:1/api", "state-dir", state,
                        "request-timout", "PT1S")),
                ConnectorSettings.of("tck-timeout", Map.of("url", "http://127.0.0.1:1/api", "state-dir", state,
                        "request-timeout", "30s")),
                ConnectorSettings.of("tck-env", Map.of("url", "http://127.0.0.1:1/api", "state-dir", state,
                        "auth-header", "Authorization", "auth-value-env", "INTAKE_TCK_UNSET_VARIABLE_4711")));
    }

    @Override
    protected FiledDocument documentTheTargetRejects(SampleDocuments samples) {
        return samples.builder().documentType("UNBEKANNT").build();
    }

    /** Asks the DMS, not the connector: every stored document whose metadata part names the document's id. */
    @Override
    protected TargetProbe probe(Path workDir) {
        return document -> {
            Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(document.id()) + "\"");
            return server.documents().stream().filter(d -> id.matcher(d.metadata()).find())
                    .map(d -> new StoredDocument(d.dmsId(), () -> Files.newInputStream(d.pdf()),
                            d.metadata() + "\n" + d.pdfFileName() + "\n" + d.originalFileName()))
                    .toList();
        };
    }
}
