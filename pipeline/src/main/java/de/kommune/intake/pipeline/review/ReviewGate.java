package de.kommune.intake.pipeline.review;

import de.kommune.intake.pipeline.model.AnalyzedDocument;

import java.util.List;

/**
 * Asked by the delivery stage before a document goes to its connector. Batch mode passes everything through
 * (documents needing review are filed with their reasons); serve mode holds them for a person's decision.
 */
@FunctionalInterface
public interface ReviewGate {

    ReviewGate PASS_THROUGH = document -> false;

    /** @return true when the document is held and must not be delivered now */
    boolean hold(AnalyzedDocument document);

    /**
     * The target finally refused the document (rejected it, or stayed unavailable past the retry budget) and it
     * was stored nowhere. Serve mode opens a review task with these reasons so a person approves it again once the
     * target is fixed, or rejects it; batch mode only records the status.
     */
    default void refused(AnalyzedDocument document, List<String> reasons) {
    }

    /**
     * The target took a document whose earlier delivery had given up (a dead letter replayed once the target was
     * back). Serve mode closes the review task the outage opened, so no one decides a document already filed.
     */
    default void delivered(AnalyzedDocument document) {
    }
}
