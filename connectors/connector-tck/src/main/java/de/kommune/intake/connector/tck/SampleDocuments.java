package de.kommune.intake.connector.tck;

import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Documents for connector tests, shaped like the ones the pipeline delivers: a tiny valid one-page PDF, UTF-8 text
 * with form feeds between pages, the original, and the index record in the contract's JSON form
 * ({@code spec/index-record.md}), built from the same values as the {@link FiledDocument}'s fields.
 *
 * <p>Every content source a built document carries is a {@link TrackingContentSource} registered here, so a test
 * can ask afterwards whether the connector closed every stream it opened ({@link #streamProblems()}). As in the
 * pipeline, the idempotency key equals the document id unless set otherwise.
 */
public final class SampleDocuments {

    public static final Instant RECEIVED_AT = Instant.parse("2025-03-01T09:14:03Z");

    /** Field values, a case key and a file name with umlauts, ß and €, as they occur in real Jobcenter mail. */
    public static final String NAME_WITH_UMLAUTS = "Jürgen Weiß-Öztürk";
    public static final String ADDRESS_WITH_UMLAUTS = "Äußere Straße 7, 80331 München";
    public static final String SENDER_WITH_EURO = "Müller € Söhne GbR";
    public static final String FILE_NAME_WITH_UMLAUTS = "Posteingang/Größe/Überweisung 1.234,56 € für Jürgen.pdf";

    private final List<TrackingContentSource> sources = new CopyOnWriteArrayList<>();

    /** A Kontoauszug with case key, fields, PDF, text and original; a new id on every call. */
    public FiledDocument kontoauszug() {
        return builder().build();
    }

    /** A Mietvertrag whose fields and source file name carry umlauts, ß and €. */
    public FiledDocument withUmlauts() {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("tenantName", new FieldValue(NAME_WITH_UMLAUTS, 0.93, 1));
        fields.put("propertyAddress", new FieldValue(ADDRESS_WITH_UMLAUTS, 0.88, 1));
        fields.put("landlordName", new FieldValue(SENDER_WITH_EURO, 0.9, 1));
        fields.put("baseRent", new FieldValue("1234.56", 0.97, 2));
        return builder().documentType("MIETVERTRAG").fields(fields).sourceFileName(FILE_NAME_WITH_UMLAUTS)
                .text("Mietvertrag zwischen " + SENDER_WITH_EURO + " und " + NAME_WITH_UMLAUTS
                        + "\fGrundmiete 1.234,56 €")
                .build();
    }

    /** The least the pipeline can send: no case key, no original, no fields, empty text, review required. */
    public FiledDocument minimal() {
        return builder().documentType("SONSTIGES").fields(Map.of()).caseKey(null).original(null).text("")
                .reviewRequired(true).reviewReasons(List.of("LOW_TYPE_CONFIDENCE")).build();
    }

    public Builder builder() {
        return new Builder();
    }

    /** Every tracked source handed out so far. */
    public List<TrackingContentSource> sources() {
        return List.copyOf(sources);
    }

    /** Streams left open or read after close, over all documents built so far. */
    public List<String> streamProblems() {
        List<String> problems = new ArrayList<>();
        sources.forEach(s -> problems.addAll(s.problems()));
        return problems;
    }

    /** Wraps {@code source} in a registered {@link TrackingContentSource} (sources already tracked stay as they are). */
    public ContentSource track(String name, ContentSource source) {
        if (source == null || source instanceof TrackingContentSource) {
            return source;
        }
        TrackingContentSource tracked = new TrackingContentSource(name, source);
        sources.add(tracked);
        return tracked;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Content

    public static ContentSource bytes(byte[] data, String mediaType) {
        byte[] copy = data.clone();
        return new ContentSource() {
            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public String mediaType() {
                return mediaType;
            }
        };
    }

    public static ContentSource text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    /**
     * A PDF-shaped source of exactly {@code size} bytes ({@code %PDF-} header, one large binary stream object,
     * trailer) generated while it is read: never held in memory, the same bytes on every open.
     */
    public static ContentSource generatedPdf(long size) {
        return new GeneratedPdf(size);
    }

    /** A source whose streams fail with an {@link IOException} after {@code failAfter} bytes, like a lost NFS mount. */
    public static ContentSource failingAfter(ContentSource source, long failAfter) {
        return new ContentSource() {
            @Override
            public InputStream openStream() throws IOException {
                InputStream in = source.openStream();
                return new InputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (read >= failAfter) {
                            throw new IOException("simulated failure of the content store after " + read + " bytes");
                        }
                        int n = in.read(b, off, (int) Math.min(len, failAfter - read));
                        if (n > 0) {
                            read += n;
                        }
                        return n;
                    }

                    @Override
                    public void close() throws IOException {
                        in.close();
                    }
                };
            }

            @Override
            public long size() {
                return source.size();
            }

            @Override
            public String mediaType() {
                return source.mediaType();
            }
        };
    }

    /** SHA-256 of a source's content (hex), streamed. Tracked sources are read through their delegate. */
    public static String sha256(ContentSource source) throws IOException {
        ContentSource s = source instanceof TrackingContentSource t ? t.delegate() : source;
        try (InputStream in = s.openStream()) {
            return sha256(in);
        }
    }

    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A valid one-page PDF (correct cross-reference table) showing {@code line}, which must be ASCII. */
    public static byte[] tinyPdf(String line) {
        String content = "BT /F1 14 Tf 72 770 Td (" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET\n";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The index record in the contract's JSON form, built from the document's own values. */
    public static String indexRecordJson(String id, String documentType, Map<String, FieldValue> fields,
                                         String caseKey, String target, boolean reviewRequired,
                                         List<String> reviewReasons, String sourceFileName, Instant receivedAt) {
        StringBuilder json = new StringBuilder("{\"id\":").append(quote(id));
        json.append(",\"source\":{\"fileName\":").append(quote(sourceFileName)).append(",\"channel\":\"batch\"")
                .append(",\"pages\":[1],\"receivedAt\":").append(quote(String.valueOf(receivedAt))).append('}');
        json.append(",\"documentType\":").append(quote(documentType)).append(",\"typeConfidence\":0.94");
        json.append(",\"fields\":{");
        String sep = "";
        for (Map.Entry<String, FieldValue> e : fields.entrySet()) {
            json.append(sep).append(quote(e.getKey())).append(":{\"value\":").append(quote(e.getValue().value()))
                    .append(",\"confidence\":").append(e.getValue().confidence())
                    .append(",\"page\":").append(e.getValue().page()).append('}');
            sep = ",";
        }
        json.append("},\"pageCount\":1,\"language\":\"deu\"");
        json.append(",\"review\":{\"required\":").append(reviewRequired).append(",\"reasons\":[");
        json.append(String.join(",", reviewReasons.stream().map(SampleDocuments::quote).toList())).append("]}");
        json.append(",\"routing\":{\"target\":").append(quote(target)).append(",\"caseKey\":")
                .append(caseKey == null ? "null" : quote(caseKey)).append("}}");
        return json.toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Builds one document; {@link #build()} may be called again for a fresh instance with fresh streams. */
    public final class Builder {

        private String id = UUID.randomUUID().toString();
        private String idempotencyKey;
        private String documentType = "KONTOAUSZUG";
        private Map<String, FieldValue> fields = defaultFields();
        private String caseKey = "12345BG0012345";
        private String target = "leistung";
        private boolean reviewRequired;
        private List<String> reviewReasons = List.of();
        private String sourceFileName = "scans/2025-03-01/kontoauszug_0007.pdf";
        private Instant receivedAt = RECEIVED_AT;
        private ContentSource pdf = bytes(tinyPdf("Kontoauszug Nr. 3/2025"), "application/pdf");
        private ContentSource text = SampleDocuments.text("Kontoauszug Nr. 3/2025\fNeuer Kontostand 1.234,56 EUR");
        private ContentSource original = bytes(tinyPdf("Kontoauszug Nr. 3/2025 (Original)"), "application/pdf");
        private String indexRecordJson;

        private static Map<String, FieldValue> defaultFields() {
            Map<String, FieldValue> f = new LinkedHashMap<>();
            f.put("iban", new FieldValue("DE89370400440532013000", 0.99, 1));
            f.put("accountHolder", new FieldValue("Erika Mustermann", 0.95, 1));
            f.put("periodFrom", new FieldValue("2025-02-01", 0.9, 1));
            f.put("periodTo", new FieldValue("2025-02-28", 0.9, 1));
            f.put("closingBalance", new FieldValue("1234.56", 0.81, 1));
            f.put("bgNumber", new FieldValue("12345BG0012345", 0.98, 1));
            return f;
        }

        public Builder id(String id) {
            this.id = Objects.requireNonNull(id);
            return this;
        }

        /** Defaults to the id, as in the pipeline. */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        public Builder documentType(String documentType) {
            this.documentType = documentType;
            return this;
        }

        public Builder fields(Map<String, FieldValue> fields) {
            this.fields = new LinkedHashMap<>(fields);
            return this;
        }

        public Builder caseKey(String caseKey) {
            this.caseKey = caseKey;
            return this;
        }

        public Builder target(String target) {
            this.target = target;
            return this;
        }

        public Builder reviewRequired(boolean reviewRequired) {
            this.reviewRequired = reviewRequired;
            return this;
        }

        public Builder reviewReasons(List<String> reviewReasons) {
            this.reviewReasons = List.copyOf(reviewReasons);
            return this;
        }

        public Builder sourceFileName(String sourceFileName) {
            this.sourceFileName = sourceFileName;
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public Builder pdf(ContentSource pdf) {
            this.pdf = pdf;
            return this;
        }

        public Builder text(String text) {
            this.text = SampleDocuments.text(text);
            return this;
        }

        public Builder original(ContentSource original) {
            this.original = original;
            return this;
        }

        /** Defaults to a record built from the other values. */
        public Builder indexRecordJson(String json) {
            this.indexRecordJson = json;
            return this;
        }

        public FiledDocument build() {
            String json = indexRecordJson != null ? indexRecordJson : SampleDocuments.indexRecordJson(id, documentType, fields,
                    caseKey, target, reviewRequired, reviewReasons, sourceFileName, receivedAt);
            return new FiledDocument(id, idempotencyKey != null ? idempotencyKey : id, documentType, fields, caseKey,
                    target, reviewRequired, reviewReasons, sourceFileName, receivedAt,
                    track(id + " pdf", pdf), track(id + " text", text), track(id + " original", original), json);
        }
    }

    private static final class GeneratedPdf implements ContentSource {

        private final long size;
        private final byte[] header;
        private final byte[] trailer;

        GeneratedPdf(long size) {
            byte[] trailerBytes = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
            String head = "%%PDF-1.7\n%%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length %d >>\nstream\n";
            // The /Length digits change the header's length; settle on a fixed point.
            long body = size;
            byte[] h = new byte[0];
            for (int i = 0; i < 3; i++) {
                h = String.format(head, body).getBytes(StandardCharsets.ISO_8859_1);
                body = size - h.length - trailerBytes.length;
            }
            if (body < 0) {
                throw new IllegalArgumentException("a generated PDF needs at least " + (h.length + trailerBytes.length)
                        + " bytes");
            }
            this.size = size;
            this.header = h;
            this.trailer = trailerBytes;
        }

        @Override
        public InputStream openStream() {
            return new InputStream() {
                private long pos;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    Objects.checkFromIndexSize(off, len, b.length);
                    if (pos >= size) {
                        return -1;
                    }
                    int n = (int) Math.min(len, size - pos);
                    long bodyEnd = size - trailer.length;
                    for (int i = 0; i < n; i++, pos++) {
                        if (pos < header.length) {
                            b[off + i] = header[(int) pos];
                        } else if (pos < bodyEnd) {
                            long x = pos * 0x9E3779B97F4A7C15L;
                            b[off + i] = (byte) (x >>> 56);
                        } else {
                            b[off + i] = trailer[(int) (pos - bodyEnd)];
                        }
                    }
                    return n;
                }

                @Override
                public long skip(long n) {
                    long skipped = Math.max(0, Math.min(n, size - pos));
                    pos += skipped;
                    return skipped;
                }

                @Override
                public int available() {
                    return (int) Math.min(Integer.MAX_VALUE, size - pos);
                }
            };
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public String mediaType() {
            return "application/pdf";
        }
    }
}
