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
 * @param team           the team that works on the document (from the routing rule), or null
 */
public record AnalyzedDocument(DocumentTicket ticket, AnalysisResult analysis, double meanConfidence,
                               boolean ocrSkipped, List<String> reviewReasons, String target, String caseKey,
                               String team) {

    public AnalyzedDocument {
        reviewReasons = List.copyOf(reviewReasons);
    }

    /** Not yet routed to a team. */
    public AnalyzedDocument(DocumentTicket ticket, AnalysisResult analysis, double meanConfidence,
                            boolean ocrSkipped, List<String> reviewReasons, String target, String caseKey) {
        this(ticket, analysis, meanConfidence, ocrSkipped, reviewReasons, target, caseKey, null);
    }

    public boolean reviewRequired() {
        return !reviewReasons.isEmpty();
    }

    public AnalyzedDocument routed(String newTarget, String newCaseKey) {
        return routed(newTarget, newCaseKey, team);
    }

    public AnalyzedDocument routed(String newTarget, String newCaseKey, String newTeam) {
        return new AnalyzedDocument(ticket, analysis, meanConfidence, ocrSkipped, reviewReasons, newTarget, newCaseKey,
                newTeam);
    }
}
