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

    private static final Pattern START = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2})[ \\t]?[0-9O]{2}");

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
                raw = "DE" + repairDigits(raw.substring(2));
                if (!raw.matches("DE\\d{20}")) {
                    continue;
                }
            }
            out.add(new Found(m.start(), end, raw, Iban.isValid(raw)));
            from = end;
        }
        return out;
    }

    private static String repairDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case 'O', 'D', 'Q' -> '0';
                case 'I', 'L' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'G' -> '6';
                case 'B' -> '8';
                default -> c;
            });
        }
        return sb.toString();
    }
}
