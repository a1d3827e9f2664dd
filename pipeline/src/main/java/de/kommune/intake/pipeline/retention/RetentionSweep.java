package de.kommune.intake.pipeline.retention;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Storage limitation for serve mode: deletes the working copies (original, page images, OCR results, PDF, text) of
 * inputs that are finished and whose last step lies longer than the grace period back. The DMS holds the filed
 * documents; the ledger records stay as the audit trail and the duplicate index, and get a {@code retention}
 * history entry, which is also what makes a later pass skip the input.
 *
 * <p>Finished means: the input is {@code FILED} or {@code REJECTED}, and every document cut from it is
 * {@code FILED} or {@code REJECTED} with no delivery pending. A document on a broker retry is still
 * {@code PROCESSING}, a dead-lettered one is in {@code REVIEW}, so neither counts; {@code REVIEW} inputs wait for
 * a person, who needs the page images.
 */
public final class RetentionSweep {

    /** The history stage of the entry a sweep leaves; its presence marks the input as swept. */
    public static final String STAGE = "retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final ContentStore store;
    private final Ledger ledger;
    private final Clock clock;
    private final Duration grace;
    private final ArchiveDays archive;
    private final DeletionReport report;
    private final PendingDeliveries pending;
    private final Counter sweptInputs;
    private final Counter freedBytes;

    /**
     * @param hotFolder the hot folder whose {@code .archive} day folders are pruned too; null when there is none
     * @param reportDir where the monthly deletion reports go
     */
    public RetentionSweep(ContentStore store, Ledger ledger, Clock clock, Duration grace, Path hotFolder,
                          Path reportDir, MeterRegistry meters, PendingDeliveries pending) {
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
        this.grace = grace;
        this.archive = hotFolder == null ? null : new ArchiveDays(hotFolder, clock.getZone());
        this.report = new DeletionReport(reportDir);
        this.pending = pending;
        this.sweptInputs = Counter.builder("intake.retention.inputs")
                .description("finished inputs whose working copies retention deleted").register(meters);
        this.freedBytes = Counter.builder("intake.retention.bytes").baseUnit("bytes")
                .description("bytes of working copies retention deleted").register(meters);
    }

    /**
     * One pass over the ledger and the hot-folder archive. An input that fails (unreadable record, file that
     * cannot be deleted) is left for the next pass; the others go on.
     *
     * @return how many inputs had their working copies deleted
     */
    public int sweep() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(grace);
        int swept = 0;
        int failed = 0;
        for (InputRecord input : ledger.inputs()) {
            try {
                if (sweep(input, cutoff, now)) {
                    swept++;
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                // the id and the exception class only: messages can carry paths with file names
                log.warn("Retention: input {} not swept ({}); tried again next pass", input.inputId(),
                        e.getClass().getSimpleName());
            }
        }
        int days = pruneArchive(cutoff);
        if (swept > 0 || failed > 0 || days > 0) {
            log.info("Retention: working copies of {} input(s) deleted, {} failed, {} hot-folder archive day(s)"
                    + " deleted", swept, failed, days);
        }
        return swept;
    }

    private boolean sweep(InputRecord input, Instant cutoff, Instant now) throws IOException {
        if (swept(input) || !(input.status() == Outcome.FILED || input.status() == Outcome.REJECTED)) {
            return false;
        }
        List<DocumentRecord> documents = finishedDocuments(input).orElse(null);
        if (documents == null) {
            return false;
        }
        Instant finishedAt = lastStep(input, documents);
        if (!finishedAt.isBefore(cutoff)) {
            return false;
        }
        long bytes = store.deleteTree(StoreKeys.inputDir(input.inputId()));
        for (DocumentRecord d : documents) {
            bytes += store.deleteTree(StoreKeys.documentDir(d.documentId()));
        }
        // Marked after deleting, so a failed deletion is retried; under the record's lock, so of two sweepers
        // sharing the ledger only one marks and reports.
        boolean[] marked = {false};
        ledger.updateInput(input.inputId(), r -> {
            if (swept(r)) {
                return r;
            }
            marked[0] = true;
            return r.withEntry(new HistoryEntry(now, r.status(), STAGE, "working copies deleted"));
        });
        if (!marked[0]) {
            return false;
        }
        report.append(new DeletionReport.Deletion(input.inputId(),
                documents.stream().map(DocumentRecord::documentId).toList(), input.sha256(), input.status(),
                finishedAt, now, bytes));
        sweptInputs.increment();
        freedBytes.increment(bytes);
        return true;
    }

    /** The input's documents when every one of them is final and has no delivery pending; else empty. */
    private Optional<List<DocumentRecord>> finishedDocuments(InputRecord input) {
        List<String> ids = input.documentIds() == null ? List.of() : input.documentIds();
        if (ids.isEmpty() && input.status() != Outcome.REJECTED) {
            return Optional.empty(); // filed without documents: not a state the pipeline leaves, so not ours
        }
        List<DocumentRecord> documents = new ArrayList<>();
        for (String id : ids) {
            DocumentRecord d = ledger.document(id).orElse(null);
            if (d == null || !(d.status() == Outcome.FILED || d.status() == Outcome.REJECTED)
                    || pending.pending(id)) {
                return Optional.empty();
            }
            documents.add(d);
        }
        return Optional.of(documents);
    }

    /** The newest history entry of the input and its documents: when it was last worked on. */
    private static Instant lastStep(InputRecord input, List<DocumentRecord> documents) {
        return Stream.concat(input.history().stream(), documents.stream().flatMap(d -> d.history().stream()))
                .map(HistoryEntry::at).max(Instant::compareTo).orElse(input.receivedAt());
    }

    private static boolean swept(InputRecord input) {
        return input.history().stream().anyMatch(h -> STAGE.equals(h.stage()));
    }

    private int pruneArchive(Instant cutoff) {
        if (archive == null) {
            return 0;
        }
        try {
            return archive.deleteBefore(cutoff);
        } catch (IOException | RuntimeException e) {
            log.warn("Retention: hot-folder archive not pruned ({})", e.getClass().getSimpleName());
            return 0;
        }
    }
}
