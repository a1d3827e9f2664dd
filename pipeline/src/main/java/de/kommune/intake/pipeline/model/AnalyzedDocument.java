package de.kommune.intake.pipeline.model;

import de.kommune.intake.classify.AnalysisResult;

import java.util.List;

/**
 * A classified document with its routing decision, stored between the analyze, route and deliver stages.
 *
 * @param ticket         the document
 * @param analysis       type, fields and the analyzer's review reasons
 * @param meanConfidence mean OCR confidence over the OCR'd pages (0..100), or 100 when none was needed
 * @param ocrSkipped     true when every page had a usable text layer
 * @param reviewReasons  all review reasons (analyzer's plus pipeline's)
 * @param target         connector target name
 * @param caseKey        case key (BG number) or null
 */
public record AnalyzedDocument(DocumentTicket ticket, AnalysisResult analysis, double meanConfidence,
                               boolean ocrSkipped, List<String> reviewReasons, String target, String caseKey) {

    public AnalyzedDocument {
        reviewReasons = List.copyOf(reviewReasons);
    }

    public boolean reviewRequired() {
        return !reviewReasons.isEmpty();
    }

    public AnalyzedDocument routed(String newTarget, String newCaseKey) {
        return new AnalyzedDocument(ticket, analysis, meanConfidence, ocrSkipped, reviewReasons, newTarget, newCaseKey);
    }
}
