package de.kommune.intake.classify.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs letters OCR reads for digits inside numbers ("2O25", "27.O5.", "1.2l4,56"), one
 * character for one, so offsets stay valid. A letter is changed only between digits or between a
 * digit and a decimal/date separator; the letter of a Kundennummer ({@code 123O456789}) is kept.
 */
final class DigitRepair {

    /** The letters OCR reads for 0 and 1 ({@link #asDigit}). */
    private static final String LOOKALIKES = "OoQlI|";

    private static final Pattern ONE_LETTER_DAY = Pattern.compile("(?<![\\p{L}\\d.,])([Il|])\\.[ \\t]*"
            + "(?:Jan|Feb|Mär|Mar|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\\p{Ll}*\\.?[ \\t]*(?:19|20)\\d{2}(?!\\d)");

    private DigitRepair() {
    }

    static String apply(String s) {
        char[] c = null;
        for (int i = 1; i < s.length() - 1; i++) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch) || !digitLike(ch)) {
                continue;
            }
            char left = s.charAt(i - 1);
            char right = s.charAt(i + 1);
            boolean numeric = (Character.isDigit(left) && (Character.isDigit(right) || right == '.' || right == ','))
                    || (Character.isDigit(right) && (left == '.' || left == ','));
            if (numeric && !customerNumberLetter(s, i)) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = asDigit(ch);
            }
        }
        return dayNumbers(c == null ? s : new String(c));
    }

    /**
     * A two-character day number read as letters before its dot ("Ol. Jan. 2025", "O1.02."): both characters
     * digits or their lookalikes, at least one an O or a digit (Roman "II." stays), the word standing alone and
     * followed by a dot and a digit or a capital (the month).
     */
    private static String dayNumbers(String s) {
        char[] c = null;
        for (int i = 0; i + 3 < s.length(); i++) {
            if ((i > 0 && !Character.isWhitespace(s.charAt(i - 1))) || s.charAt(i + 2) != '.') {
                continue;
            }
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            int after = i + 3;
            while (after < s.length() && s.charAt(after) == ' ') {
                after++;
            }
            if (!digitLike(a) || !digitLike(b) || (Character.isDigit(a) && Character.isDigit(b))
                    || !(zeroOrDigit(a) || zeroOrDigit(b)) || after >= s.length()
                    || !(Character.isDigit(s.charAt(after)) || Character.isUpperCase(s.charAt(after)))) {
                continue;
            }
            if (c == null) {
                c = s.toCharArray();
            }
            c[i] = asDigit(a);
            c[i + 1] = asDigit(b);
        }
        return oneLetterDays(c == null ? s : new String(c));
    }

    /**
     * A one-digit day read as a letter ("ab I. Mai 2025"): I, l or | standing alone before a dot, a month's name and
     * a year. A Roman numeral heads a section ("I. Persönliche Angaben"), never a month and a year.
     */
    private static String oneLetterDays(String s) {
        Matcher m = ONE_LETTER_DAY.matcher(s);
        if (!m.find()) {
            return s;
        }
        char[] c = s.toCharArray();
        do {
            c[m.start(1)] = '1';
        } while (m.find());
        return new String(c);
    }

    /** A digit, or a letter OCR reads for one. */
    private static boolean digitLike(char ch) {
        return Character.isDigit(ch) || LOOKALIKES.indexOf(ch) >= 0;
    }

    private static boolean zeroOrDigit(char ch) {
        return Character.isDigit(ch) || ch == 'O' || ch == 'o' || ch == 'Q';
    }

    private static char asDigit(char ch) {
        return switch (ch) {
            case 'O', 'o', 'Q' -> '0';
            case 'l', 'I', '|' -> '1';
            default -> ch;
        };
    }

    private static boolean customerNumberLetter(String s, int i) {
        if (i < 3 || i + 6 >= s.length()) {
            return false;
        }
        for (int k = i - 3; k < i; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        for (int k = i + 1; k <= i + 6; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
