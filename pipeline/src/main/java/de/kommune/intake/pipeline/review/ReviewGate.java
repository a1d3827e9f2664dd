package de.kommune.intake.pipeline.review;

import de.kommune.intake.pipeline.model.AnalyzedDocument;

/**
 * Asked by the delivery stage before a document goes to its connector. Batch mode passes everything through
 * (documents needing review are filed with their reasons); serve mode holds them for a person's decision.
 */
@FunctionalInterface
public interface ReviewGate {

    ReviewGate PASS_THROUGH = document -> false;

    /** @return true when the document is held and must not be delivered now */
    boolean hold(AnalyzedDocument document);
}
