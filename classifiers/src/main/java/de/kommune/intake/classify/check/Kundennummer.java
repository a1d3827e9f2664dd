package de.kommune.intake.classify.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Jobcenter Kundennummer (§ 51a SGB II): 3 digits, a letter, 6 digits; no check digit. */
public final class Kundennummer {

    public static final String DEFAULT_PATTERN = "(?<![0-9A-Za-z])([0-9]{3}) ?([A-Za-z]) ?([0-9]{6})(?![0-9])";
    public static final String DEFAULT_FORMAT = "$1$2$3";
    private static final Pattern NORMALISED = Pattern.compile("\\d{3}[A-Z]\\d{6}");

    private Kundennummer() {
    }

    public static Optional<String> normalize(String raw) {
        String s = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return isValid(s) ? Optional.of(s) : Optional.empty();
    }

    public static boolean isValid(String normalized) {
        return NORMALISED.matcher(normalized).matches();
    }
}
