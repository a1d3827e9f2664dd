package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ConnectorSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Connector settings for the test server: the test types, their mappings, and a fresh root folder per call. */
final class CmisTestSettings {

    private static final AtomicInteger ROOTS = new AtomicInteger();

    private CmisTestSettings() {
    }

    /** A root folder name no other test uses, so each test starts with an empty target. */
    static String freshRoot(String prefix) {
        return "/" + prefix + "-" + ROOTS.incrementAndGet();
    }

    static Map<String, String> forRoot(String browserUrl, String root) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("url", browserUrl);
        s.put("binding", "browser");
        s.put("repository-id", InMemoryCmisServer.REPOSITORY_ID);
        s.put("user", InMemoryCmisServer.USER);
        s.put("password-env", InMemoryCmisServer.PASSWORD_ENV);
        s.put("folder-template", root + "/{caseKey}/{documentType}");
        s.put("default-type", CmisTestRepository.DOKUMENT);
        s.put("type-mapping.KONTOAUSZUG", CmisTestRepository.KONTOAUSZUG);
        s.put("attribute-mapping.id", CmisTestRepository.DOCUMENT_ID);
        s.put("attribute-mapping.document-type", "intake:documentType");
        s.put("attribute-mapping.case-key", "intake:caseKey");
        s.put("attribute-mapping.source-file-name", "intake:sourceFileName");
        s.put("attribute-mapping.received-at", "intake:receivedAt");
        s.put("attribute-mapping.review-required", "intake:reviewRequired");
        for (String field : new String[] {"tenantName", "propertyAddress", "landlordName", "baseRent", "iban",
                "accountHolder", "closingBalance", "periodFrom", "bgNumber"}) {
            s.put("property-mapping." + field, "intake:" + field);
        }
        s.put("connect-timeout", "PT2S");
        s.put("read-timeout", "PT30S");
        s.put("retry-after", "PT5S");
        return s;
    }

    static ConnectorSettings of(String name, Map<String, String> values) {
        return ConnectorSettings.of(name, values);
    }

    /** A URL on a port nothing listens on (taken from the OS and released again). */
    static String closedPortUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/inmemory/browser";
    }
}
