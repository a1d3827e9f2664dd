package de.kommune.intake.classify.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case-number patterns in effect (settings override the taxonomy).
 *
 * @param bgNumber        searched in text
 * @param bgFormat        replacement giving the normalised BG number
 * @param bgBarcode       searched in barcode payloads
 * @param bgBarcodeFormat replacement for {@code bgBarcode}
 * @param customerNumber  the Jobcenter Kundennummer
 * @param customerFormat  replacement giving the normalised Kundennummer
 */
public record CodePatterns(Pattern bgNumber, String bgFormat, Pattern bgBarcode, String bgBarcodeFormat,
                           Pattern customerNumber, String customerFormat) {

    /** Rewrites one match of {@code p} with {@code format}: upper case, no blanks. */
    static String normalize(Matcher m, String format) {
        String raw = m.group();
        String out = format == null ? raw : m.pattern().matcher(raw).replaceFirst(format);
        return out.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The normalised value when {@code raw} contains a match of {@code p}. */
    static Optional<String> first(Pattern p, String format, String raw) {
        if (p == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(raw);
        return m.find() ? Optional.of(normalize(m, format)) : Optional.empty();
    }
}
