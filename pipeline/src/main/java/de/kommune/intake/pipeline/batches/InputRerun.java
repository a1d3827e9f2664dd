package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Submits the stored original of a rejected input again, as a new input in the same batch (after a limit was
 * raised, a converter fixed, a decision reconsidered). The old attempt stays as it was and is marked re-run.
 *
 * <p>Nothing is filed twice: only rejected inputs without a filed document are re-run, each attempt at most once
 * (the {@code input_rerun} primary key), and the content claim moves from the old attempt to the new one, so the
 * new attempt passes the duplicate check while any other copy of the content is still rejected as duplicate.
 * Each re-run is written to the audit log here, so the web page and the API cannot differ in that.
 */
public final class InputRerun {

    private final Ledger ledger;
    private final ContentStore store;
    private final IntakeService intake;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditLog audit;

    public InputRerun(Ledger ledger, ContentStore store, IntakeService intake, JdbcClient jdbc,
                      TransactionTemplate tx, Clock clock, AuditLog audit) {
        this.ledger = ledger;
        this.store = store;
        this.intake = intake;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    /** @return the id of the new input */
    public String rerun(String batchId, String inputId, String actor) {
        InputRecord old = ledger.input(inputId).filter(r -> Objects.equals(r.batchId(), batchId))
                .orElseThrow(() -> new RerunRefused(RerunRefused.Kind.NOT_FOUND));
        check(old);
        String newId = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            int claimed = jdbc.sql("""
                    INSERT INTO input_rerun (original_input_id, rerun_input_id, requested_by, requested_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT (original_input_id) DO NOTHING""")
                    .params(inputId, newId, actor, Timestamp.from(clock.instant())).update();
            if (claimed == 0) {
                throw new RerunRefused(RerunRefused.Kind.ALREADY_RERUN);
            }
            ledger.transferClaim(old.sha256(), inputId, newId);
        });
        try (InputStream original = store.open(StoreKeys.original(inputId))) {
            intake.submit(original, old.fileName(), old.channel(), newId, batchId);
        } catch (IOException | RuntimeException e) {
            // Undo, so the person can press re-run again once the cause is gone.
            tx.executeWithoutResult(s -> {
                ledger.transferClaim(old.sha256(), newId, inputId);
                jdbc.sql("DELETE FROM input_rerun WHERE original_input_id = ?").param(inputId).update();
            });
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        audit.record(actor, AuditLog.Action.RERUN, inputId);
        return newId;
    }

    private void check(InputRecord old) {
        if (old.status() != Outcome.REJECTED) {
            throw new RerunRefused(RerunRefused.Kind.NOT_REJECTED);
        }
        if (RejectReason.DUPLICATE.name().equals(old.rejectReason())) {
            throw new RerunRefused(RerunRefused.Kind.DUPLICATE);
        }
        if (old.size() == 0) {
            throw new RerunRefused(RerunRefused.Kind.EMPTY);
        }
        if (!store.exists(StoreKeys.original(old.inputId()))) {
            throw new RerunRefused(RerunRefused.Kind.NO_ORIGINAL);
        }
        // Every document cut from it must have ended rejected: a filed one (or one held for review or still under
        // way, which may yet be filed) would exist twice after a re-run.
        if (old.documentIds() != null && old.documentIds().stream().anyMatch(id -> ledger.document(id)
                .map(d -> d.status() != Outcome.REJECTED || d.deliveredTo() != null).orElse(false))) {
            throw new RerunRefused(RerunRefused.Kind.PARTLY_FILED);
        }
    }
}
