package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.text.Folding;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.classify.value.GermanAmounts;
import de.kommune.intake.classify.value.GermanDates;
import de.kommune.intake.classify.value.LabelWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values laid out in columns under their labels: a header row of labels with a value row below
 * (matched by position), and a label column that OCR emits before its value column.
 */
final class ColumnReader {

    private static final int STACK_SEARCH_LINES = 12;
    private static final int FORM_MIN_LABELS = 4;
    private static final int AMOUNT_COLUMN_MIN = 3;
    /** "Ihre Kundennummer", "Unser Zeichen": a label line of a letter's information block. */
    private static final Pattern POSSESSIVE = Pattern.compile("^\\s*(?i:ihre?|unsere?)\\s+");
    /** One token with digits, as codes are printed. */
    private static final Pattern CODE = Pattern.compile("(?=\\S*\\d)[\\p{L}\\d][\\p{L}\\d./\\-]{3,24}");

    private ColumnReader() {
    }

    /** The value in the next line, in the column of the label. */
    static Optional<Candidate> below(ExtractionContext ctx, FieldDefinition f, LabelHit hit, Line line, double base,
                                      String detail) {
        TextView view = ctx.view();
        Line below = view.nextNonBlank(line);
        if (below == null || below.page() != line.page() || below.index() - line.index() > 2) {
            return Optional.empty();
        }
        Line next = f.kind() == FieldKind.AMOUNT ? amountColumnPair(view, line, below).orElse(below) : below;
        if (line.text().trim().endsWith(".") && isProse(line.text())) {
            // "Das Guthaben überweisen wir Ihnen bis zum 09.03.2025.": a finished sentence labels nothing below it
            return Optional.empty();
        }
        for (LabelHit o : ctx.labels().startingIn(next.start(), next.end())) {
            if (!o.isStop() && o.start() - next.start() <= 2 && ctx.activeFields().contains(o.field())) {
                return Optional.empty(); // the next line is itself a label line
            }
        }
        List<LabelHit> rowLabels = rowLabels(ctx, line);
        int k = Math.max(0, indexOfStart(rowLabels, hit.start()));
        double labelPos = (hit.start() - line.start()) / (double) Math.max(1, line.text().length());
        String nt = next.text();
        List<int[]> typed = ValueReader.typedSpans(nt, ctx);
        List<int[]> cells = cells(nt, typed);
        if (f.kind() == FieldKind.ADDRESS) {
            String reach = view.text().substring(next.start(), Math.min(view.text().length(), next.end() + 60));
            return ValueReader.text(f, reach).map(v -> LabelValueExtractor.candidate(f, v, base, next.start(), detail));
        }
        List<int[]> options = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (ValueReader.isTyped(f)) {
            for (ValueReader.Value v : ValueReader.typed(f, nt, ctx)) {
                if (!v.impossible()) {
                    options.add(new int[] {v.start(), v.end()});
                    values.add(v.normalized());
                }
            }
        } else {
            for (int[] cell : cells) {
                if (isTextCell(cell, typed)) {
                    Optional<String> v = ValueReader.text(f, nt.substring(cell[0], cell[1]));
                    if (v.isPresent()) {
                        options.add(cell);
                        values.add(v.get());
                    }
                }
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        int choice = 0;
        if (options.size() > 1) {
            if (cells.size() == rowLabels.size() && k < cells.size()) {
                int[] cell = cells.get(k);
                choice = -1;
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i)[0] < cell[1] && cell[0] < options.get(i)[1]) {
                        choice = i;
                        break;
                    }
                }
                if (choice < 0) {
                    return Optional.empty();
                }
            } else {
                double bestDiff = Double.MAX_VALUE;
                for (int i = 0; i < options.size(); i++) {
                    double pos = options.get(i)[0] / (double) Math.max(1, nt.length());
                    double diff = Math.abs(pos - labelPos);
                    if (diff < bestDiff) {
                        bestDiff = diff;
                        choice = i;
                    }
                }
            }
        }
        if (f.kind() == FieldKind.DATE && isProse(nt) && nt.substring(0, options.get(choice)[0]).trim().length() > 0) {
            // "Abrechnung für den Zeitraum 1.7.2023 bis 30.6.2024" under "Datum": a date inside a title or sentence
            // is no cell of a row below (one that starts the line continues the label: "zum" / "31.05.2025"; an
            // amount in the sentence under a heading such as "§ 5 Vergütung" is that heading's value)
            return Optional.empty();
        }
        if (f.kind() == FieldKind.DATE && periodCaption(ctx, nt.substring(0, options.get(choice)[0]))) {
            // "Datum" / "Abrechnungszeitraum 15. Februar 2024 - 14. Februar 2025": an info block's label column
            // read before its values; the date below has a caption of its own, a period's
            return Optional.empty();
        }
        return Optional.of(LabelValueExtractor.candidate(f, values.get(choice), base, next.start() + options.get(choice)[0], detail));
    }

    /** The words before a date end with one of the taxonomy's period captions ("Abrechnungszeitraum:"). */
    private static boolean periodCaption(ExtractionContext ctx, String before) {
        String caption = Folding.fold(before).trim();
        if (caption.isEmpty()) {
            return false;
        }
        for (Phrase p : ctx.taxonomy().rangeLabels()) {
            if (caption.equals(p.folded()) || caption.endsWith(" " + p.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bill's label column read before its amount column ("Nettobetrag" / "Umsatzsteuer 19 %" / "Gesamtbetrag
     * (brutto)", then "120,39 €" / "22,87 €" / "143,26 €"): the rows end together, so the label's place among as
     * many lines of words above the first amount as there are amounts is the amount's place in the column. Empty
     * for any other layout (fewer such lines), where the line below is the value.
     */
    private static Optional<Line> amountColumnPair(TextView view, Line label, Line first) {
        List<Line> lines = view.lines();
        List<Line> amounts = new ArrayList<>();
        for (int i = first.index(); i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.page() != first.page() || GermanAmounts.parse(l.text().trim()).isEmpty()) {
                break;
            }
            amounts.add(l);
        }
        if (amounts.size() < AMOUNT_COLUMN_MIN) {
            return Optional.empty();
        }
        List<Line> labels = new ArrayList<>();
        for (int i = first.index() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String t = l.text().trim();
            if (l.page() != first.page() || t.chars().noneMatch(Character::isLetter)
                    || BalanceReconciliation.trailingAmount(l).isPresent()) {
                break;
            }
            labels.add(0, l);
            if (labels.size() == amounts.size()) {
                break; // the table's rows end together: lines above its first row are other content
            }
        }
        int k = labels.indexOf(label);
        return labels.size() == amounts.size() && k >= 0 ? Optional.of(amounts.get(k)) : Optional.empty();
    }

    /**
     * OCR often reads a form's label column and its value column one after the other
     * ("seit:", "bis:", "festgestellt am:", ..., "06.09.2024", "08.09.2024", "07.09.2024"): the
     * i-th line of a block of label-only lines takes the i-th line of the next run of lines that
     * hold exactly one value each, when both blocks have the same length.
     */
    static Optional<Candidate> stacked(ExtractionContext ctx, FieldDefinition f, LabelHit hit, Line line, double base,
                                        String detail) {
        Optional<Candidate> typed = ValueReader.isTyped(f) ? stackedTyped(ctx, f, line, base, detail) : Optional.empty();
        if (typed.isPresent() || hit.start() < line.start()) {
            // a label read across two lines of a label column ("Familienname" / "Vornamen" as "Familienname,
            // Vorname") is two labels, each with its own value
            return typed;
        }
        return stackedForm(ctx, f, line, base, detail);
    }

    private static Optional<Candidate> stackedTyped(ExtractionContext ctx, FieldDefinition f, Line line, double base,
                                                    String detail) {
        List<Line> lines = ctx.view().lines();
        int a = line.index();
        int b = line.index();
        while (a > 0 && isLabelOnly(ctx, lines.get(a - 1))) {
            a--;
        }
        while (b + 1 < lines.size() && isLabelOnly(ctx, lines.get(b + 1))) {
            b++;
        }
        int n = b - a + 1;
        if (n < 2) {
            return Optional.empty();
        }
        int seen = 0;
        for (int i = b + 1; i < lines.size() && seen < STACK_SEARCH_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            if (!isSingleValue(ctx, lines.get(i))) {
                continue;
            }
            List<Line> run = valueRun(ctx, lines, i, n);
            if (run.size() < n || run.get(line.index() - a).page() != line.page()) {
                return Optional.empty();
            }
            Line valueLine = run.get(line.index() - a);
            List<ValueReader.Value> values = ValueReader.typed(f, valueLine.text(), ctx);
            if (values.isEmpty() || values.get(0).impossible()) {
                return Optional.empty();
            }
            return Optional.of(LabelValueExtractor.candidate(f, values.get(0).normalized(), base,
                    valueLine.start() + values.get(0).start(), detail));
        }
        return Optional.empty();
    }

    /**
     * Up to {@code n} single-value lines from {@code first} on; a lone blank line between two of them is skipped
     * ("KD-5187284271" / "327290366747" / "0959552644" / "" / "1. März 2025": OCR put the info block's last row
     * apart).
     */
    private static List<Line> valueRun(ExtractionContext ctx, List<Line> lines, int first, int n) {
        List<Line> run = new ArrayList<>();
        for (int i = first; i < lines.size() && run.size() < n; i++) {
            Line l = lines.get(i);
            if (l.isBlank() && !run.isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                continue;
            }
            if (!isSingleValue(ctx, l)) {
                break;
            }
            run.add(l);
        }
        return run;
    }

    /**
     * A form's label column read before its value column, values of any kind ("Familienname", "Vornamen",
     * "Geburtsdatum", ..., then "Wagner", "Aylin", "01.03.1986", ...): the i-th of at least
     * {@value #FORM_MIN_LABELS} label lines (blank lines between them allowed) takes the i-th of the same number
     * of short lines that follow. An address whose street and town stand on two value lines takes both.
     */
    private static Optional<Candidate> stackedForm(ExtractionContext ctx, FieldDefinition f, Line line, double base,
                                                   String detail) {
        Optional<StackedForm> form = StackedForm.around(ctx, line);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        int k = form.get().labels().indexOf(line);
        List<Line> values = form.get().values();
        Line valueLine = values.get(k);
        String text = form.get().texts().get(k);
        if (f.kind() == FieldKind.ADDRESS && k + 1 < values.size() && !POSTCODE.matcher(text).find()) {
            text = text + " " + form.get().texts().get(k + 1).trim();
        }
        if (ValueReader.isTyped(f)) {
            List<ValueReader.Value> typed = ValueReader.typed(f, text, ctx);
            if (typed.isEmpty() || typed.get(0).impossible()) {
                return Optional.empty();
            }
            return Optional.of(LabelValueExtractor.candidate(f, typed.get(0).normalized(), base,
                    valueLine.start() + typed.get(0).start(), detail));
        }
        return ValueReader.text(f, text).map(v -> LabelValueExtractor.candidate(f, v, base, valueLine.start(), detail));
    }

    /**
     * A form's label column and the value column that follows it, paired one to one: at least
     * {@value #FORM_MIN_LABELS} short label lines, then exactly as many short lines, after which nothing value-like
     * follows (prose, a label or the page's end).
     */
    record StackedForm(List<Line> labels, List<Line> values, List<String> texts) {

        /** The form whose label column holds {@code line}. */
        static Optional<StackedForm> around(ExtractionContext ctx, Line line) {
            List<Line> lines = ctx.view().lines();
            int a = line.index();
            for (int i = line.index() - 1; i >= 0 && isFormLabelOrBlank(ctx, lines.get(i)); i--) {
                a = i;
            }
            Optional<StackedForm> form = startingAt(ctx, a);
            return form.filter(x -> x.labels().contains(line));
        }

        /** The value lines of every form in the document: they are values, whatever label they look like. */
        static Set<Integer> valueLines(ExtractionContext ctx) {
            List<Line> lines = ctx.view().lines();
            Set<Integer> out = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank() || !isFormLabelOrBlank(ctx, lines.get(i))) {
                    continue;
                }
                Optional<StackedForm> form = startingAt(ctx, i);
                if (form.isPresent()) {
                    form.get().values().forEach(v -> out.add(v.index()));
                    i = form.get().values().get(form.get().values().size() - 1).index();
                } else {
                    while (i + 1 < lines.size() && isFormLabelOrBlank(ctx, lines.get(i + 1))) {
                        i++;
                    }
                }
            }
            return out;
        }

        private static Optional<StackedForm> startingAt(ExtractionContext ctx, int a) {
            List<Line> lines = ctx.view().lines();
            List<Line> labels = new ArrayList<>();
            int last = a;
            for (int i = a; i < lines.size() && isFormLabelOrBlank(ctx, lines.get(i)); i++) {
                if (!lines.get(i).isBlank()) {
                    if (!PARENTHETICAL.matcher(lines.get(i).text()).matches()) {
                        labels.add(lines.get(i));
                    }
                    last = i;
                }
            }
            if (labels.size() < FORM_MIN_LABELS) {
                return Optional.empty();
            }
            int page = labels.get(0).page();
            List<Line> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Line after = null;
            boolean labelLikeValue = false;
            for (int i = last + 1; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.isBlank()) {
                    continue;
                }
                if (!values.isEmpty() && TOWN_GOES_ON.matcher(texts.get(texts.size() - 1)).find()
                        && TOWN_END.matcher(l.text()).matches()) {
                    // "Kölner Straße 18, 79112 Freiburg im" / "Breisgau": one value on two lines
                    texts.set(texts.size() - 1, texts.get(texts.size() - 1).trim() + " " + l.text().trim());
                    continue;
                }
                if (values.size() == labels.size()) {
                    after = l;
                    break;
                }
                if (l.page() != page || !isShortValue(l.text())) {
                    return Optional.empty();
                }
                if (isLabelOnly(ctx, l)) {
                    // a value that is also some field's label ("Hauptwohnung" under "Wohnungsstatus"): one such
                    // line, without a colon, never one of the column's own labels
                    if (labelLikeValue || l.text().trim().endsWith(":") || sameText(labels, l)) {
                        return Optional.empty();
                    }
                    labelLikeValue = true;
                }
                values.add(l);
                texts.add(l.text());
            }
            if (values.size() < labels.size()
                    || (after != null && isShortValue(after.text()) && !isLabelOnly(ctx, after)
                            && !datesPairWithDateLabels(ctx, labels, texts))) {
                return Optional.empty(); // the counts do not pair up one to one
            }
            return Optional.of(new StackedForm(List.copyOf(labels), List.copyOf(values), List.copyOf(texts)));
        }
    }

    /**
     * True when at least two of the labels name a date field, the last one among them, and each of their value
     * lines holds a date, and no other value does: the one-to-one pairing is then right even with a short line
     * after the values (an AU form's "Erstbescheinigung" after "Datum" / "10. März 2025", its box lost by OCR).
     */
    private static boolean datesPairWithDateLabels(ExtractionContext ctx, List<Line> labels, List<String> texts) {
        int dated = 0;
        for (int i = 0; i < labels.size(); i++) {
            Line l = labels.get(i);
            boolean dateLabel = ctx.labels().startingIn(l.start(), l.end()).stream()
                    .anyMatch(h -> !h.isStop() && ctx.field(h.field()).kind() == FieldKind.DATE);
            boolean dateValue = !GermanDates.findAll(texts.get(i)).isEmpty();
            if (dateLabel != dateValue) {
                return false;
            }
            dated += dateLabel ? 1 : 0;
            if (i == labels.size() - 1 && !dateLabel) {
                return false; // only a checked last pair closes the column: a line inserted after it is outside
            }
        }
        return dated >= 2;
    }

    /** A German postcode: the town line of an address already on the value line. */
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{5}(?!\\d)");

    private static boolean sameText(List<Line> lines, Line l) {
        String t = l.text().trim();
        return lines.stream().anyMatch(x -> x.text().trim().equalsIgnoreCase(t));
    }

    /** "(BG-Nr.)" on a line of its own: the rest of the label above it. */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*");
    /** A town whose name goes on on the next line: "Freiburg im", "Frankfurt am", "Mülheim an der". */
    private static final Pattern TOWN_GOES_ON = Pattern.compile(
            "\\d{5}\\s+\\p{Lu}[\\p{L}.\\-]*\\s+(?:im|am|an der|in der|ob der|bei|vor der|a\\.)\\s*$");
    private static final Pattern TOWN_END = Pattern.compile("\\s*\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)?\\s*");

    private static boolean isFormLabelOrBlank(ExtractionContext ctx, Line l) {
        // an abbreviated label ends with its dot ("Kunden-Nr."), which a short value may not
        return l.isBlank() || PARENTHETICAL.matcher(l.text()).matches()
                || (isShortValue(l.text().trim().replaceFirst("\\.$", "")) && isLabelOnly(ctx, l));
    }

    /** Three or more words in lower case: a sentence or title, not a row of values. */
    private static boolean isProse(String t) {
        int lower = 0;
        for (String w : t.trim().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)) {
                lower++;
            }
        }
        return lower >= 3;
    }

    /** A line a form's value column holds: a few words, no sentence. */
    private static boolean isShortValue(String t) {
        String s = t.trim();
        return s.length() <= 60 && s.split("\\s+").length <= 6 && !s.endsWith(".");
    }

    private static boolean isLabelOnly(ExtractionContext ctx, Line l) {
        String t = l.text().trim();
        if (t.isEmpty()) {
            return false;
        }
        if (t.endsWith(":") || isGenericLabel(t)) {
            return true;
        }
        List<LabelHit> hits = ctx.labels().startingIn(l.start(), l.end());
        return !hits.isEmpty() && LabelLines.onlyLabels(ctx, POSSESSIVE.matcher(l.text()).replaceFirst(m ->
                " ".repeat(m.group().length())), l.start());
    }

    /** "Rechnungs-Nr.", "Ihre Zählernummer": up to three words without digits, the last one a label word. */
    private static boolean isGenericLabel(String t) {
        String[] words = t.split("\\s+");
        return words.length <= 3 && t.chars().noneMatch(Character::isDigit)
                && LabelWords.isLabelWord(words[words.length - 1]);
    }

    private static boolean isSingleValue(ExtractionContext ctx, Line l) {
        String t = l.text().trim();
        if (CODE.matcher(t).matches()) {
            return true; // "KD-9719255026", "964486531834": a customer or contract number
        }
        List<int[]> spans = ValueReader.typedSpans(t, ctx);
        if (spans.size() != 1) {
            return false;
        }
        int covered = spans.get(0)[1] - spans.get(0)[0];
        return covered >= t.replaceAll("\\s+", "").length() * 0.8;
    }

    /** Labels of active fields on a line, one per position: the header cells of a table row. */
    private static List<LabelHit> rowLabels(ExtractionContext ctx, Line line) {
        List<LabelHit> out = new ArrayList<>();
        int lastEnd = -1;
        for (LabelHit h : ctx.labels().startingIn(line.start(), line.end())) {
            if (!h.isStop() && h.start() >= lastEnd) {
                out.add(h);
                lastEnd = h.end();
            }
        }
        return out;
    }

    private static int indexOfStart(List<LabelHit> hits, int start) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** Splits a value row into cells: typed tokens, and text between them split at wide gaps. */
    private static List<int[]> cells(String s, List<int[]> typed) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        for (int[] t : typed) {
            textCells(s, pos, t[0], out);
            out.add(t);
            pos = t[1];
        }
        textCells(s, pos, s.length(), out);
        return out;
    }

    private static void textCells(String s, int from, int to, List<int[]> out) {
        String part = s.substring(from, to);
        int p = 0;
        for (String piece : part.split("\\s{3,}|\\t")) {
            int idx = part.indexOf(piece, p);
            if (piece.chars().filter(Character::isLetter).count() >= 2) {
                int st = from + idx;
                int en = st + piece.length();
                while (st < en && !Character.isLetterOrDigit(s.charAt(st))) {
                    st++;
                }
                out.add(new int[] {st, en});
            }
            p = idx + piece.length();
        }
    }

    private static boolean isTextCell(int[] cell, List<int[]> typed) {
        for (int[] t : typed) {
            if (t[0] == cell[0] && t[1] == cell[1]) {
                return false;
            }
        }
        return true;
    }
}
