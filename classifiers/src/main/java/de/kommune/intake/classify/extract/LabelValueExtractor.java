package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.ReviewReasons;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.text.FoldedText;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.classify.value.Addresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads values next to the field's label synonyms: right of the label on the same line (allowing
 * filler words such as "beträgt", "vom", "EUR" in between); when the label stands alone or in a
 * row of labels, {@link ColumnReader} looks below it. This works on text lines; a word-box variant
 * can implement the same strategy later.
 */
final class LabelValueExtractor implements FieldExtractor {

    /** A date in words whose year the line break carried over: "fristgerecht zum 30. April" / "2025." */
    private static final Pattern YEARLESS_AT_END = Pattern.compile("\\d{1,2}\\.?\\s*\\p{L}{3,10}\\.?\\s*$");
    private static final Pattern YEAR_AT_START = Pattern.compile("^\\n[ \\t]*\\d{4}(?!\\d)");
    private static final Pattern DAY_AT_END = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\s*$");
    private static final Pattern MONTH_YEAR_AT_START = Pattern.compile("^\\n[ \\t]*\\p{L}{3,10}\\.?[ \\t]*\\d{4}(?!\\d)");

    private static final String SIGNATURE = "unterschrift";
    private static final int MAX_GAP_WORDS = 2;
    private static final int MAX_SPECK_LETTERS = 2;
    private static final int MAX_GAP_CHARS = 70;
    private static final int ADDRESS_REACH = 160;
    private static final int EXCLUDE_REACH = 25;
    private static final double STACKED_FACTOR = 0.85;

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
            if (ctx.formValueLines().contains(line.index())) {
                continue; // "Hauptwohnung" under "Wohnungsstatus": a value in a form's value column, not a label
            }
            if (isSignatureCaption(ctx, f, hit)) {
                continue; // "Unterschrift Antragsteller/in": the line below holds a signature or the footer, no name
            }
            if (!ValueReader.isTyped(f) && f.kind() != FieldKind.ADDRESS && !hit.phrase().folded().contains(" ")
                    && !standsAsLabel(ctx, hit)) {
                continue; // "... trägt der Mieter." is prose, not a label
            }
            int restEnd = line.end();
            String lineRest = view.text().substring(hit.end(), line.end());
            String unparenthesized = LabelLines.stripParens(lineRest);
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
            // "Gültig bis / Date of expiry / Date d'expiration": the rest of the line is the label in more
            // languages, and the value stands below
            boolean translated = LabelLines.translationsOnly(rest, hit.phrase().source().contains("/"));
            Optional<Candidate> same = translated ? Optional.empty()
                    : sameLine(ctx, f, hit, rest, restEnd == line.end(), line, base, detail);
            if (same.isPresent()) {
                int valueStart = Math.max(hit.end(), same.get().offset());
                if (!excluded(f, view.text(), hit, valueStart, line)) {
                    out.add(demoteNear(f, view.text(), hit, valueStart, line, same.get()));
                    continue;
                }
                if (!LabelLines.emptyish(ctx, rest, hit.end())) {
                    continue;
                }
                // an address reached across the label lines below an empty label ("Straße, Hausnummer" /
                // "Postleitzahl, Ort" / "Vorherige Anschrift" / values): the form's value column may still hold it
            }
            // "Ihr Guthaben beträgt" / "322,32 EUR": only filler words left, the value stands below
            boolean fillersOnly = ValueReader.isTyped(f) && !rest.isBlank() && rest.chars().noneMatch(Character::isDigit)
                    && gapWords(ctx, rest, 0) == 0;
            if ((translated || fillersOnly || LabelLines.emptyish(ctx, rest, hit.end()))
                    && !excluded(f, view.text(), hit, line.end(), line)) {
                double belowBase = base * Confidence.LABEL_BELOW / Confidence.LABEL_SAME_LINE;
                Optional<Candidate> b = ColumnReader.below(ctx, f, hit, line, belowBase, detail);
                if (b.isEmpty()) {
                    b = ColumnReader.stacked(ctx, f, hit, line, belowBase * STACKED_FACTOR, detail);
                }
                b.filter(c -> !excludedOnValueLine(f, view, c))
                        .map(c -> demoteNear(f, view.text(), hit, line.end(), line, c)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "fristgerecht zum 31." / "Juli 2025": the line break fell after the day. */
    private static String withMonthFromNextLine(String text, int lineEnd, String rest) {
        Matcher m = MONTH_YEAR_AT_START.matcher(text.substring(lineEnd, Math.min(text.length(), lineEnd + 24)));
        return m.find() ? rest + " " + m.group().trim() : rest;
    }

    private static String withYearFromNextLine(String text, int lineEnd, String rest) {
        Matcher m = YEAR_AT_START.matcher(text.substring(lineEnd, Math.min(text.length(), lineEnd + 12)));
        return m.find() ? rest + m.group() : rest;
    }

    private Optional<Candidate> sameLine(ExtractionContext ctx, FieldDefinition f, LabelHit hit, String rest,
                                         boolean toLineEnd, Line line, double base, String detail) {
        if (f.kind() == FieldKind.ADDRESS) {
            String text = ctx.view().text();
            int end = toLineEnd ? Math.min(text.length(), hit.end() + ADDRESS_REACH) : hit.end() + rest.length();
            // the address's own offset, so the exclude check covers the lines between label and address
            // ("Wohnungsstatus alleinige Wohnung" / "Vorherige Anschrift Marktplatz 3, ...")
            String reach = LabelLines.addressReach(text.substring(hit.end(), end));
            return Addresses.find(reach).map(a -> candidate(f, a.normalized(), base, hit.end() + a.start(), detail));
        }
        if (ValueReader.isTyped(f)) {
            if (f.kind() == FieldKind.DATE && toLineEnd && YEARLESS_AT_END.matcher(rest).find()) {
                rest = withYearFromNextLine(ctx.view().text(), hit.end() + rest.length(), rest);
            } else if (f.kind() == FieldKind.DATE && toLineEnd && DAY_AT_END.matcher(rest).find()) {
                rest = withMonthFromNextLine(ctx.view().text(), hit.end() + rest.length(), rest);
            }
            String cleaned = LabelLines.stripParens(rest);
            List<ValueReader.Value> values = ValueReader.typed(f, cleaned, ctx);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            ValueReader.Value v = values.get(0);
            int gapWords = gapWords(ctx, cleaned.substring(0, v.start()), MAX_SPECK_LETTERS);
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
        return ValueReader.text(f, LabelLines.stripParens(rest)).map(v -> candidate(f, v, base, hit.end(), detail));
    }

    private static boolean isSignatureCaption(ExtractionContext ctx, FieldDefinition f, LabelHit hit) {
        if (f.kind() != FieldKind.PERSON_NAME && f.kind() != FieldKind.PARTY_NAME) {
            return false;
        }
        int from = ctx.view().lineAt(hit.start()).start(); // a label may run over two lines
        return FoldedText.of(ctx.view().text().substring(from, hit.start())).text().contains(SIGNATURE);
    }

    /**
     * A one-word name label starts its line (after numbering), follows a separator, or follows another
     * label in a header row; in running text ("Einzelfall trägt der Mieter") it is no label.
     */
    private static boolean standsAsLabel(ExtractionContext ctx, LabelHit hit) {
        Line line = ctx.view().lineAt(hit.start());
        String before = ctx.view().text().substring(line.start(), hit.start());
        String trimmed = before.replaceAll("\\s+$", "");
        // "‘Name Strauß-Richter": a speck before the label that OCR read as a quote or a bar
        if (trimmed.isEmpty() || trimmed.matches("[^\\p{L}\\p{N}\\s]{1,2}") || trimmed.matches("(?:§\\s*)?[0-9]{1,2}[.)]?|[a-z][.)]") || trimmed.matches(".*[:;,|·•(\\-–]$")
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

    static Candidate candidate(FieldDefinition f, String value, double conf, int offset, String detail) {
        return new Candidate(f.code(), value, conf, 0, offset, "label", detail);
    }

    /**
     * Words between label and value that are not fillers, or -1 when the gap is too long. Dates
     * and amounts in between are allowed ("Abschlag beträgt ab 15.02.2024 123,00 €"), and words of up to {@code speckLetters}
     * letters do not count.
     */
    private static int gapWords(ExtractionContext ctx, String gap, int speckLetters) {
        if (gap.length() > MAX_GAP_CHARS) {
            return -1;
        }
        String g = gap;
        for (int[] span : ValueReader.typedSpans(g, ctx)) {
            g = g.substring(0, span[0]) + " ".repeat(span[1] - span[0]) + g.substring(span[1]);
        }
        Set<String> fillers = ctx.fillerWords();
        int words = 0;
        for (String tok : FoldedText.of(g).text().split(" ")) {
            // "Betriebskosten Se ae N 98,80 €": between label and value, a photo's dotted leader read as specks of
            // one or two letters; alone after a label ("Gesamt-Brutto aS") they still hide a value OCR lost
            if (tok.length() > speckLetters && !fillers.contains(tok)) {
                words++;
            }
        }
        return words;
    }

    /**
     * A value read below its label (a heading such as "§ 5 Vergütung") is excluded by the words before it on its own
     * line too: "... erhält einen Stundenlohn von EUR 14,03 brutto" is no monthly gross.
     */
    private static boolean excludedOnValueLine(FieldDefinition f, TextView view, Candidate c) {
        if (c.offset() < 0) {
            return false;
        }
        Line valueLine = view.lineAt(Math.min(c.offset(), Math.max(0, view.text().length() - 1)));
        int to = c.offset() > valueLine.start() ? c.offset() : valueLine.end();
        return mentionsExclude(f, view.text(), valueLine.start(), to);
    }

    /**
     * True when an exclude phrase stands shortly before the label or between label and value
     * ("Jahreswerte Gesamtbrutto", "Kontostand alt 1.453,70").
     */
    private static boolean excluded(FieldDefinition f, String text, LabelHit hit, int valueStart, Line line) {
        return mentionsNearLabel(f.exclude(), text, hit, valueStart, line);
    }

    /** True when one of {@code phrases} stands shortly before the label or between label and value. */
    private static boolean mentionsNearLabel(List<Phrase> phrases, String text, LabelHit hit, int valueStart, Line line) {
        int from = Math.max(line.start(), hit.start() - EXCLUDE_REACH);
        int to = Math.min(Math.max(valueStart, hit.end()), text.length());
        return mentions(phrases, text, from, to);
    }

    /**
     * The candidate at {@link Confidence#DEMOTED} of its confidence when one of the field's demote phrases stands
     * where an exclude phrase would exclude it ("tägliche Leistungsbetrag"): kept for a document that states
     * nothing better.
     */
    private static Candidate demoteNear(FieldDefinition f, String text, LabelHit hit, int valueStart, Line line,
                                        Candidate c) {
        if (!mentionsNearLabel(f.demote(), text, hit, valueStart, line)) {
            return c;
        }
        return new Candidate(c.field(), c.value(), c.confidence() * Confidence.DEMOTED, c.page(), c.offset(),
                c.strategy(), c.detail() + " (demoted)");
    }

    /** True when {@code text[from, to)} holds one of the field's exclude phrases. */
    static boolean mentionsExclude(FieldDefinition f, String text, int from, int to) {
        return mentions(f.exclude(), text, from, to);
    }

    private static boolean mentions(List<Phrase> phrases, String text, int from, int to) {
        if (phrases.isEmpty()) {
            return false;
        }
        String folded = FoldedText.of(text.substring(from, to)).text();
        for (Phrase p : phrases) {
            if (p.occursIn(folded)) {
                return true;
            }
        }
        return false;
    }
}
