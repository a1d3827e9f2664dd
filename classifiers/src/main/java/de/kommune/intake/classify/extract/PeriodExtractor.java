package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.PhraseMatch;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.classify.value.GermanDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Date ranges: "vom 01.01.2025 bis 31.01.2025", "01.01.2025 - 31.01.2025", "1. Januar bis
 * 31. Dezember 2024" (year taken from the end date; an end without its year takes the start's). A range right after a period label
 * ("Abrechnungszeitraum", "für die Zeit") wins; otherwise the first range of the document.
 */
final class PeriodExtractor implements FieldExtractor {

    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*(?:-|–|—|b[il1|!]s(?:\\s+zum|\\s+einschließlich|\\s+einschl\\.)?|to|/)\\s*", Pattern.CASE_INSENSITIVE);
    private static final int LABEL_REACH = 45;

    record Range(int start, int end, LocalDate from, LocalDate to, boolean labelled) {
    }

    @Override
    public void extract(ExtractionContext ctx) {
        List<String> fromFields = ctx.fieldsUsing("range:from");
        List<String> toFields = ctx.fieldsUsing("range:to");
        List<String> monthFields = ctx.fieldsUsing("range:month");
        if (fromFields.isEmpty() && toFields.isEmpty() && monthFields.isEmpty()) {
            return;
        }
        List<Range> ranges = find(ctx);
        Range best = null;
        for (Range r : ranges) {
            if (best == null || (r.labelled() && !best.labelled())) {
                best = r;
            }
        }
        if (best == null) {
            return;
        }
        double conf = best.labelled() ? Confidence.RANGE_LABELLED : Confidence.RANGE;
        for (String f : fromFields) {
            ctx.offer(f, best.from().toString(), conf, best.start(), "range:from", "range");
        }
        for (String f : toFields) {
            ctx.offer(f, best.to().toString(), conf, best.start(), "range:to", "range");
        }
        if (YearMonth.from(best.from()).equals(YearMonth.from(best.to()))) {
            for (String f : monthFields) {
                ctx.offer(f, YearMonth.from(best.from()).toString(), conf, best.start(), "range:month", "range");
            }
        }
    }

    static List<Range> find(ExtractionContext ctx) {
        TextView view = ctx.view();
        String flat = view.flat();
        List<GermanDates.DateMatch> dates = GermanDates.findAll(flat);
        List<int[]> labelEnds = new ArrayList<>();
        for (Phrase p : ctx.taxonomy().rangeLabels()) {
            for (PhraseMatch m : p.findAll(view)) {
                labelEnds.add(new int[] {m.start(), m.end()});
            }
        }
        List<Range> out = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i++) {
            GermanDates.DateMatch a = dates.get(i);
            GermanDates.DateMatch b = dates.get(i + 1);
            if (!BETWEEN.matcher(flat.substring(a.end(), b.start())).matches()) {
                continue;
            }
            LocalDate to = b.date();
            if (!b.hasYear() && a.hasYear() && a.date() != null) {
                // "01. Dez. 2024 bis 31. Dez." with the year on the next line, where a column of the page put
                // other text first: the end's year is the start's, or the next one for a range over New Year
                int year = a.date().getYear() + (b.month() < a.month() ? 1 : 0);
                try {
                    to = LocalDate.of(year, b.month(), b.day());
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
            if (to == null) {
                continue;
            }
            LocalDate from = a.date();
            if (!a.hasYear()) {
                int year = to.getYear() - (a.month() > to.getMonthValue() ? 1 : 0);
                try {
                    from = LocalDate.of(year, a.month(), a.day());
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
            if (from == null) {
                continue;
            }
            boolean labelled = false;
            for (int[] l : labelEnds) {
                if (l[1] <= a.start() && a.start() - l[1] <= LABEL_REACH) {
                    labelled = true;
                    break;
                }
            }
            out.add(new Range(a.start(), b.end(), from, to, labelled));
            i++;
        }
        return out;
    }
}
