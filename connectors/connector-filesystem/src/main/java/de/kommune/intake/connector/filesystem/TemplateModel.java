package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * What an index template sees. Top-level names:
 * <ul>
 *   <li>{@code id}, {@code documentType}, {@code caseKey}, {@code target}, {@code sourceFileName} (relative path),
 *       {@code sourceName} (its last segment), {@code pdfFileName}, {@code textFileName}</li>
 *   <li>{@code receivedAt} (ISO-8601 instant), {@code receivedDate} ({@code dd.MM.yyyy}, Europe/Berlin)</li>
 *   <li>{@code reviewRequired} (boolean, usable as a section), {@code reviewReasons} (list of codes),
 *       {@code reviewReasonsText} (codes joined by {@code ", "})</li>
 *   <li>{@code field.<code>}: one extracted field, absent ones are empty/false; {@code fields}: all of them,
 *       sorted by code. Each field has {@code code}, {@code value} (normalised), {@code date} ({@code dd.MM.yyyy} when the
 *       value is a {@code YYYY-MM-DD} date, else empty), {@code confidence}, {@code page}.</li>
 * </ul>
 */
final class TemplateModel {

    static final ZoneId GERMAN_TIME = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TemplateModel() {
    }

    static Map<String, Object> of(FiledDocument d, String pdfFileName, String textFileName) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        new TreeMap<>(d.fields()).forEach((code, value) -> byCode.put(code, field(code, value)));
        return model(d.id(), d.documentType(), d.caseKey(), d.target(), d.reviewRequired(), d.reviewReasons(),
                d.sourceFileName(), d.receivedAt(), pdfFileName, textFileName, new FieldLookup(byCode, null),
                new ArrayList<>(byCode.values()));
    }

    /**
     * A model in which every name is set and every {@code field.<code>} exists, so that rendering it once visits
     * every section: a misspelt name then fails at {@code create()}, not at the first document.
     */
    static Map<String, Object> sample() {
        Map<String, Object> sampleField = field("sample", new FieldValue("2025-03-01", 1.0, 1));
        return model("sample-id", "SONSTIGES", "12345BG0012345", "sample", true, List.of("LOW_TYPE_CONFIDENCE"),
                "sample/file.pdf", Instant.EPOCH, "sample-id.pdf", "sample-id.txt",
                new FieldLookup(Map.of(), sampleField), List.of(sampleField));
    }

    private static Map<String, Object> model(String id, String documentType, String caseKey, String target,
                                             boolean reviewRequired, List<String> reviewReasons,
                                             String sourceFileName, Instant receivedAt, String pdfFileName,
                                             String textFileName, Map<String, Object> fieldLookup,
                                             List<Map<String, Object>> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("documentType", documentType);
        m.put("caseKey", caseKey);
        m.put("target", target);
        m.put("reviewRequired", reviewRequired);
        m.put("reviewReasons", reviewReasons);
        m.put("reviewReasonsText", String.join(", ", reviewReasons));
        m.put("sourceFileName", sourceFileName);
        m.put("sourceName", sourceFileName == null ? null : sourceFileName.substring(sourceFileName.lastIndexOf('/') + 1));
        m.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
        m.put("receivedDate", receivedAt == null ? null : GERMAN_DATE.format(receivedAt.atZone(GERMAN_TIME)));
        m.put("pdfFileName", pdfFileName);
        m.put("textFileName", textFileName);
        m.put("field", fieldLookup);
        m.put("fields", fields);
        return m;
    }

    private static Map<String, Object> field(String code, FieldValue value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("value", value.value());
        f.put("date", germanDate(value.value()));
        f.put("confidence", value.confidence());
        f.put("page", value.page());
        return f;
    }

    static String germanDate(String value) {
        if (value == null || value.length() != 10) {
            return null;
        }
        try {
            return GERMAN_DATE.format(LocalDate.parse(value));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /**
     * {@code field.<code>}: answers every code, with {@code null} for fields the document lacks, so a template can
     * name fields of every document type without failing on the types that lack them.
     */
    private static final class FieldLookup extends AbstractMap<String, Object> {

        private final Map<String, Map<String, Object>> byCode;
        private final Map<String, Object> whenAbsent;

        FieldLookup(Map<String, Map<String, Object>> byCode, Map<String, Object> whenAbsent) {
            this.byCode = byCode;
            this.whenAbsent = whenAbsent;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Object get(Object key) {
            Object found = byCode.get(key);
            return found != null ? found : whenAbsent;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> copy = new LinkedHashMap<>(byCode);
            return copy.entrySet();
        }
    }
}
