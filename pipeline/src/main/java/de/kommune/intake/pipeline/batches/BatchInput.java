package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.model.Outcome;

import java.time.Instant;

/**
 * One input of a batch as the dashboard lists it: no content, only name, state and reason code.
 *
 * @param rerunAs the input that re-ran this one; {@code null} when it was not re-run
 * @param rerunOf the input this one re-runs; {@code null} for a first attempt
 */
public record BatchInput(String inputId, String fileName, Outcome status, String rejectReason, int pages,
                         Instant receivedAt, String rerunAs, String rerunOf) {

    public boolean current() {
        return rerunAs == null;
    }
}
