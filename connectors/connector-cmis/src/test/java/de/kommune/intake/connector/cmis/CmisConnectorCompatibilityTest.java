package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit;
import de.kommune.intake.connector.tck.SampleDocuments;
import de.kommune.intake.connector.tck.TargetProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CMIS connector against the compatibility kit. The target is a real CMIS 1.1 server (OpenCMIS InMemory in
 * Jetty), started once for the test run; each test files below a root folder of its own. The probe queries the
 * repository by the {@code intake:documentId} property, so a second copy under any name or folder would count.
 */
@ExtendWith(InMemoryCmisServerExtension.class)
class CmisConnectorCompatibilityTest extends DmsConnectorCompatibilityKit {

    private static InMemoryCmisServer server;
    private static CmisTestRepository repository;

    @BeforeAll
    static void connect(InMemoryCmisServer shared) {
        server = shared;
        repository = new CmisTestRepository(server.browserUrl());
    }

    @Override
    protected DmsConnectorProvider provider() {
        return new CmisConnectorProvider();
    }

    @Override
    protected ConnectorSettings settings(Path workDir) {
        return ConnectorSettings.of("tck", CmisTestSettings.forRoot(server.browserUrl(),
                CmisTestSettings.freshRoot("tck")));
    }

    @Override
    protected ConnectorSettings unavailableSettings(Path workDir) throws Exception {
        Map<String, String> values = CmisTestSettings.forRoot(CmisTestSettings.closedPortUrl(),
                CmisTestSettings.freshRoot("tck-down"));
        return ConnectorSettings.of("tck-down", values);
    }

    @Override
    protected List<ConnectorSettings> invalidSettings(Path workDir) {
        String url = server.browserUrl();
        return List.of(
                ConnectorSettings.of("tck-empty", Map.of()),
                ConnectorSettings.of("tck-binding", Map.of("url", url, "binding", "webservices")),
                ConnectorSettings.of("tck-url", Map.of("url", "ftp://dms.example/cmis")),
                ConnectorSettings.of("tck-typo", Map.of("url", url, "folder-templte", "/x")),
                ConnectorSettings.of("tck-placeholder", Map.of("url", url, "folder-template", "/Jobcenter/{bg}")),
                ConnectorSettings.of("tck-timeout", Map.of("url", url, "read-timeout", "30 seconds")),
                ConnectorSettings.of("tck-password-env", Map.of("url", url,
                        "password-env", "INTAKE_CMIS_TEST_NO_SUCH_VARIABLE")),
                ConnectorSettings.of("tck-attribute", Map.of("url", url, "attribute-mapping.bg", "x:bg")));
    }

    /** A Kontoauszug whose BG number does not fit the repository's 14-character property: a constraint violation. */
    @Override
    protected FiledDocument documentTheTargetRejects(SampleDocuments samples) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("iban", new FieldValue("DE89370400440532013000", 0.99, 1));
        fields.put("bgNumber", new FieldValue("12345BG0012345-ALT-2019", 0.7, 1));
        return samples.builder().documentType("KONTOAUSZUG").fields(fields).build();
    }

    @Override
    protected TargetProbe probe(Path workDir) {
        return document -> repository.findByDocumentId(document.id());
    }
}
