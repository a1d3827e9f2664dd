package de.kommune.intake.classify.text;

import java.text.Normalizer;

/**
 * Folds text for tolerant phrase matching: lower case, diacritics dropped (OCR often loses the
 * umlaut dots, so "Kündigung" and "Kundigung" must meet), ß to ss, punctuation to single spaces,
 * and the commonest OCR glyph confusions collapsed (0/o, 1/l/i, 5/s). Phrases and document text go
 * through the same folding, so the collapse never hurts matching; folded text is never shown.
 */
public final class Folding {

    private static final String[] TABLE = new String[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute(c);
        }
    }

    private Folding() {
    }

    /** The folded form of one character: a space for separators, 1-2 letters otherwise. */
    static String fold(char c) {
        return c < TABLE.length ? TABLE[c] : compute(c);
    }

    /** Folds a whole string (no position map); used for phrases from configuration. */
    public static String fold(String s) {
        return FoldedText.of(s).text();
    }

    private static String compute(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return " ";
        }
        char lower = Character.toLowerCase(c);
        if (lower == 'ß') {
            return "ss";
        }
        String base = String.valueOf(lower);
        if (lower > 127) {
            String d = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!d.isEmpty()) {
                base = d;
            }
        }
        return switch (base) {
            case "0" -> "o";
            case "1", "l" -> "i";
            case "5" -> "s";
            default -> base;
        };
    }
}
