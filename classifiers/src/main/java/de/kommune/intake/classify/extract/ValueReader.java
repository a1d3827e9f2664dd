package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.value.Addresses;
import de.kommune.intake.classify.value.GermanAmounts;
import de.kommune.intake.classify.value.GermanDates;
import de.kommune.intake.classify.value.Names;
import de.kommune.intake.classify.value.Numbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a field's value of its kind from a piece of text and normalises it. */
final class ValueReader {

    /**
     * A typed value found in text.
     *
     * @param impossible date-shaped but not a calendar date (31.02.2025)
     */
    record Value(int start, int end, String normalized, boolean impossible) {
    }

    private static final Pattern TEXT_CUT = Pattern.compile("\\s{3,}|\\t| · | • | \\| ");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.,])(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:.,]\\d)");

    private ValueReader() {
    }

    /** Typed values of the field's kind in {@code s}, in text order (empty for textual kinds). */
    static List<Value> typed(FieldDefinition f, String s, ExtractionContext ctx) {
        List<Value> out = new ArrayList<>();
        switch (f.kind()) {
            case DATE -> {
                for (GermanDates.DateMatch d : GermanDates.findAll(s)) {
                    if (!d.hasYear()) {
                        continue;
                    }
                    LocalDate date = d.date();
                    if (date != null && isBirthDate(f)) {
                        date = GermanDates.pastDate(date, ctx.reference());
                    }
                    out.add(new Value(d.start(), d.end(), date == null ? null : date.toString(), date == null));
                }
            }
            case MONTH -> {
                for (GermanDates.MonthMatch m : GermanDates.findMonths(s)) {
                    out.add(new Value(m.start(), m.end(), m.month().toString(), false));
                }
            }
            case AMOUNT -> {
                for (GermanAmounts.AmountMatch a : GermanAmounts.findAll(s)) {
                    out.add(new Value(a.start(), a.end(), GermanAmounts.format(a.value()), false));
                }
            }
            case NUMBER -> {
                List<GermanAmounts.AmountMatch> amounts = GermanAmounts.findAll(s);
                for (Numbers.NumberMatch n : Numbers.findAll(s)) {
                    boolean inAmount = amounts.stream().anyMatch(a -> a.start() < n.end() && n.start() < a.end());
                    double v = n.value().doubleValue();
                    if (inAmount || (f.value().min() != null && v < f.value().min())
                            || (f.value().max() != null && v > f.value().max())) {
                        continue;
                    }
                    out.add(new Value(n.start(), n.end(), Numbers.format(n.value()), false));
                }
            }
            case IBAN -> {
                for (IbanFinder.Found i : IbanFinder.findAll(s)) {
                    if (i.valid()) {
                        out.add(new Value(i.start(), i.end(), i.iban(), false));
                    }
                }
            }
            case BG_NUMBER -> addPattern(out, ctx.codes().bgNumber(), ctx.codes().bgFormat(), s);
            case CUSTOMER_NUMBER -> addPattern(out, ctx.codes().customerNumber(), ctx.codes().customerFormat(), s);
            case TEXT -> {
                if (f.value().pattern() != null) {
                    Matcher m = f.value().pattern().matcher(s);
                    while (m.find()) {
                        if (isWord(m.group())) {
                            continue; // "Rechnungs-Nr." below "Kundennummer" in a label column
                        }
                        String v = f.value().format() == null ? m.group()
                                : m.pattern().matcher(m.group()).replaceFirst(f.value().format());
                        out.add(new Value(m.start(), m.end(), alias(f, v.replaceAll("\\s+", " ").trim()), false));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    /**
     * A match of a code pattern (compiled case-insensitive) that is a word: lower-case letters and no digit.
     * Codes are printed in capitals or hold digits.
     */
    static boolean isWord(String match) {
        return match.chars().noneMatch(Character::isDigit) && match.chars().anyMatch(Character::isLowerCase);
    }

    /** True when the field is read as a typed token (everything but free text without a pattern). */
    static boolean isTyped(FieldDefinition f) {
        return !f.kind().isTextual() || (f.kind() == de.kommune.intake.classify.taxonomy.FieldKind.TEXT
                && f.value().pattern() != null);
    }

    /** A textual value read from the start of {@code s}. */
    static Optional<String> text(FieldDefinition f, String s) {
        switch (f.kind()) {
            case PERSON_NAME:
                return Names.person(s);
            case PARTY_NAME:
                return Names.party(s);
            case ADDRESS:
                return Addresses.find(s).map(Addresses.AddressMatch::normalized);
            case TEXT:
                Matcher m = TEXT_CUT.matcher(s);
                String t = (m.find() ? s.substring(0, m.start()) : s).replaceAll("^[\\s:.,;\\-–/|)\\]]+", "")
                        .replaceAll("[\\s,;]+$", "").replaceAll("\\s+", " ").trim();
                if (t.isEmpty() || t.length() > 80 || t.chars().noneMatch(Character::isLetterOrDigit)) {
                    return Optional.empty();
                }
                return Optional.of(alias(f, t));
            default:
                return Optional.empty();
        }
    }

    /** All typed tokens of any kind in {@code s} (for splitting a value row into cells). */
    static List<int[]> typedSpans(String s, ExtractionContext ctx) {
        List<int[]> spans = new ArrayList<>();
        GermanDates.findAll(s).forEach(d -> spans.add(new int[] {d.start(), d.end()}));
        GermanDates.findMonths(s).forEach(d -> spans.add(new int[] {d.start(), d.end()}));
        GermanAmounts.findAll(s).forEach(a -> spans.add(new int[] {a.start(), a.end()}));
        IbanFinder.findAll(s).forEach(i -> spans.add(new int[] {i.start(), i.end()}));
        Matcher time = TIME.matcher(s);
        while (time.find()) {
            spans.add(new int[] {time.start(), time.end()});
        }
        for (Pattern p : new Pattern[] {ctx.codes().bgNumber(), ctx.codes().customerNumber()}) {
            if (p != null) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] sp : spans) {
            if (!merged.isEmpty() && sp[0] < merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], sp[1]);
            } else {
                merged.add(sp.clone());
            }
        }
        return merged;
    }

    static boolean isBirthDate(FieldDefinition f) {
        return f.code().toLowerCase(Locale.ROOT).contains("birth");
    }

    private static void addPattern(List<Value> out, Pattern p, String format, String s) {
        if (p == null) {
            return;
        }
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new Value(m.start(), m.end(), CodePatterns.normalize(m, format), false));
        }
    }

    private static String alias(FieldDefinition f, String v) {
        for (Map.Entry<String, String> e : f.value().aliases().entrySet()) {
            if (e.getKey().equalsIgnoreCase(v)) {
                return e.getValue();
            }
        }
        return v;
    }
}
