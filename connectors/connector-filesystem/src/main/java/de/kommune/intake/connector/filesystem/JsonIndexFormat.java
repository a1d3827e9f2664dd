package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.FiledDocument;

import java.nio.charset.StandardCharsets;

/** The contract's index record ({@code spec/index-record.md}) exactly as the pipeline built it: {@code <id>.json}. */
final class JsonIndexFormat implements IndexFormat {

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public byte[] render(FiledDocument document, String pdfFileName) {
        return document.indexRecordJson().getBytes(StandardCharsets.UTF_8);
    }
}
