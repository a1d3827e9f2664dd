package de.kommune.intake.pipeline.review;

import de.kommune.intake.pipeline.delivery.DeliveryStage;
import de.kommune.intake.pipeline.delivery.InputCompletion;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.Outcome;

import java.util.List;

/**
 * Serve mode's gate: records where each document goes (case, type, team) and holds documents with review
 * reasons as an open review task (status {@code REVIEW}) until a person approves or rejects them; documents
 * their target refused get a task too.
 */
public final class ReviewHold implements ReviewGate {

    /** Who decided a task that a replayed delivery settled. */
    public static final String REPLAY_ACTOR = "dead-letter replay";

    private final ReviewTasks tasks;
    private final RoutedDocuments routed;
    private final Teams teams;
    private final Ledger ledger;
    private final InputCompletion completion;

    public ReviewHold(ReviewTasks tasks, RoutedDocuments routed, Teams teams, Ledger ledger) {
        this.tasks = tasks;
        this.routed = routed;
        this.teams = teams;
        this.ledger = ledger;
        this.completion = new InputCompletion(ledger);
    }

    @Override
    public boolean hold(AnalyzedDocument doc) {
        String team = teams.teamFor(doc);
        routed.record(doc, team);
        if (!doc.reviewRequired()) {
            return false;
        }
        ReviewTask task = tasks.open(doc, team);
        if (task.status() != ReviewTask.Status.OPEN) {
            // A stale redelivery of the original message after a decision: the decision's own message delivers.
            return true;
        }
        String id = doc.ticket().documentId();
        ledger.updateDocument(id, d -> d.finished(Outcome.REVIEW, doc.analysis().documentType(),
                doc.reviewReasons(), null, "review"));
        completion.documentFinished(doc.ticket().input().inputId());
        return true;
    }

    /** Closes the task an outage opened: decided by the replay that delivered the document. */
    @Override
    public void delivered(AnalyzedDocument doc) {
        String id = doc.ticket().documentId();
        tasks.find(id)
                .filter(t -> t.status() == ReviewTask.Status.OPEN
                        && t.reasons().contains(DeliveryStage.DELIVERY_FAILED))
                .ifPresent(t -> tasks.decide(id, ReviewTask.Status.APPROVED, REPLAY_ACTOR, null));
    }

    /** Opens (or reopens, after an earlier approval) the document's task; the caller records the status. */
    @Override
    public void refused(AnalyzedDocument doc, List<String> reasons) {
        tasks.reopen(doc, teams.teamFor(doc), reasons);
    }
}
