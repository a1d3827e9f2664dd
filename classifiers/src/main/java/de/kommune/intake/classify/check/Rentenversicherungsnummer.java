package de.kommune.intake.classify.check;

import java.util.Locale;

/**
 * Versicherungsnummer der Rentenversicherung (SV-Nummer, VKVV § 2): area (2), birth date DDMMYY,
 * initial of the birth name, serial (2), check digit. The letter becomes its alphabet position
 * (A=01), the 12 digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1 and the digit sums of the products
 * are added; the sum mod 10 is the check digit. The birth-date part is not validated: persons
 * without a proven birth date get artificial values.
 */
public final class Rentenversicherungsnummer {

    private static final int[] WEIGHTS = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};

    private Rentenversicherungsnummer() {
    }

    public static boolean isValid(String raw) {
        String s = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!s.matches("\\d{8}[A-Z]\\d{3}")) {
            return false;
        }
        int letter = s.charAt(8) - 'A' + 1;
        String digits = s.substring(0, 8) + String.format("%02d", letter) + s.substring(9, 11);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int p = (digits.charAt(i) - '0') * WEIGHTS[i];
            sum += p / 10 + p % 10;
        }
        return sum % 10 == s.charAt(11) - '0';
    }
}
