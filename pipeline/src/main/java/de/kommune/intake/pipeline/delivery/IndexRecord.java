package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.PageResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index record of spec/index-record.md, as an ordered map so the JSON keys come out in the contract's order.
 * Keys may be added; none of the contract's may be renamed or dropped.
 */
final class IndexRecord {

    private IndexRecord() {
    }

    static Map<String, Object> of(AnalyzedDocument doc, List<PageResult> pages, String language, String engine) {
        int pageCount = pages.size();
        InputTicket input = doc.ticket().input();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("fileName", input.fileName());
        source.put("sha256", input.sha256());
        source.put("channel", input.channel());
        source.put("pages", doc.ticket().sourcePages());
        source.put("receivedAt", input.receivedAt().toString());
        source.put("mediaType", input.mediaType());

        Map<String, Object> fields = new LinkedHashMap<>();
        new TreeMap<>(doc.analysis().fields()).forEach((code, f) -> fields.put(code, field(f)));

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", doc.ticket().documentId());
        record.put("source", source);
        record.put("documentType", doc.analysis().documentType());
        record.put("typeConfidence", round(doc.analysis().typeConfidence(), 3));
        record.put("fields", fields);
        record.put("pageCount", pageCount);
        record.put("language", language);
        Map<String, Object> ocr = new LinkedHashMap<>();
        ocr.put("engine", engine);
        ocr.put("meanConfidence", round(doc.meanConfidence(), 1));
        ocr.put("skipped", doc.ocrSkipped());
        // Per page: mean word confidence for OCR'd pages; text-layer and office pages need no OCR (100).
        List<Map<String, Object>> perPage = new ArrayList<>(pageCount);
        for (PageResult p : pages) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("page", p.page());
            page.put("source", p.source());
            page.put("meanConfidence", round(p.confidence(), 1));
            page.put("words", p.words().size());
            perPage.add(page);
        }
        ocr.put("pages", perPage);
        record.put("ocr", ocr);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("required", doc.reviewRequired());
        review.put("reasons", List.copyOf(doc.reviewReasons()));
        record.put("review", review);
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("target", doc.target());
        routing.put("caseKey", doc.caseKey());
        record.put("routing", routing);
        record.put("sensitivity", doc.analysis().sensitivity());
        return record;
    }

    private static Map<String, Object> field(ExtractedField f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", f.value());
        m.put("confidence", round(f.confidence(), 3));
        m.put("page", f.page());
        return m;
    }

    private static double round(double v, int digits) {
        double p = Math.pow(10, digits);
        return Math.round(v * p) / p;
    }
}
