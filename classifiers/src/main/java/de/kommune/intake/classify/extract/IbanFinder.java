package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.check.Iban;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds IBAN-shaped strings: a known country code, check digits and exactly the country's length
 * in groups, possibly wrapped onto the next line. Longer unbroken tokens (meter point IDs
 * {@code DE000...}) are not IBANs. German IBANs are all digits after "DE", so common OCR letter
 * confusions there are repaired before the check.
 */
final class IbanFinder {

    /**
     * An IBAN-shaped string.
     *
     * @param iban  normalised (upper case, no blanks)
     * @param valid passes length and mod-97 check
     */
    record Found(int start, int end, String iban, boolean valid) {
    }

    private static final Pattern START = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2})[ \\t]?[0-9OSIBZGQD]{2}");
    /** Digits OCR may have turned into a letter, most likely first. */
    private static final java.util.Map<Character, String> DIGITS_FOR = java.util.Map.of('O', "08", 'D', "0",
            'Q', "0", 'I', "17", 'L', "1", 'Z', "27", 'S', "568", 'G', "60", 'B', "836");

    private IbanFinder() {
    }

    static List<Found> findAll(String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = START.matcher(s);
        int from = 0;
        while (m.find(from)) {
            from = m.start() + 1;
            int len = Iban.expectedLength(m.group(1));
            if (len == 0) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int i = m.start();
            int blanks = 0;
            int newlines = 0;
            int end = -1;
            while (i < s.length() && sb.length() < len) {
                char c = s.charAt(i);
                if (Character.isDigit(c) || (c >= 'A' && c <= 'Z')) {
                    sb.append(c);
                    blanks = 0;
                    end = i + 1;
                } else if (c == ' ' || c == '\t' || c == '\n') {
                    newlines += c == '\n' ? 1 : 0;
                    if (++blanks > 2 || newlines > 1) {
                        break;
                    }
                } else {
                    break;
                }
                i++;
            }
            if (sb.length() < len || (end < s.length() && Character.isLetterOrDigit(s.charAt(end)))) {
                continue;
            }
            String raw = sb.toString();
            if (raw.startsWith("DE")) {
                String body = raw.substring(2);
                if (!body.matches("[0-9OSIBZGQDL]{20}")) {
                    continue;
                }
                raw = "DE" + repairDigits(body);
            } else if (!raw.substring(2, 4).matches("\\d{2}")) {
                continue;
            }
            out.add(new Found(m.start(), end, raw, Iban.isValid(raw)));
            from = end;
        }
        return out;
    }

    /**
     * Letters in a German IBAN's digit part are OCR errors. Each is replaced by the digit it most
     * likely stands for; when the check then fails, the other likely digits are tried: mod-97
     * accepts a wrong guess only with probability 1/97 per try.
     */
    static String repairDigits(String s) {
        int[] letters = new int[s.length()];
        int n = 0;
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (!Character.isDigit(c[i])) {
                letters[n++] = i;
                c[i] = DIGITS_FOR.get(c[i]).charAt(0);
            }
        }
        if (n == 0 || n > 3 || Iban.isValid("DE" + new String(c))) {
            return new String(c);
        }
        String found = tryAlternatives(s, c, letters, n, 0);
        return found != null ? found : new String(c);
    }

    private static String tryAlternatives(String raw, char[] c, int[] letters, int n, int k) {
        if (k == n) {
            String cand = new String(c);
            return Iban.isValid("DE" + cand) ? cand : null;
        }
        char orig = c[letters[k]];
        for (char alt : DIGITS_FOR.get(raw.charAt(letters[k])).toCharArray()) {
            c[letters[k]] = alt;
            String r = tryAlternatives(raw, c, letters, n, k + 1);
            if (r != null) {
                return r;
            }
        }
        c[letters[k]] = orig;
        return null;
    }
}
