package de.kommune.intake.classify.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nummer der Bedarfsgemeinschaft: 5 digits, {@code BG}, 7 digits; also printed with {@code //}
 * ({@code 07402//0094744}). No public check digit exists. Offices can configure other patterns in
 * the taxonomy; this class holds the default.
 */
public final class BgNumber {

    public static final String DEFAULT_PATTERN = "(?<![0-9])([0-9]{5}) ?(?:BG|//|/) ?([0-9]{7})(?![0-9])";
    public static final String DEFAULT_FORMAT = "$1BG$2";
    private static final Pattern COMPILED = Pattern.compile(DEFAULT_PATTERN, Pattern.CASE_INSENSITIVE);
    private static final Pattern NORMALISED = Pattern.compile("\\d{5}BG\\d{7}");

    private BgNumber() {
    }

    /** The normalised form ({@code 07402BG0094744}) when {@code raw} holds one BG number. */
    public static Optional<String> normalize(String raw) {
        Matcher m = COMPILED.matcher(raw.trim());
        if (m.matches()) {
            return Optional.of(m.replaceFirst(DEFAULT_FORMAT).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    public static boolean isValid(String normalized) {
        return NORMALISED.matcher(normalized).matches();
    }
}
