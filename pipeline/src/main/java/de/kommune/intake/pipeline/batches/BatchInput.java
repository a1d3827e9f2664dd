package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.RejectReason;

import java.time.Instant;
import java.util.Set;

/**
 * One input of a batch as the dashboard lists it: no content, only name, state and reason code.
 *
 * @param rerunAs the input that re-ran this one; {@code null} when it was not re-run
 * @param rerunOf the input this one re-runs; {@code null} for a first attempt
 */
public record BatchInput(String inputId, String fileName, Outcome status, String rejectReason, int pages,
                         Instant receivedAt, String rerunAs, String rerunOf) {

    private static final Set<String> NOT_RERUNNABLE = Set.of(RejectReason.EMPTY.name(),
            RejectReason.DUPLICATE.name(), RejectReason.UNREADABLE.name());

    public boolean current() {
        return rerunAs == null;
    }

    /**
     * Whether the dashboard offers a re-run. Empty, duplicate and unreadable inputs cannot succeed from the stored
     * original; {@link InputRerun} checks everything again when asked.
     */
    public boolean rerunOffered() {
        return status == Outcome.REJECTED && current() && !NOT_RERUNNABLE.contains(rejectReason);
    }
}
