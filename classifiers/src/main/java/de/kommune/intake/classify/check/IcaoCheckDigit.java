package de.kommune.intake.classify.check;

/** ICAO Doc 9303 check digit: 0-9 as is, A-Z as 10-35, '<' as 0; weights 7,3,1; sum mod 10. */
public final class IcaoCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private IcaoCheckDigit() {
    }

    public static int compute(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += value(s.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** True when {@code check} is the check digit of {@code data}. */
    public static boolean verify(CharSequence data, char check) {
        return Character.isDigit(check) && compute(data) == check - '0';
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: '" + c + "'");
    }
}
