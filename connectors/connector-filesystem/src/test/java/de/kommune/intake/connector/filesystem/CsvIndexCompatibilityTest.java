package de.kommune.intake.connector.filesystem;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code index-format: csv} against the compatibility kit; the probe reads each {@code .csv} per RFC 4180. */
class CsvIndexCompatibilityTest extends IndexFormatCompatibilityKit {

    @Override
    protected Map<String, String> formatSettings() {
        return Map.of("index-format", "csv");
    }

    @Override
    protected String indexSuffix() {
        return ".csv";
    }

    @Override
    protected IndexFiles.Parsed parse(byte[] indexFile) {
        return IndexFiles.csvIndex(new String(indexFile, StandardCharsets.UTF_8));
    }
}
