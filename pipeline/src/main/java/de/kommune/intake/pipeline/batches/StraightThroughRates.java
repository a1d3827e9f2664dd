package de.kommune.intake.pipeline.batches;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The straight-through rate: documents filed without review ÷ documents finished, per office day and per document
 * type. Plain arithmetic over {@link FinishedDocument}s, so it is tested without a database.
 */
public final class StraightThroughRates {

    /** Stands for documents without a type (failed before classification). */
    public static final String UNTYPED = "";

    /**
     * @param key     the day (ISO date) or the type code
     * @param percent the rate in percent, rounded; {@code null} when nothing finished
     */
    public record Row(String key, int finished, int straightThrough, Integer percent) {

        static Row of(String key, int[] counts) {
            return new Row(key, counts[0], counts[1],
                    counts[0] == 0 ? null : (int) Math.round(100.0 * counts[1] / counts[0]));
        }
    }

    /** @param byDay one row per day of the period, newest first, days without documents included */
    public record Report(LocalDate from, LocalDate to, List<Row> byDay, List<Row> byType, Row total) {
    }

    private final ZoneId zone;

    public StraightThroughRates(ZoneId zone) {
        this.zone = zone;
    }

    /** The first instant of the period of {@code days} office days ending today. */
    public Instant periodStart(Instant now, int days) {
        return LocalDate.ofInstant(now, zone).minusDays(days - 1L).atStartOfDay(zone).toInstant();
    }

    public Report report(List<FinishedDocument> docs, Instant now, int days) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, int[]> perDay = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.put(d, new int[2]);
        }
        Map<String, int[]> perType = new TreeMap<>();
        int[] total = new int[2];
        for (FinishedDocument doc : docs) {
            int[] day = perDay.get(LocalDate.ofInstant(doc.finishedAt(), zone));
            if (day == null) {
                continue; // outside the period
            }
            String type = doc.documentType() == null ? UNTYPED : doc.documentType();
            for (int[] counter : List.of(day, perType.computeIfAbsent(type, t -> new int[2]), total)) {
                counter[0]++;
                if (doc.straightThrough()) {
                    counter[1]++;
                }
            }
        }
        List<Row> byDay = new ArrayList<>();
        perDay.forEach((d, c) -> byDay.add(0, Row.of(d.toString(), c)));
        List<Row> byType = new ArrayList<>();
        perType.forEach((t, c) -> byType.add(Row.of(t, c)));
        return new Report(first, today, byDay, byType, Row.of("total", total));
    }
}
