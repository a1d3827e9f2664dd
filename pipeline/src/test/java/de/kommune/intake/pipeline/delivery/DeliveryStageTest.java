package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.analyze.DocumentPages;
import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.ocr.PageImages;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The last stage with the real content store, ledger, PDF builder and the built-in filesystem connector. */
class DeliveryStageTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:14:03Z");
    private static final String DOC_A = "4f1c2e9a-0000-4000-8000-00000000000a";
    private static final String DOC_B = "4f1c2e9a-0000-4000-8000-00000000000b";

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @TempDir
    Path tmp;

    private Path out;
    private FileContentStore store;
    private FileLedger ledger;
    private ConnectorRegistry connectors;
    private SimpleMeterRegistry meters;
    private DeliveryStage stage;
    private InputTicket input;

    @BeforeEach
    void setUp() throws IOException {
        out = tmp.resolve("out");
        store = new FileContentStore(tmp.resolve("store"));
        ledger = new FileLedger(tmp.resolve("ledger"), json);
        connectors = new ConnectorRegistry(Map.of("leistung", new IntakeProperties.Delivery.Target("filesystem",
                Map.of("directory", out.toString()))), getClass().getClassLoader());
        meters = new SimpleMeterRegistry();
        stage = new DeliveryStage(store, ledger, new DocumentPages(store, json), connectors,
                new InputCompletion(ledger), json, "deu", "tesseract 5.3.0", meters);

        input = new InputTicket("in-1", "scans/batch_0001.tif", "batch", "9c5e", 1000, AT, "image/tiff");
        store.put(StoreKeys.original("in-1"), new byte[]{1, 2, 3});
        ledger.saveInput(new InputRecord("in-1", input.fileName(), "batch", "9c5e", 1000, AT, Outcome.PROCESSING,
                null, null, List.of(DOC_A, DOC_B), 3, List.of(new HistoryEntry(AT, Outcome.RECEIVED, "intake", "x"))));
        storePage(1, "Kontoauszug Nr. 1", new OcrWord("Kontoauszug", 40, 40, 300, 40, 95f, 0));
        storePage(2, "Saldo neu 88,51 H", new OcrWord("Saldo", 40, 40, 120, 40, 95f, 0));
        storePage(3, "Kündigung", new OcrWord("Kündigung", 40, 40, 260, 40, 95f, 0));
        saveDocument(DOC_A, List.of(1, 2));
        saveDocument(DOC_B, List.of(3));
    }

    @AfterEach
    void tearDown() {
        connectors.close();
    }

    private void storePage(int page, String text, OcrWord word) throws IOException {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.dispose();
        store.put(StoreKeys.pageImage("in-1", page), PageImages.encode(img, false));
        PageResult result = new PageResult(page, text, List.of(word), PageResult.OCR, 90, 600, 800, 150, List.of(),
                false, List.of());
        store.put(StoreKeys.pageResult("in-1", page), json.writeValueAsBytes(result));
    }

    private void saveDocument(String id, List<Integer> pages) {
        ledger.saveDocument(new DocumentRecord(id, "in-1", pages, Outcome.PROCESSING, null, List.of(), null,
                List.of(new HistoryEntry(AT, Outcome.PROCESSING, "ocr", "x"))));
    }

    private AnalyzedDocument analyzed(String id, List<Integer> pages, List<String> reasons) {
        AnalysisResult analysis = new AnalysisResult("KONTOAUSZUG", 0.9,
                Map.of("iban", new ExtractedField("DE89370400440532013000", 0.99, 1)), List.of(), "NORMAL");
        return new AnalyzedDocument(new DocumentTicket(id, input, pages), analysis, 90, false, reasons, "leistung",
                "12345BG0012345");
    }

    @Test
    void writesPdfTextAndIndexRecordThroughTheConnector() throws IOException {
        stage.process(analyzed(DOC_A, List.of(1, 2), List.of()));

        assertThat(Files.readString(out.resolve(DOC_A + ".txt"), StandardCharsets.UTF_8))
                .isEqualTo("Kontoauszug Nr. 1\fSaldo neu 88,51 H");
        try (PDDocument pdf = Loader.loadPDF(out.resolve(DOC_A + ".pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Kontoauszug").contains("Saldo");
        }
        JsonNode index = json.readTree(Files.readString(out.resolve(DOC_A + ".json")));
        assertThat(index.get("id").asString()).isEqualTo(DOC_A);
        assertThat(index.get("source").get("fileName").asString()).isEqualTo("scans/batch_0001.tif");
        assertThat(index.get("source").get("pages").toString()).isEqualTo("[1,2]");
        assertThat(index.get("pageCount").asInt()).isEqualTo(2);
        assertThat(index.get("fields").get("iban").get("value").asString()).isEqualTo("DE89370400440532013000");
        assertThat(index.get("routing").get("target").asString()).isEqualTo("leistung");
        assertThat(index.get("routing").get("caseKey").asString()).isEqualTo("12345BG0012345");
        assertThat(index.get("review").get("required").asBoolean()).isFalse();
    }

    @Test
    void theLedgerRecordsTheOutcomeAndTheInputCompletesWithItsLastDocument() throws IOException {
        stage.process(analyzed(DOC_A, List.of(1, 2), List.of()));

        DocumentRecord a = ledger.document(DOC_A).orElseThrow();
        assertThat(a.status()).isEqualTo(Outcome.FILED);
        assertThat(a.documentType()).isEqualTo("KONTOAUSZUG");
        assertThat(a.deliveredTo()).startsWith("leistung:").endsWith(DOC_A + ".json");
        assertThat(ledger.input("in-1").orElseThrow().status()).isEqualTo(Outcome.PROCESSING);

        stage.process(analyzed(DOC_B, List.of(3), List.of("LOW_OCR_CONFIDENCE")));

        assertThat(ledger.document(DOC_B).orElseThrow().status()).isEqualTo(Outcome.REVIEW);
        assertThat(ledger.document(DOC_B).orElseThrow().reviewReasons()).containsExactly("LOW_OCR_CONFIDENCE");
        assertThat(ledger.input("in-1").orElseThrow().status()).isEqualTo(Outcome.REVIEW);
        JsonNode index = json.readTree(Files.readString(out.resolve(DOC_B + ".json")));
        assertThat(index.get("review").get("required").asBoolean()).isTrue();
        assertThat(meters.get("intake.documents").tag("outcome", "filed").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("intake.documents").tag("outcome", "review").counter().count()).isEqualTo(1.0);
    }

    @Test
    void aRedeliveryOfAFinishedDocumentChangesNothing() throws IOException {
        stage.process(analyzed(DOC_A, List.of(1, 2), List.of()));
        DocumentRecord once = ledger.document(DOC_A).orElseThrow();
        Files.delete(out.resolve(DOC_A + ".json"));

        stage.process(analyzed(DOC_A, List.of(1, 2), List.of()));

        assertThat(ledger.document(DOC_A).orElseThrow()).isEqualTo(once);
        assertThat(out.resolve(DOC_A + ".json")).doesNotExist();
    }

    @Test
    void aRedeliveryAfterACrashBeforeTheInputCompletedCompletesIt() throws IOException {
        stage.process(analyzed(DOC_A, List.of(1, 2), List.of()));
        // The process died after filing B and recording it, before its input was marked finished.
        ledger.updateDocument(DOC_B, d -> d.finished(Outcome.FILED, "KUENDIGUNG", List.of(), "leistung:x", "deliver"));
        assertThat(ledger.input("in-1").orElseThrow().status()).isEqualTo(Outcome.PROCESSING);

        stage.process(analyzed(DOC_B, List.of(3), List.of())); // the broker redelivers B's message

        assertThat(ledger.input("in-1").orElseThrow().status()).isEqualTo(Outcome.FILED);
        assertThat(out.resolve(DOC_B + ".json")).as("not filed a second time").doesNotExist();
    }

    @Test
    void anUnknownTargetFailsAndLeavesTheDocumentPending() {
        AnalyzedDocument doc = analyzed(DOC_A, List.of(1, 2), List.of()).routed("nirgendwo", null);

        assertThatThrownBy(() -> stage.process(doc)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nirgendwo");
        assertThat(ledger.document(DOC_A).orElseThrow().status()).isEqualTo(Outcome.PROCESSING);
    }

    @Test
    void aTargetThatCannotWriteAsksForARetryAndTheDocumentStaysPending() throws IOException {
        Files.writeString(tmp.resolve("blocked"), "a file where the folder should be");
        try (ConnectorRegistry blocked = new ConnectorRegistry(Map.of("leistung", new IntakeProperties.Delivery.Target(
                "filesystem", Map.of("directory", tmp.resolve("blocked").toString()))), getClass().getClassLoader())) {
            DeliveryStage failing = new DeliveryStage(store, ledger, new DocumentPages(store, json), blocked,
                    new InputCompletion(ledger), json, "deu", "tesseract 5.3.0", meters);

            DeliveryAttempt attempt = failing.process(analyzed(DOC_A, List.of(1, 2), List.of()));

            assertThat(attempt).isInstanceOf(DeliveryAttempt.RetryLater.class);
            assertThat(((DeliveryAttempt.RetryLater) attempt).reason()).contains("leistung");
            assertThat(((DeliveryAttempt.RetryLater) attempt).after()).isPositive();
        }
        assertThat(ledger.document(DOC_A).orElseThrow().status()).isEqualTo(Outcome.PROCESSING);
    }

    private DeliveryStage stageWith(Map<String, IntakeProperties.Delivery.Target> targets, String fallback,
                                    List<ConnectorRegistry> opened) {
        ConnectorRegistry registry = new ConnectorRegistry(targets, getClass().getClassLoader());
        opened.add(registry);
        return new DeliveryStage(store, ledger, new DocumentPages(store, json), registry, new InputCompletion(ledger),
                json, "deu", "tesseract 5.3.0", meters, fallback);
    }

    @Test
    void aConnectorThatThrowsCountsAsRetryLaterAndTheDocumentStaysPending() throws IOException {
        List<ConnectorRegistry> opened = new java.util.ArrayList<>();
        DeliveryStage throwing = stageWith(Map.of("leistung", new IntakeProperties.Delivery.Target("test-refusing",
                Map.of("mode", "throw"))), null, opened);

        DeliveryAttempt attempt = throwing.process(analyzed(DOC_A, List.of(1, 2), List.of()));

        assertThat(attempt).isInstanceOf(DeliveryAttempt.RetryLater.class);
        assertThat(((DeliveryAttempt.RetryLater) attempt).reason()).contains("IllegalStateException")
                .doesNotContain("secret");
        assertThat(ledger.document(DOC_A).orElseThrow().status()).isEqualTo(Outcome.PROCESSING);
        opened.forEach(ConnectorRegistry::close);
    }

    @Test
    void aDocumentItsTargetRefusesGoesToTheFallbackTargetMarkedForReview() throws IOException {
        List<ConnectorRegistry> opened = new java.util.ArrayList<>();
        Path klaerfall = tmp.resolve("klaerfall");
        DeliveryStage withFallback = stageWith(Map.of(
                "leistung", new IntakeProperties.Delivery.Target("test-refusing", Map.of("mode", "reject")),
                "klaerfall", new IntakeProperties.Delivery.Target("filesystem",
                        Map.of("directory", klaerfall.toString()))), "klaerfall", opened);

        assertThat(withFallback.process(analyzed(DOC_A, List.of(1, 2), List.of())))
                .isInstanceOf(DeliveryAttempt.Finished.class);

        DocumentRecord a = ledger.document(DOC_A).orElseThrow();
        assertThat(a.status()).isEqualTo(Outcome.REVIEW);
        assertThat(a.reviewReasons()).containsExactly(DeliveryStage.DELIVERY_REJECTED);
        assertThat(a.deliveredTo()).startsWith("klaerfall:");
        JsonNode index = json.readTree(Files.readString(klaerfall.resolve(DOC_A + ".json")));
        assertThat(index.get("review").get("required").asBoolean()).isTrue();
        assertThat(index.get("review").get("reasons").toString()).contains(DeliveryStage.DELIVERY_REJECTED);
        assertThat(index.get("routing").get("target").asString()).isEqualTo("klaerfall");
        opened.forEach(ConnectorRegistry::close);
    }

    @Test
    void withoutFallbackARefusedDocumentIsReviewAndStoredNowhere() throws IOException {
        List<ConnectorRegistry> opened = new java.util.ArrayList<>();
        DeliveryStage refusing = stageWith(Map.of("leistung", new IntakeProperties.Delivery.Target("test-refusing",
                Map.of("mode", "reject"))), null, opened);

        refusing.process(analyzed(DOC_A, List.of(1, 2), List.of()));

        DocumentRecord a = ledger.document(DOC_A).orElseThrow();
        assertThat(a.status()).isEqualTo(Outcome.REVIEW);
        assertThat(a.reviewReasons()).containsExactly(DeliveryStage.DELIVERY_REJECTED);
        assertThat(a.deliveredTo()).isNull();
        opened.forEach(ConnectorRegistry::close);
    }

    @Test
    void aDeadLetteredDocumentIsReviewWithDeliveryFailedAndCompletesItsInput() throws IOException {
        saveDocument(DOC_B, List.of(3));
        stage.process(analyzed(DOC_B, List.of(3), List.of()));

        stage.deadLettered(analyzed(DOC_A, List.of(1, 2), List.of("LOW_OCR_CONFIDENCE")));

        DocumentRecord a = ledger.document(DOC_A).orElseThrow();
        assertThat(a.status()).isEqualTo(Outcome.REVIEW);
        assertThat(a.reviewReasons()).containsExactly("LOW_OCR_CONFIDENCE", DeliveryStage.DELIVERY_FAILED);
        assertThat(ledger.input("in-1").orElseThrow().status()).isEqualTo(Outcome.REVIEW);
        assertThat(out.resolve(DOC_A + ".json")).doesNotExist();
    }
}
