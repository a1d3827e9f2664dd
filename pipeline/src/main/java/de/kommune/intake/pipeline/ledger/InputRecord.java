package de.kommune.intake.pipeline.ledger;

import de.kommune.intake.pipeline.model.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's entry for one received input.
 *
 * @param documentIds the documents cut from it; {@code null} until the OCR stage split it
 * @param pages       number of pages, 0 until known
 */
public record InputRecord(String inputId, String fileName, String channel, String sha256, long size,
                          Instant receivedAt, Outcome status, String rejectReason, String rejectMessage,
                          List<String> documentIds, int pages, List<HistoryEntry> history) {

    public InputRecord {
        history = List.copyOf(history);
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
    }

    public InputRecord with(Outcome newStatus, String stage, String detail) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), newStatus, stage, detail));
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, newStatus, rejectReason,
                rejectMessage, documentIds, pages, h);
    }

    public InputRecord rejected(String reason, String message, String stage) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), Outcome.REJECTED, stage, reason));
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, Outcome.REJECTED, reason, message,
                documentIds, pages, h);
    }

    public InputRecord split(List<String> ids, int pageCount) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), Outcome.PROCESSING, "ocr", ids.size() + " document(s)"));
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, Outcome.PROCESSING, rejectReason,
                rejectMessage, ids, pageCount, h);
    }
}
