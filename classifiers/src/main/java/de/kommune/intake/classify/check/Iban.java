package de.kommune.intake.classify.check;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/** IBAN per ISO 13616: country-specific length and the ISO 7064 MOD 97-10 check. */
public final class Iban {

    /** IBAN lengths of SEPA countries and neighbours (the ones German citizens' accounts are in). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("DE", 22), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("RS", 22), Map.entry("BA", 20), Map.entry("AL", 28), Map.entry("XK", 20));
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Expected length for a country code, or 0 when unknown. */
    public static int expectedLength(String country) {
        return LENGTHS.getOrDefault(country.toUpperCase(Locale.ROOT), 0);
    }

    /** Upper case, no whitespace. */
    public static String normalize(String raw) {
        return raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        String s = normalize(raw);
        if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        int len = expectedLength(s.substring(0, 2));
        if (len != 0 && s.length() != len) {
            return false;
        }
        if (s.startsWith("DE") && !s.matches("DE\\d{20}")) {
            return false;
        }
        return mod97(s) == 1;
    }

    static int mod97(String s) {
        String r = s.substring(4) + s.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : r.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
