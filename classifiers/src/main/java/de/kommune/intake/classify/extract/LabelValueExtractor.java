package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.ReviewReasons;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.text.FoldedText;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.TextView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads values next to the field's label synonyms: right of the label on the same line (allowing
 * filler words such as "beträgt", "vom", "EUR" in between), or, when the label stands alone or in
 * a row of labels, in the line below, in the column that matches the label. This layout logic
 * works on text lines; a word-box variant can implement the same strategy later.
 */
final class LabelValueExtractor implements FieldExtractor {

    private static final Pattern PARENS = Pattern.compile("\\([^()]{0,60}\\)");
    private static final String SEPARATORS = "[\\s:.,;\\-–_/|*()\\[\\]=>]+";
    private static final int MAX_GAP_WORDS = 2;
    private static final int MAX_GAP_CHARS = 70;
    private static final int ADDRESS_REACH = 160;
    private static final int EXCLUDE_REACH = 25;

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing("label")) {
            FieldDefinition f = ctx.field(field);
            if (f.kind() == FieldKind.ENUM || f.kind() == FieldKind.IBAN) {
                continue;
            }
            for (Candidate c : read(ctx, f)) {
                ctx.offer(field, c.value(), c.confidence(), c.offset(), "label", c.detail());
            }
        }
    }

    /** Label-based candidates for any field (also for fields not active on the type, see NameComposer). */
    List<Candidate> read(ExtractionContext ctx, FieldDefinition f) {
        List<Candidate> out = new ArrayList<>();
        TextView view = ctx.view();
        Set<String> active = ctx.activeFields();
        for (LabelHit hit : ctx.labels().hitsFor(f.code())) {
            Line line = view.lineAt(Math.max(hit.start(), hit.end() - 1));
            if (!ValueReader.isTyped(f) && f.kind() != FieldKind.ADDRESS && !hit.phrase().folded().contains(" ")
                    && !standsAsLabel(ctx, hit)) {
                continue; // "... trägt der Mieter." is prose, not a label
            }
            int restEnd = line.end();
            String lineRest = view.text().substring(hit.end(), line.end());
            String unparenthesized = stripParens(lineRest);
            for (LabelHit o : ctx.labels().startingIn(hit.end(), line.end())) {
                if (unparenthesized.charAt(o.start() - hit.end()) == ' ' && lineRest.charAt(o.start() - hit.end()) != ' ') {
                    continue; // a synonym in brackets: "Grundmiete (Kaltmiete) 351,50 €"
                }
                if (o.isStop() || (active.contains(o.field()) && !o.field().equals(f.code()))
                        || (o.field().equals(f.code()) && o.start() >= hit.end())) {
                    restEnd = o.start();
                    break;
                }
            }
            String rest = view.text().substring(hit.end(), restEnd);
            double base = Confidence.LABEL_SAME_LINE * Confidence.rankFactor(hit.rank())
                    * (hit.fuzzy() ? Confidence.FUZZY_LABEL : 1.0);
            String detail = "label:" + hit.phrase().source();
            Optional<Candidate> same = sameLine(ctx, f, hit, rest, restEnd == line.end(), line, base, detail);
            if (same.isPresent()) {
                if (!excluded(f, view.text(), hit, Math.max(hit.end(), same.get().offset()), line)) {
                    out.add(same.get());
                }
                continue;
            }
            if (emptyish(ctx, rest, hit.end()) && !excluded(f, view.text(), hit, line.end(), line)) {
                below(ctx, f, hit, line, base * Confidence.LABEL_BELOW / Confidence.LABEL_SAME_LINE, detail)
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Candidate> sameLine(ExtractionContext ctx, FieldDefinition f, LabelHit hit, String rest,
                                         boolean toLineEnd, Line line, double base, String detail) {
        if (f.kind() == FieldKind.ADDRESS) {
            String text = ctx.view().text();
            int end = toLineEnd ? Math.min(text.length(), hit.end() + ADDRESS_REACH) : hit.end() + rest.length();
            String reach = text.substring(hit.end(), end);
            return ValueReader.text(f, stripParens(reach)).map(v -> candidate(f, v, base, hit.end(), detail));
        }
        if (ValueReader.isTyped(f)) {
            String cleaned = stripParens(rest);
            List<ValueReader.Value> values = ValueReader.typed(f, cleaned, ctx);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            ValueReader.Value v = values.get(0);
            int gapWords = gapWords(ctx, cleaned.substring(0, v.start()));
            if (gapWords < 0 || gapWords > MAX_GAP_WORDS) {
                return Optional.empty();
            }
            if (v.impossible()) {
                ctx.issue(ReviewReasons.IMPLAUSIBLE_VALUE);
                return Optional.empty();
            }
            double c = base - Confidence.PER_GAP_WORD * gapWords;
            return Optional.of(candidate(f, v.normalized(), c, hit.end() + v.start(), detail));
        }
        return ValueReader.text(f, stripParens(rest)).map(v -> candidate(f, v, base, hit.end(), detail));
    }

    /** The value in the next line, in the column of the label. */
    private Optional<Candidate> below(ExtractionContext ctx, FieldDefinition f, LabelHit hit, Line line, double base,
                                      String detail) {
        TextView view = ctx.view();
        Line next = view.nextNonBlank(line);
        if (next == null || next.page() != line.page() || next.index() - line.index() > 2) {
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
            return ValueReader.text(f, reach).map(v -> candidate(f, v, base, next.start(), detail));
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
        return Optional.of(candidate(f, values.get(choice), base, next.start() + options.get(choice)[0], detail));
    }

    /**
     * A one-word name label starts its line (after numbering), follows a separator, or follows another
     * label in a header row; in running text ("Einzelfall trägt der Mieter") it is no label.
     */
    private static boolean standsAsLabel(ExtractionContext ctx, LabelHit hit) {
        Line line = ctx.view().lineAt(hit.start());
        String before = ctx.view().text().substring(line.start(), hit.start());
        String trimmed = before.replaceAll("\\s+$", "");
        if (trimmed.isEmpty() || trimmed.matches("(?:§\\s*)?[0-9]{1,2}[.)]?|[a-z][.)]") || trimmed.matches(".*[:;,|·•(\\-–]$")
                || before.matches(".*\\S\\s{3,}$")) {
            return true;
        }
        for (LabelHit o : ctx.labels().startingIn(line.start(), hit.start())) {
            if (o.end() >= line.start() + trimmed.length() - 1 && o.end() <= hit.start()) {
                return true;
            }
        }
        return false;
    }

    private static Candidate candidate(FieldDefinition f, String value, double conf, int offset, String detail) {
        return new Candidate(f.code(), value, conf, 0, offset, "label", detail);
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

    /**
     * Words between label and value that are not fillers, or -1 when the gap is too long. Dates
     * and amounts in between are allowed ("Abschlag beträgt ab 15.02.2024 123,00 €").
     */
    private static int gapWords(ExtractionContext ctx, String gap) {
        if (gap.length() > MAX_GAP_CHARS) {
            return -1;
        }
        String g = gap;
        for (int[] span : ValueReader.typedSpans(g, ctx)) {
            g = g.substring(0, span[0]) + " ".repeat(span[1] - span[0]) + g.substring(span[1]);
        }
        Set<String> fillers = ctx.taxonomy().fillers().stream().map(Phrase::folded)
                .flatMap(x -> List.of(x.split(" ")).stream()).collect(Collectors.toSet());
        int words = 0;
        for (String tok : FoldedText.of(g).text().split(" ")) {
            if (!tok.isEmpty() && !fillers.contains(tok)) {
                words++;
            }
        }
        return words;
    }

    /** Nothing but separators and other labels between the label and the end of its line. */
    private static boolean emptyish(ExtractionContext ctx, String rest, int restStart) {
        StringBuilder sb = new StringBuilder(stripParens(rest));
        return sb.toString().replaceAll(SEPARATORS, "").isEmpty() || onlyLabels(ctx, rest, restStart);
    }

    private static boolean onlyLabels(ExtractionContext ctx, String rest, int restStart) {
        char[] c = rest.toCharArray();
        for (LabelHit h : ctx.labels().startingIn(restStart, restStart + rest.length())) {
            for (int i = h.start() - restStart; i < Math.min(c.length, h.end() - restStart); i++) {
                c[i] = ' ';
            }
        }
        return stripParens(new String(c)).replaceAll(SEPARATORS, "").isEmpty();
    }

    private static String stripParens(String s) {
        return PARENS.matcher(s).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * True when an exclude phrase stands shortly before the label or between label and value
     * ("Jahreswerte Gesamtbrutto", "Kontostand alt 1.453,70", "tägliche Leistungsbetrag").
     */
    private static boolean excluded(FieldDefinition f, String text, LabelHit hit, int valueStart, Line line) {
        if (f.exclude().isEmpty()) {
            return false;
        }
        int from = Math.max(line.start(), hit.start() - EXCLUDE_REACH);
        int to = Math.min(Math.max(valueStart, hit.end()), text.length());
        String folded = FoldedText.of(text.substring(from, to)).text();
        for (Phrase p : f.exclude()) {
            if (p.occursIn(folded)) {
                return true;
            }
        }
        return false;
    }
}
