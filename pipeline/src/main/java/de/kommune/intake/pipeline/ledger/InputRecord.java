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
 * @param batchId     the batch it arrived with (serve mode); {@code null} when none, e.g. the batch command
 */
public record InputRecord(String inputId, String fileName, String channel, String sha256, long size,
                          Instant receivedAt, Outcome status, String rejectReason, String rejectMessage,
                          List<String> documentIds, int pages, List<HistoryEntry> history, String batchId) {

    public InputRecord {
        history = List.copyOf(history);
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
    }

    /** An input outside any batch. */
    public InputRecord(String inputId, String fileName, String channel, String sha256, long size,
                       Instant receivedAt, Outcome status, String rejectReason, String rejectMessage,
                       List<String> documentIds, int pages, List<HistoryEntry> history) {
        this(inputId, fileName, channel, sha256, size, receivedAt, status, rejectReason, rejectMessage, documentIds,
                pages, history, null);
    }

    public InputRecord with(Outcome newStatus, String stage, String detail) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), newStatus, stage, detail));
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, newStatus, rejectReason,
                rejectMessage, documentIds, pages, h, batchId);
    }

    /** The same record with one more history entry; the status stays as it is. */
    public InputRecord withEntry(HistoryEntry entry) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(entry);
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, status, rejectReason,
                rejectMessage, documentIds, pages, h, batchId);
    }

    public InputRecord rejected(String reason, String message, String stage) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), Outcome.REJECTED, stage, reason));
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, Outcome.REJECTED, reason, message,
                documentIds, pages, h, batchId);
    }

    public InputRecord split(List<String> ids, int pageCount) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(new HistoryEntry(Instant.now(), Outcome.PROCESSING, "ocr", ids.size() + " document(s)"));
        return new InputRecord(inputId, fileName, channel, sha256, size, receivedAt, Outcome.PROCESSING, rejectReason,
                rejectMessage, ids, pageCount, h, batchId);
    }
}
