package de.kommune.intake.samples.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** ICAO 9303 machine-readable zones (TD1 for ID cards and residence permits, TD3 for passports). */
public final class Mrz {

    private static final String ID_FIRST = "LMNPRTVWXY";
    private static final String PASS_FIRST = "CFGHJK";
    private static final String DOC_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ";

    private Mrz() {
    }

    /** ICAO check digit: 0-9 as is, A-Z as 10-35, '<' as 0, weights 7,3,1. */
    public static char checkDigit(String s) {
        int[] w = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else if (c == '<') {
                v = 0;
            } else {
                throw new IllegalArgumentException("not an MRZ character: " + c);
            }
            sum += v * w[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** A German document number: ID cards and residence permits start with L..Y, passports with C..K. */
    public static String documentNumber(Random rnd, boolean passport) {
        String first = passport ? PASS_FIRST : ID_FIRST;
        StringBuilder sb = new StringBuilder().append(first.charAt(rnd.nextInt(first.length())));
        for (int i = 0; i < 8; i++) {
            sb.append(DOC_ALPHABET.charAt(rnd.nextInt(DOC_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Name field: SURNAME<<GIVEN<NAMES with umlauts transliterated, padded or cut to {@code width}. */
    public static String nameField(String surname, String givenNames, int width) {
        String s = mrzText(surname) + "<<" + mrzText(givenNames);
        return pad(s.length() > width ? s.substring(0, width) : s, width);
    }

    static String mrzText(String s) {
        return Person.asciiUpper(s).replaceAll("[^A-Z]+", "<");
    }

    static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append('<');
        }
        return sb.toString();
    }

    static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    /**
     * TD1 (3 x 30): ID card ({@code docCode} "ID") or electronic residence permit ("AR").
     * German documents use "D<<" as issuing state; {@code nationality} is "D<<" or e.g. "SYR".
     */
    public static List<String> td1(String docCode, String docNumber, LocalDate dob, char sex, LocalDate expiry,
                                   String nationality, String surname, String givenNames) {
        String l1body = pad(docCode, 2) + "D<<" + docNumber + checkDigit(docNumber);
        String line1 = pad(l1body, 30);
        String birth = yymmdd(dob) + checkDigit(yymmdd(dob));
        String exp = yymmdd(expiry) + checkDigit(yymmdd(expiry));
        String l2 = birth + sex + exp + pad(nationality, 3) + "<<<<<<<<<<<";
        String composite = line1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        String line2 = l2 + checkDigit(composite);
        return List.of(line1, line2, nameField(surname, givenNames, 30));
    }

    /** TD3 (2 x 44) German passport with empty personal number field. */
    public static List<String> td3(String docNumber, LocalDate dob, char sex, LocalDate expiry, String surname,
                                   String givenNames) {
        String line1 = "P<D<<" + nameField(surname, givenNames, 39);
        String personal = "<<<<<<<<<<<<<<";
        String l2 = docNumber + checkDigit(docNumber) + "D<<" + yymmdd(dob) + checkDigit(yymmdd(dob)) + sex
                + yymmdd(expiry) + checkDigit(yymmdd(expiry)) + personal + "<";
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        return List.of(line1, l2 + checkDigit(composite));
    }

    /** True when every check digit of a TD1 or TD3 zone verifies. */
    public static boolean verify(List<String> lines) {
        if (lines.size() == 3 && lines.stream().allMatch(l -> l.length() == 30)) {
            String l1 = lines.get(0);
            String l2 = lines.get(1);
            String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
            return checkDigit(l1.substring(5, 14)) == l1.charAt(14)
                    && checkDigit(l2.substring(0, 6)) == l2.charAt(6)
                    && checkDigit(l2.substring(8, 14)) == l2.charAt(14)
                    && checkDigit(composite) == l2.charAt(29);
        }
        if (lines.size() == 2 && lines.stream().allMatch(l -> l.length() == 44)) {
            String l2 = lines.get(1);
            String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
            char personalCheck = l2.charAt(42);
            boolean personalOk = personalCheck == '<' ? l2.substring(28, 42).equals("<".repeat(14))
                    : checkDigit(l2.substring(28, 42)) == personalCheck;
            return checkDigit(l2.substring(0, 9)) == l2.charAt(9)
                    && checkDigit(l2.substring(13, 19)) == l2.charAt(19)
                    && checkDigit(l2.substring(21, 27)) == l2.charAt(27)
                    && personalOk
                    && checkDigit(composite) == l2.charAt(43);
        }
        return false;
    }
}
