package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks an input finished once all its documents are: {@code REJECTED} if a person rejected every one of them in
 * review, {@code REVIEW} if any document needs review, else {@code FILED}. Only a completing call writes, so
 * concurrent finishers in several processes, and a finisher repeating after a crash, agree.
 */
public final class InputCompletion {

    /** The input's reject reason when every document was rejected in review. */
    public static final String REJECTED_IN_REVIEW = "REVIEW_REJECTED";

    private final Ledger ledger;

    public InputCompletion(Ledger ledger) {
        this.ledger = ledger;
    }

    public void documentFinished(String inputId) {
        Optional<InputRecord> input = ledger.input(inputId);
        if (input.isEmpty() || input.get().documentIds() == null || input.get().status().terminal()) {
            return;
        }
        List<DocumentRecord> docs = new ArrayList<>();
        for (String id : input.get().documentIds()) {
            Optional<DocumentRecord> d = ledger.document(id);
            if (d.isEmpty() || !d.get().status().terminal()) {
                return;
            }
            docs.add(d.get());
        }
        if (docs.stream().allMatch(d -> d.status() == Outcome.REJECTED)) {
            ledger.updateInput(inputId, r -> r.status().terminal() ? r
                    : r.rejected(REJECTED_IN_REVIEW, "Rejected in review.", "review"));
            return;
        }
        Outcome outcome = docs.stream().anyMatch(d -> d.status() == Outcome.REVIEW) ? Outcome.REVIEW : Outcome.FILED;
        ledger.updateInput(inputId, r -> r.status().terminal() ? r
                : r.with(outcome, "deliver", docs.size() + " document(s)"));
    }
}
