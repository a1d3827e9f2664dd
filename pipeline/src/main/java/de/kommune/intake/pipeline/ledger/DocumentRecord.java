package de.kommune.intake.pipeline.ledger;

import de.kommune.intake.pipeline.model.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The ledger's entry for one document cut from an input. */
public record DocumentRecord(String documentId, String inputId, List<Integer> pages, Outcome status,
                             String documentType, List<String> reviewReasons, String deliveredTo,
                             List<HistoryEntry> history) {

    public DocumentRecord {
        pages = List.copyOf(pages);
        reviewReasons = List.copyOf(reviewReasons);
        history = List.copyOf(history);
    }

    public DocumentRecord with(Outcome newStatus, String stage, String detail) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), newStatus, stage, detail));
        return new DocumentRecord(documentId, inputId, pages, newStatus, documentType, reviewReasons, deliveredTo, h);
    }

    public DocumentRecord finished(Outcome outcome, String type, List<String> reasons, String target, String stage) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), outcome, stage, type));
        return new DocumentRecord(documentId, inputId, pages, outcome, type, reasons, target, h);
    }
}
