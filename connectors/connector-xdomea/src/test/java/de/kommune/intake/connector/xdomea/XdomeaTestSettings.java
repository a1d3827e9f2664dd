package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.ConnectorSettings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Settings of a reachable test target: a Jobcenter sending to its DMS, with umlauts in the names. */
final class XdomeaTestSettings {

    private XdomeaTestSettings() {
    }

    static Map<String, String> values(Path outDir) {
        Map<String, String> values = new HashMap<>();
        values.put("out-dir", outDir.toString());
        values.put("sender-name", "Jobcenter Münster-Süd");
        values.put("sender-code", "05515000");
        values.put("sender-code-list-uri", "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:ags");
        values.put("sender-code-list-version", "2025-01-31");
        values.put("recipient-name", "Kommunales DMS");
        values.put("recipient-code", "dms-01");
        return values;
    }

    static ConnectorSettings of(String target, Path outDir) {
        return ConnectorSettings.of(target, values(outDir));
    }
}
