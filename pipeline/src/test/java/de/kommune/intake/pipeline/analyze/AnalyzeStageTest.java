package de.kommune.intake.pipeline.analyze;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.Barcode;
import de.kommune.intake.classify.DocumentAnalyzer;
import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.Word;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AnalyzeStageTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:14:03Z");
    private static final InputTicket INPUT = new InputTicket("in-1", "batch.pdf", "batch", "ab", 100, AT,
            "application/pdf");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @TempDir
    Path tmp;

    private FileContentStore store;
    private FileLedger ledger;
    private DocumentPages pages;
    /** What the analyzer saw, and what it answers. */
    private final List<DocumentText> seen = new ArrayList<>();
    private List<String> analyzerReasons = List.of();
    private final DocumentAnalyzer analyzer = text -> {
        seen.add(text);
        return new AnalysisResult("KONTOAUSZUG", 0.9, Map.of(), analyzerReasons, "NORMAL");
    };

    @BeforeEach
    void setUp() {
        store = new FileContentStore(tmp.resolve("store"));
        ledger = new FileLedger(tmp.resolve("ledger"), json);
        pages = new DocumentPages(store, json);
    }

    private void storePage(PageResult page) throws IOException {
        store.put(StoreKeys.pageResult(INPUT.inputId(), page.page()), json.writeValueAsBytes(page));
    }

    private static PageResult ocr(int page, String text, double confidence, List<OcrWord> words, String... barcodes) {
        return new PageResult(page, text, words, PageResult.OCR, confidence, 2480, 3508, 300, List.of(barcodes),
                false, List.of());
    }

    private static PageResult textLayer(int page, String text) {
        return new PageResult(page, text, List.of(), PageResult.TEXT_LAYER, 100, 0, 0, 0, List.of(), false, List.of());
    }

    private DocumentTicket document(String id, Outcome status, Integer... sourcePages) {
        ledger.saveDocument(new DocumentRecord(id, INPUT.inputId(), List.of(sourcePages), status, null, List.of(), null,
                List.of(new HistoryEntry(AT, status, "ocr", "pages"))));
        return new DocumentTicket(id, INPUT, List.of(sourcePages));
    }

    private AnalyzeStage stage() {
        return new AnalyzeStage(pages, analyzer, ledger, 60);
    }

    @Test
    void pagesAreRenumberedWithinTheDocumentAndWordsPassedOn() throws IOException {
        storePage(ocr(3, "Kontoauszug Nr. 1", 91, List.of(new OcrWord("Kontoauszug", 100, 200, 400, 50, 93.5f, 0),
                new OcrWord("Nr.", 520, 200, 60, 50, 88f, 0), new OcrWord("1", 600, 200, 20, 50, 90f, 0))));
        storePage(ocr(4, "Saldo neu 88,51 H", 89, List.of()));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 3, 4);

        stage().process(ticket);

        assertThat(seen).hasSize(1);
        List<PageText> texts = seen.get(0).pages();
        assertThat(texts).extracting(PageText::page).containsExactly(1, 2);
        assertThat(texts).extracting(PageText::text).containsExactly("Kontoauszug Nr. 1", "Saldo neu 88,51 H");
        assertThat(texts.get(0).words()).containsExactly(new Word("Kontoauszug", 100, 200, 400, 50, 93.5f, 0),
                new Word("Nr.", 520, 200, 60, 50, 88f, 0), new Word("1", 600, 200, 20, 50, 90f, 0));
        assertThat(texts.get(1).words()).isEmpty();
    }

    @Test
    void barcodesArePassedThroughWithTheirDocumentPage() throws IOException {
        storePage(ocr(5, "Seite eins", 90, List.of()));
        storePage(ocr(6, "Seite zwei", 90, List.of(), "QR_CODE:12345BG0012345", "QR_CODE:BCD:x:y", "CODE_128:AB"));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 5, 6);

        stage().process(ticket);

        assertThat(seen.get(0).barcodes()).containsExactly(new Barcode(2, "QR_CODE", "12345BG0012345"),
                new Barcode(2, "QR_CODE", "BCD:x:y"), new Barcode(2, "CODE_128", "AB"));
    }

    @Test
    void lowOcrConfidenceIsAReviewReason() throws IOException {
        storePage(ocr(1, "unleserlich", 42, List.of(new OcrWord("unleserlich", 0, 0, 10, 10, 42f, 0))));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1);

        AnalyzedDocument doc = stage().process(ticket).orElseThrow();

        assertThat(doc.reviewReasons()).containsExactly(AnalyzeStage.LOW_OCR_CONFIDENCE);
        assertThat(doc.reviewRequired()).isTrue();
        assertThat(doc.meanConfidence()).isEqualTo(42.0);
        assertThat(doc.ocrSkipped()).isFalse();
    }

    @Test
    void confidenceAtTheThresholdIsNoReason() throws IOException {
        storePage(ocr(1, "gerade so", 60, List.of()));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1);

        assertThat(stage().process(ticket).orElseThrow().reviewReasons()).isEmpty();
    }

    @Test
    void textLayerPagesSkipOcrAndNeverCountAsLowConfidence() throws IOException {
        storePage(textLayer(1, "Rechnung"));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1);

        AnalyzedDocument doc = new AnalyzeStage(pages, analyzer, ledger, 101).process(ticket).orElseThrow();

        assertThat(doc.ocrSkipped()).isTrue();
        assertThat(doc.meanConfidence()).isEqualTo(100.0);
        assertThat(doc.reviewReasons()).isEmpty();
    }

    @Test
    void meanConfidenceIsWeightedByWordsOverOcrPagesOnly() {
        List<OcrWord> tenWords = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenWords.add(new OcrWord("w" + i, i * 20, 0, 10, 10, 90f, 0));
        }
        List<PageResult> results = List.of(ocr(1, "viel", 90, tenWords), ocr(2, "", 30, List.of()),
                textLayer(3, "Text"));

        assertThat(AnalyzeStage.meanOcrConfidence(results)).isCloseTo((90.0 * 10 + 30) / 11, within(1e-9));
        assertThat(AnalyzeStage.meanOcrConfidence(List.of(textLayer(1, "x")))).isEqualTo(100.0);
    }

    @Test
    void noTextOnAnyPageIsAReviewReason() throws IOException {
        storePage(ocr(1, "", 95, List.of()));
        storePage(ocr(2, "  \n ", 95, List.of()));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1, 2);

        assertThat(stage().process(ticket).orElseThrow().reviewReasons()).containsExactly(AnalyzeStage.NO_TEXT);
    }

    @Test
    void textOnOnePageIsEnough() throws IOException {
        storePage(ocr(1, "", 95, List.of()));
        storePage(ocr(2, "Kündigung", 95, List.of()));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1, 2);

        assertThat(stage().process(ticket).orElseThrow().reviewReasons()).doesNotContain(AnalyzeStage.NO_TEXT);
    }

    @Test
    void theAnalyzersReasonsComeFirstAndNoReasonTwice() throws IOException {
        analyzerReasons = List.of("LOW_TYPE_CONFIDENCE", "NO_TEXT");
        storePage(ocr(1, "", 20, List.of()));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1);

        AnalyzedDocument doc = stage().process(ticket).orElseThrow();

        assertThat(doc.reviewReasons()).containsExactly("LOW_TYPE_CONFIDENCE", "NO_TEXT",
                AnalyzeStage.LOW_OCR_CONFIDENCE);
        assertThat(doc.analysis().reviewReasons()).containsExactly("LOW_TYPE_CONFIDENCE", "NO_TEXT");
    }

    @Test
    void theResultIsNotRoutedYetAndTheLedgerRecordsTheStep() throws IOException {
        storePage(ocr(1, "Kontoauszug", 90, List.of()));
        DocumentTicket ticket = document("doc-1", Outcome.PROCESSING, 1);

        AnalyzedDocument doc = stage().process(ticket).orElseThrow();

        assertThat(doc.ticket()).isEqualTo(ticket);
        assertThat(doc.target()).isNull();
        assertThat(doc.caseKey()).isNull();
        DocumentRecord record = ledger.document("doc-1").orElseThrow();
        assertThat(record.status()).isEqualTo(Outcome.PROCESSING);
        HistoryEntry last = record.history().get(record.history().size() - 1);
        assertThat(last.stage()).isEqualTo("analyze");
        assertThat(last.detail()).isEqualTo("KONTOAUSZUG");
    }

    @Test
    void aFinishedOrUnknownDocumentIsSkippedWithoutAnalysis() throws IOException {
        storePage(ocr(1, "Kontoauszug", 90, List.of()));
        DocumentTicket filed = document("doc-1", Outcome.FILED, 1);
        DocumentTicket unknown = new DocumentTicket("doc-unknown", INPUT, List.of(1));

        Optional<AnalyzedDocument> a = stage().process(filed);
        Optional<AnalyzedDocument> b = stage().process(unknown);

        assertThat(a).isEmpty();
        assertThat(b).isEmpty();
        assertThat(seen).isEmpty();
        assertThat(ledger.document("doc-1").orElseThrow().history()).hasSize(1);
    }
}
