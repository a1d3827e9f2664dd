package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <id>.csv}: a header line and one line for the document (RFC 4180: CRLF line ends, a value containing the
 * delimiter, a quote or a line break is quoted, quotes doubled; UTF-8 without BOM). Fixed columns first, then one
 * column {@code field.<code>} per extracted field, sorted by code (the document's fields come as an unordered map).
 */
final class CsvIndexFormat implements IndexFormat {

    static final List<String> FIXED_COLUMNS = List.of("id", "documentType", "caseKey", "target", "reviewRequired",
            "reviewReasons", "sourceFileName", "receivedAt", "pdfFileName");

    private final String extension;
    private final char delimiter;

    CsvIndexFormat(String extension, char delimiter) {
        this.extension = extension;
        this.delimiter = delimiter;
    }

    @Override
    public String extension() {
        return extension;
    }

    @Override
    public byte[] render(FiledDocument d, String pdfFileName) {
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        List<String> row = new ArrayList<>(List.of(d.id(), d.documentType(), nullToEmpty(d.caseKey()),
                nullToEmpty(d.target()), String.valueOf(d.reviewRequired()), String.join("|", d.reviewReasons()),
                nullToEmpty(d.sourceFileName()), d.receivedAt() == null ? "" : d.receivedAt().toString(),
                pdfFileName));
        for (Map.Entry<String, FieldValue> f : new TreeMap<>(d.fields()).entrySet()) {
            header.add("field." + f.getKey());
            row.add(nullToEmpty(f.getValue().value()));
        }
        return (line(header) + line(row)).getBytes(StandardCharsets.UTF_8);
    }

    private String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(quote(values.get(i)));
        }
        return out.append("\r\n").toString();
    }

    private String quote(String value) {
        boolean needsQuotes = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
