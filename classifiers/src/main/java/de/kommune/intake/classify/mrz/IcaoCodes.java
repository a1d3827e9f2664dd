package de.kommune.intake.classify.mrz;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The state and nationality codes an MRZ may carry (ICAO Doc 9303 part 3: ISO 3166-1 alpha-3, "D" for
 * Germany and the codes for organisations, stateless persons and refugees). OCR reads a code's Q as O
 * ("IRO" for Iraq); a code that exists nowhere is repaired when exactly one lookalike swap makes it real.
 */
public final class IcaoCodes {

    private static final Set<String> KNOWN = new HashSet<>();
    /** Lookalike pairs OCR confuses in the MRZ font, both ways. */
    private static final String[][] LOOKALIKES = {{"O", "Q"}, {"O", "D"}, {"Q", "D"}, {"I", "L"}, {"U", "V"},
            {"B", "R"}, {"G", "C"}, {"K", "X"}};

    static {
        KNOWN.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        KNOWN.addAll(Set.of("D", "RKS", "GBD", "GBN", "GBO", "GBP", "GBS", "EUE", "UNO", "UNA", "UNK", "XOM",
                "XPO", "XXA", "XXB", "XXC", "XXX", "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XES", "XMP", "XDC"));
    }

    private IcaoCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** {@code code} when it exists, else the one existing code a single lookalike swap gives, else {@code code}. */
    public static String repair(String code) {
        if (code == null || code.isEmpty() || isKnown(code)) {
            return code;
        }
        String found = null;
        for (int i = 0; i < code.length(); i++) {
            String c = code.substring(i, i + 1);
            for (String[] pair : LOOKALIKES) {
                String other = c.equals(pair[0]) ? pair[1] : c.equals(pair[1]) ? pair[0] : null;
                if (other == null) {
                    continue;
                }
                String candidate = code.substring(0, i) + other + code.substring(i + 1);
                if (isKnown(candidate)) {
                    if (found != null && !found.equals(candidate)) {
                        return code; // two real codes are as near: no guess
                    }
                    found = candidate;
                }
            }
        }
        return found == null ? code : found;
    }
}
