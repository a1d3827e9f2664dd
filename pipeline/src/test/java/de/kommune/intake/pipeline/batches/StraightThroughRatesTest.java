package de.kommune.intake.pipeline.batches;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StraightThroughRatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final StraightThroughRates rates = new StraightThroughRates(BERLIN);

    @Test
    void ratePerDayAndPerTypeIsFiledWithoutReviewOverFinished() {
        List<FinishedDocument> docs = List.of(
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-12-03T08:00:00Z"), true),
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-12-03T08:05:00Z"), false),
                new FinishedDocument("LOHNABRECHNUNG", Instant.parse("2026-12-03T09:00:00Z"), true),
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-12-01T12:00:00Z"), true),
                new FinishedDocument(null, Instant.parse("2026-12-01T12:30:00Z"), false));

        StraightThroughRates.Report r = rates.report(docs, NOW, 3);

        assertThat(r.byDay()).extracting(StraightThroughRates.Row::key)
                .containsExactly("2026-12-03", "2026-12-02", "2026-12-01");
        assertThat(r.byDay().get(0)).isEqualTo(new StraightThroughRates.Row("2026-12-03", 3, 2, 67));
        assertThat(r.byDay().get(1)).as("a day without documents has no rate")
                .isEqualTo(new StraightThroughRates.Row("2026-12-02", 0, 0, null));
        assertThat(r.byDay().get(2)).isEqualTo(new StraightThroughRates.Row("2026-12-01", 2, 1, 50));
        assertThat(r.byType()).containsExactly(
                new StraightThroughRates.Row(StraightThroughRates.UNTYPED, 1, 0, 0),
                new StraightThroughRates.Row("KONTOAUSZUG", 3, 2, 67),
                new StraightThroughRates.Row("LOHNABRECHNUNG", 1, 1, 100));
        assertThat(r.total()).isEqualTo(new StraightThroughRates.Row("total", 5, 3, 60));
    }

    @Test
    void daysAreOfficeDaysAndTheWindowEndsOlderDocuments() {
        // 23:30 UTC on 1 December is 00:30 on 2 December in Berlin.
        List<FinishedDocument> docs = List.of(
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-12-01T23:30:00Z"), true),
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-11-30T10:00:00Z"), true));

        StraightThroughRates.Report r = rates.report(docs, NOW, 2);

        assertThat(r.from()).hasToString("2026-12-02");
        assertThat(r.byDay()).containsExactly(new StraightThroughRates.Row("2026-12-03", 0, 0, null),
                new StraightThroughRates.Row("2026-12-02", 1, 1, 100));
        assertThat(r.total().finished()).as("30 November is outside the two days").isEqualTo(1);
        assertThat(rates.periodStart(NOW, 2)).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
    }
}
