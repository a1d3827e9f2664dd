package de.kommune.intake.classify.taxonomy;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Value constraints of a field; all optional.
 *
 * @param pattern        a value must match (find) this; with {@code format} the match is rewritten
 *                       ({@code $1BG$2}); for bgNumber/customerNumber it is also searched in the whole text
 * @param format         replacement for {@code pattern} giving the normalised value
 * @param barcodePattern searched in decoded barcode payloads (bgNumber)
 * @param barcodeFormat  replacement for {@code barcodePattern}
 * @param min            lower bound for number fields
 * @param max            upper bound for number fields
 * @param aliases        printed value → normalised value, e.g. {@code DEUTSCH: D}
 */
public record ValueRules(Pattern pattern, String format, Pattern barcodePattern, String barcodeFormat, Double min,
                         Double max, Map<String, String> aliases) {

    public static final ValueRules NONE = new ValueRules(null, null, null, null, null, null, Map.of());

    public ValueRules {
        aliases = Map.copyOf(aliases);
    }
}
