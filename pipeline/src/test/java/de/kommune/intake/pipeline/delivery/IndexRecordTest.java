package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.PageResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The index record against shared/spec/index-record.md. */
class IndexRecordTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    private static AnalyzedDocument document(List<String> reasons, String caseKey) {
        InputTicket input = new InputTicket("in-1", "scans/2025-03-01/brief_0007.jpg", "batch", "9c5e", 12345,
                Instant.parse("2025-03-01T09:14:03Z"), "image/jpeg");
        DocumentTicket ticket = new DocumentTicket("4f1c2e9a-0000-4000-8000-000000000001", input, List.of(1, 2));
        Map<String, ExtractedField> fields = new LinkedHashMap<>();
        fields.put("iban", new ExtractedField("DE89370400440532013000", 0.99, 1));
        fields.put("closingBalance", new ExtractedField("1234.56", 0.81234, 2));
        AnalysisResult analysis = new AnalysisResult("KONTOAUSZUG", 0.94321, fields, reasons, "NORMAL");
        return new AnalyzedDocument(ticket, analysis, 87.54, false, reasons, "leistung", caseKey);
    }

    private static final List<PageResult> PAGES = List.of(
            new PageResult(1, "Kontoauszug", List.of(new OcrWord("Kontoauszug", 10, 10, 200, 30, 91.24f, 0),
                    new OcrWord("Nr.", 220, 10, 40, 30, 80f, 0)), PageResult.OCR, 85.62, 2480, 3508, 300,
                    List.of(), false, List.of()),
            new PageResult(2, "Anlage", List.of(), PageResult.TEXT_LAYER, 100, 0, 0, 0, List.of(), false, List.of()));

    private JsonNode record(AnalyzedDocument doc) {
        return json.readTree(json.writeValueAsString(IndexRecord.of(doc, PAGES, "deu", "tesseract 5.3.0")));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void ocrCarriesTheMeanWordConfidenceOfEachPage() {
        JsonNode pages = record(document(List.of(), null)).get("ocr").get("pages");

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).get("page").asInt()).isEqualTo(1);
        assertThat(pages.get(0).get("source").asString()).isEqualTo("OCR");
        assertThat(pages.get(0).get("meanConfidence").asDouble()).isEqualTo(85.6);
        assertThat(pages.get(0).get("words").asInt()).isEqualTo(2);
        assertThat(pages.get(1).get("source").asString()).isEqualTo("TEXT_LAYER");
        assertThat(pages.get(1).get("meanConfidence").asDouble()).isEqualTo(100.0);
    }

    @Test
    void hasTheContractsTopLevelKeysInItsOrder() {
        JsonNode r = record(document(List.of(), "12345BG0012345"));

        assertThat(keys(r)).startsWith("id", "source", "documentType", "typeConfidence", "fields", "pageCount",
                "language", "ocr", "review", "routing");
    }

    @Test
    void sourceDescribesTheInputFile() {
        JsonNode source = record(document(List.of(), null)).get("source");

        assertThat(keys(source)).startsWith("fileName", "sha256", "channel", "pages", "receivedAt");
        assertThat(source.get("fileName").asString()).isEqualTo("scans/2025-03-01/brief_0007.jpg");
        assertThat(source.get("sha256").asString()).isEqualTo("9c5e");
        assertThat(source.get("channel").asString()).isEqualTo("batch");
        assertThat(source.get("pages").isArray()).isTrue();
        assertThat(source.get("pages").get(0).asInt()).isEqualTo(1);
        assertThat(source.get("pages").get(1).asInt()).isEqualTo(2);
        assertThat(source.get("receivedAt").asString()).isEqualTo("2025-03-01T09:14:03Z");
    }

    @Test
    void valuesAsTheContractShowsThem() {
        JsonNode r = record(document(List.of(), "12345BG0012345"));

        assertThat(r.get("id").asString()).isEqualTo("4f1c2e9a-0000-4000-8000-000000000001");
        assertThat(r.get("documentType").asString()).isEqualTo("KONTOAUSZUG");
        assertThat(r.get("typeConfidence").asDouble()).isEqualTo(0.943);
        assertThat(r.get("pageCount").asInt()).isEqualTo(2);
        assertThat(r.get("language").asString()).isEqualTo("deu");
        JsonNode ocr = r.get("ocr");
        assertThat(keys(ocr)).containsExactlyInAnyOrder("engine", "meanConfidence", "skipped", "pages");
        assertThat(ocr.get("engine").asString()).isEqualTo("tesseract 5.3.0");
        assertThat(ocr.get("meanConfidence").asDouble()).isEqualTo(87.5);
        assertThat(ocr.get("skipped").isBoolean()).isTrue();
        assertThat(ocr.get("skipped").asBoolean()).isFalse();
        JsonNode routing = r.get("routing");
        assertThat(routing.get("target").asString()).isEqualTo("leistung");
        assertThat(routing.get("caseKey").asString()).isEqualTo("12345BG0012345");
    }

    @Test
    void fieldsCarryValueConfidenceAndPage() {
        JsonNode fields = record(document(List.of(), null)).get("fields");

        assertThat(keys(fields)).containsExactlyInAnyOrder("iban", "closingBalance");
        JsonNode iban = fields.get("iban");
        assertThat(keys(iban)).containsExactly("value", "confidence", "page");
        assertThat(iban.get("value").asString()).isEqualTo("DE89370400440532013000");
        assertThat(iban.get("confidence").asDouble()).isEqualTo(0.99);
        assertThat(iban.get("page").asInt()).isEqualTo(1);
        assertThat(fields.get("closingBalance").get("value").asString()).isEqualTo("1234.56");
        assertThat(fields.get("closingBalance").get("confidence").asDouble()).isEqualTo(0.812);
        assertThat(fields.get("closingBalance").get("page").asInt()).isEqualTo(2);
    }

    @Test
    void reviewSaysWhetherAndWhy() {
        JsonNode none = record(document(List.of(), null)).get("review");
        JsonNode some = record(document(List.of("INVALID_IBAN", "LOW_OCR_CONFIDENCE"), null)).get("review");

        assertThat(none.get("required").asBoolean()).isFalse();
        assertThat(none.get("reasons").isArray()).isTrue();
        assertThat(none.get("reasons").size()).isZero();
        assertThat(some.get("required").asBoolean()).isTrue();
        assertThat(some.get("reasons").get(0).asString()).isEqualTo("INVALID_IBAN");
        assertThat(some.get("reasons").get(1).asString()).isEqualTo("LOW_OCR_CONFIDENCE");
    }

    @Test
    void aMissingCaseKeyIsNullButTheKeyIsThere() {
        JsonNode routing = record(document(List.of(), null)).get("routing");

        assertThat(routing.has("caseKey")).isTrue();
        assertThat(routing.get("caseKey").isNull()).isTrue();
    }

    @Test
    void confidencesStayWithinZeroAndOne() {
        JsonNode r = record(document(List.of(), null));

        assertThat(r.get("typeConfidence").asDouble()).isBetween(0.0, 1.0);
        r.get("fields").forEach(f -> assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0));
    }
}
