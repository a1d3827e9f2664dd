package de.kommune.intake.pipeline.analyze;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.Barcode;
import de.kommune.intake.classify.DocumentAnalyzer;
import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.Word;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Third stage: classify, extract and validate (the analyzer from {@code classifiers}), then add the pipeline's
 * own review reasons (low OCR confidence, no text at all).
 */
public final class AnalyzeStage {

    public static final String LOW_OCR_CONFIDENCE = "LOW_OCR_CONFIDENCE";
    public static final String NO_TEXT = "NO_TEXT";

    private final DocumentPages pages;
    private final DocumentAnalyzer analyzer;
    private final Ledger ledger;
    private final double minOcrConfidence;

    public AnalyzeStage(DocumentPages pages, DocumentAnalyzer analyzer, Ledger ledger, double minOcrConfidence) {
        this.pages = pages;
        this.analyzer = analyzer;
        this.ledger = ledger;
        this.minOcrConfidence = minOcrConfidence;
    }

    public Optional<AnalyzedDocument> process(DocumentTicket ticket) throws IOException {
        if (ledger.document(ticket.documentId()).map(d -> d.status().terminal()).orElse(true)) {
            return Optional.empty();
        }
        List<PageResult> results = pages.load(ticket);
        AnalysisResult analysis = analyzer.analyze(toDocumentText(results));
        double meanConfidence = meanOcrConfidence(results);
        boolean ocrSkipped = results.stream().noneMatch(p -> PageResult.OCR.equals(p.source()));
        Set<String> reasons = new LinkedHashSet<>(analysis.reviewReasons());
        if (!ocrSkipped && meanConfidence < minOcrConfidence) {
            reasons.add(LOW_OCR_CONFIDENCE);
        }
        if (results.stream().allMatch(p -> p.text().isBlank())) {
            reasons.add(NO_TEXT);
        }
        ledger.updateDocument(ticket.documentId(), d -> d.with(Outcome.PROCESSING, "analyze", analysis.documentType()));
        return Optional.of(new AnalyzedDocument(ticket, analysis, meanConfidence, ocrSkipped, List.copyOf(reasons),
                null, null));
    }

    /** Word-weighted mean over OCR'd pages; 100 when nothing was OCR'd. */
    static double meanOcrConfidence(List<PageResult> results) {
        double sum = 0;
        int n = 0;
        for (PageResult p : results) {
            if (!PageResult.OCR.equals(p.source()) || p.separator()) {
                continue;
            }
            int weight = Math.max(1, p.words().size());
            sum += p.confidence() * weight;
            n += weight;
        }
        return n == 0 ? 100 : sum / n;
    }

    /** Page numbers become 1-based within the document. */
    static DocumentText toDocumentText(List<PageResult> results) {
        List<PageText> texts = new ArrayList<>();
        List<Barcode> barcodes = new ArrayList<>();
        int n = 0;
        for (PageResult p : results) {
            n++;
            List<Word> words = new ArrayList<>(p.words().size());
            for (OcrWord w : p.words()) {
                words.add(new Word(w.text(), w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line()));
            }
            texts.add(new PageText(n, p.text(), words));
            for (String code : p.barcodes()) {
                int colon = code.indexOf(':');
                barcodes.add(new Barcode(n, code.substring(0, Math.max(colon, 0)), code.substring(colon + 1)));
            }
        }
        return new DocumentText(texts, barcodes);
    }
}
