package de.kommune.intake.connector.spi;

/**
 * One extracted field, normalised per the taxonomy (dates {@code YYYY-MM-DD}, amounts {@code 1234.56}).
 *
 * @param value      the normalised value
 * @param confidence in [0, 1]
 * @param page       1-based page of the document the value was found on
 * @since 1.0
 */
public record FieldValue(String value, double confidence, int page) {
}
