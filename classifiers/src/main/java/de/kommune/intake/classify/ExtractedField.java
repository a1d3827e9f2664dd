package de.kommune.intake.classify;

/**
 * A field value normalised per the taxonomy.
 *
 * @param value      normalised value ({@code YYYY-MM-DD}, {@code 1234.56}, IBAN without spaces, ...)
 * @param confidence in [0, 1]
 * @param page       1-based page it was found on
 */
public record ExtractedField(String value, double confidence, int page) {
}
