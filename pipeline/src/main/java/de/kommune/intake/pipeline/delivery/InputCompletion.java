package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks an input finished once all its documents are: {@code REVIEW} if any document needs review, else
 * {@code FILED}. Only a completing call writes, so concurrent finishers in several processes agree.
 */
public final class InputCompletion {

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
        Outcome outcome = docs.stream().anyMatch(d -> d.status() == Outcome.REVIEW) ? Outcome.REVIEW : Outcome.FILED;
        ledger.updateInput(inputId, r -> r.status().terminal() ? r
                : r.with(outcome, "deliver", docs.size() + " document(s)"));
    }
}
