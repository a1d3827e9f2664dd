package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.model.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the dashboard page and the operators' API show: batches with progress, one batch's inputs, STP rates. */
public final class BatchDashboard {

    private static final int MAX_BATCHES = 200;

    public record Overview(Instant at, List<BatchProgress> batches, StraightThroughRates.Report straightThrough) {
    }

    public record Detail(Instant at, BatchProgress progress, List<BatchInput> inputs) {

        public List<BatchInput> rejected() {
            return inputs.stream().filter(i -> i.status() == Outcome.REJECTED)
                    .toList();
        }
    }

    private final BatchQueries queries;
    private final FinishedDocuments finished;
    private final StraightThroughRates rates;
    private final int days;
    private final Clock clock;

    public BatchDashboard(BatchQueries queries, FinishedDocuments finished, StraightThroughRates rates, int days,
                          Clock clock) {
        this.queries = queries;
        this.finished = finished;
        this.rates = rates;
        this.days = days;
        this.clock = clock;
    }

    public Overview overview() {
        Instant now = clock.instant();
        Instant since = rates.periodStart(now, days);
        return new Overview(now, queries.recent(since, MAX_BATCHES),
                rates.report(finished.since(since), now, days));
    }

    public Optional<Detail> detail(String batchId) {
        Instant now = clock.instant();
        return queries.progress(batchId).map(p -> new Detail(now, p, queries.inputs(batchId)));
    }
}
