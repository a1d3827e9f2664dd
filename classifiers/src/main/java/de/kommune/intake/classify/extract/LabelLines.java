package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.value.Names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for the text around labels. */
final class LabelLines {

    private static final Pattern PARENS = Pattern.compile("\\([^()]{0,60}\\)");
    private static final Pattern LEADING_PARENS = Pattern.compile("^[\\s:]*\\([^()]{0,60}\\)");
    /** "Postleitzahl, Ort" starting the line after "Straße, Hausnummer": a form's address in two boxes. */
    private static final Pattern POSTCODE_LABEL = Pattern.compile(
            "(?m)^[ \\t]*(?:Postleitzahl|PLZ)(?:[ \\t]*(?:,|/|und)[ \\t]*(?:Wohn)?[Oo]rt)?[ \\t]*:?(?:[ \\t]+[_|.~-])?"
                    + "(?=[ \\t]*\\d{5}(?!\\d))"); // "Postleitzahl, Ort _ 50673 Köln": a speck OCR read
    /** One "/ word word" translation of a label; no digits, so never a value. */
    private static final Pattern TRANSLATION = Pattern.compile("\\s*/\\s*[\\p{L}'’.]+(?:[ \\t]+[\\p{L}'’.]+){0,3}\\s*");
    private static final String SEPARATORS = "[\\s:.,;\\-–_/|*()\\[\\]=>]+";

    private LabelLines() {
    }

    /** Nothing but separators and other labels between the label and the end of its line. */
    static boolean emptyish(ExtractionContext ctx, String rest, int restStart) {
        return stripParens(rest).replaceAll(SEPARATORS, "").isEmpty() || onlyLabels(ctx, rest, restStart);
    }

    /**
     * The rest of a label's line holds only translations of the label ("/ Date of expiry / Date d'expiration", as
     * ID documents print them): two or more, or one after a label that is bilingual itself. A single "/ word"
     * after a plain label can be a value ("Vorname / Name Max Muster") and is not taken for one.
     */
    static boolean translationsOnly(String rest, boolean bilingualLabel) {
        Matcher m = TRANSLATION.matcher(rest);
        int segments = 0;
        int at = 0;
        while (at < rest.length() && m.find(at) && m.start() == at) {
            segments++;
            at = m.end();
        }
        return at == rest.length() && segments >= (bilingualLabel ? 1 : 2);
    }

    static boolean onlyLabels(ExtractionContext ctx, String rest, int restStart) {
        char[] c = rest.toCharArray();
        for (LabelHit h : ctx.labels().startingIn(restStart, restStart + rest.length())) {
            for (int i = h.start() - restStart; i < Math.min(c.length, h.end() - restStart); i++) {
                c[i] = ' ';
            }
        }
        return stripParens(new String(c)).replaceAll(SEPARATORS, "").isEmpty();
    }

    /**
     * The text after an address label, offsets kept: a parenthetical right after the label blanked ("Anschrift
     * (Hauptwohnung)"), those of towns kept ("06108 Halle (Saale)"), a postcode box's own label blanked.
     */
    static String addressReach(String s) {
        String out = LEADING_PARENS.matcher(s).replaceAll(m -> " ".repeat(m.group().length()));
        return POSTCODE_LABEL.matcher(out).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * Blanks out short parentheticals, keeping offsets: "Grundmiete (Kaltmiete) 351,50 €"; one that is part of a
     * name ({@link Names#partOfName}) stays.
     */
    static String stripParens(String s) {
        return PARENS.matcher(s).replaceAll(m -> Names.partOfName(m.group()) ? Matcher.quoteReplacement(m.group())
                : " ".repeat(m.group().length()));
    }
}
