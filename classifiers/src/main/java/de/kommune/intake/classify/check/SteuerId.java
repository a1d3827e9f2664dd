package de.kommune.intake.classify.check;

/**
 * Steuerliche Identifikationsnummer: 11 digits, no leading zero; in the first ten digits exactly
 * one digit occurs two or three times and at least one digit is missing; check digit per ISO/IEC
 * 7064 MOD 11,10.
 */
public final class SteuerId {

    private SteuerId() {
    }

    public static boolean isValid(String raw) {
        String s = raw.replaceAll("[\\s/]+", "");
        if (!s.matches("[1-9]\\d{10}")) {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[s.charAt(i) - '0']++;
        }
        int repeated = 0;
        int missing = 0;
        for (int c : counts) {
            if (c == 0) {
                missing++;
            } else if (c == 2 || c == 3) {
                repeated++;
            } else if (c > 3) {
                return false;
            }
        }
        if (repeated != 1 || missing == 0) {
            return false;
        }
        return checkDigit(s) == s.charAt(10) - '0';
    }

    static int checkDigit(String s) {
        int p = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (s.charAt(i) - '0' + p) % 10;
            if (sum == 0) {
                sum = 10;
            }
            p = (2 * sum) % 11;
        }
        int check = 11 - p;
        return check == 10 ? 0 : check;
    }
}
