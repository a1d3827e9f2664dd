package de.kommune.intake.samples.data;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Identifiers with their check digits (see domain.md section 2). */
public final class Ids {

    private Ids() {
    }

    public static String digits(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ IBAN

    /** A German IBAN (22 characters, no spaces) for the given Bankleitzahl, with a valid mod-97 check. */
    public static String germanIban(String blz, String account10) {
        String bban = blz + account10;
        int check = 98 - mod97(bban + "1314" + "00");
        return String.format("DE%02d%s", check, bban);
    }

    public static String randomGermanIban(Random rnd, String blz) {
        return germanIban(blz, digits(rnd, 10));
    }

    /** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 == 1. */
    public static boolean isValidIban(String iban) {
        String s = iban.replace(" ", "").toUpperCase();
        if (s.length() < 15 || !s.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return false;
        }
        return mod97(s.substring(4) + s.substring(0, 4)) == 1;
    }

    private static int mod97(String s) {
        StringBuilder num = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                num.append(c - 'A' + 10);
            } else {
                num.append(c);
            }
        }
        return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    /** The same IBAN with one account digit changed, so the mod-97 check fails (a typo). */
    public static String corruptIban(Random rnd, String iban) {
        char[] c = iban.toCharArray();
        int pos = 12 + rnd.nextInt(10);
        c[pos] = (char) ('0' + (c[pos] - '0' + 1 + rnd.nextInt(8)) % 10);
        String out = new String(c);
        return isValidIban(out) ? corruptIban(rnd, iban) : out;
    }

    /** DE89 3704 0044 0532 0130 00 */
    public static String ibanGrouped(String iban) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(iban, i, Math.min(iban.length(), i + 4));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ Jobcenter numbers

    /** Normalised BG number: 5 digits, BG, 7 digits. */
    public static String bgNumber(Random rnd) {
        String serial = rnd.nextInt(10) < 7 ? "00" + digits(rnd, 5) : digits(rnd, 7);
        return digits(rnd, 5) + "BG" + serial;
    }

    /** A print form of a normalised BG number: as is, with spaces, or with // instead of BG. */
    public static String bgPrinted(String bg, int style) {
        String a = bg.substring(0, 5);
        String b = bg.substring(7);
        return switch (Math.floorMod(style, 5)) {
            case 0, 1 -> bg;
            case 2 -> a + "//" + b;
            case 3 -> a + " BG " + b;
            default -> a + " // " + b;
        };
    }

    /** Kundennummer: 3 digits, a letter, 6 digits (123A456789). */
    public static String kundennummer(Random rnd) {
        return digits(rnd, 3) + (char) ('A' + rnd.nextInt(26)) + digits(rnd, 6);
    }

    // ------------------------------------------------------------------ other German numbers

    /** Steuer-ID: 11 digits; one digit occurs twice among the first ten, check digit ISO 7064 MOD 11,10. */
    public static String steuerId(Random rnd) {
        while (true) {
            List<Integer> ds = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ds.add(i);
            }
            Collections.shuffle(ds, rnd);
            ds.remove(9);
            ds.add(ds.get(rnd.nextInt(9)));
            Collections.shuffle(ds, rnd);
            if (ds.get(0) == 0) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            ds.forEach(sb::append);
            int p = 10;
            for (int i = 0; i < 10; i++) {
                int s = (ds.get(i) + p) % 10;
                if (s == 0) {
                    s = 10;
                }
                p = (2 * s) % 11;
            }
            int check = 11 - p;
            if (check == 10) {
                check = 0;
            }
            return sb.append(check).toString();
        }
    }

    /** Rentenversicherungsnummer with check digit (VKVV § 2). */
    public static String svNumber(Random rnd, java.time.LocalDate dob, String surname, boolean female) {
        String[] areas = {"12", "13", "15", "18", "23", "24", "25", "28", "38", "39", "42", "43", "44", "48", "49",
                "53", "54", "55", "56", "58", "61", "63", "65", "66", "68"};
        String area = areas[rnd.nextInt(areas.length)];
        String date = String.format("%02d%02d%02d", dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear() % 100);
        char letter = Person.asciiUpper(surname).charAt(0);
        int serial = female ? 50 + rnd.nextInt(50) : rnd.nextInt(50);
        String head = area + date + String.format("%02d", letter - 'A' + 1) + String.format("%02d", serial);
        int[] w = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int prod = (head.charAt(i) - '0') * w[i];
            sum += prod / 10 + prod % 10;
        }
        return area + date + letter + String.format("%02d", serial) + (sum % 10);
    }

    /** Krankenversichertennummer: letter + 8 digits + check digit. */
    public static String kvNumber(Random rnd) {
        char letter = (char) ('A' + rnd.nextInt(26));
        String body = digits(rnd, 8);
        String all = String.format("%02d", letter - 'A' + 1) + body;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int prod = (all.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            sum += prod / 10 + prod % 10;
        }
        return "" + letter + body + (sum % 10);
    }

    /** Marktlokations-ID (11 digits, BDEW check digit). */
    public static String maloId(Random rnd) {
        String body = (1 + rnd.nextInt(9)) + digits(rnd, 9);
        int odd = 0;
        int even = 0;
        for (int i = 0; i < 10; i++) {
            int d = body.charAt(i) - '0';
            if (i % 2 == 0) {
                odd += d;
            } else {
                even += d;
            }
        }
        return body + (10 - (odd + 2 * even) % 10) % 10;
    }

    /** Kindergeldnummer 123FK123456. */
    public static String kindergeldNummer(Random rnd) {
        return digits(rnd, 3) + "FK" + digits(rnd, 6);
    }
}
