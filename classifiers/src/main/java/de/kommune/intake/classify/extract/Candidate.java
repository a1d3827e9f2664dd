package de.kommune.intake.classify.extract;

/**
 * A possible value for a field, proposed by one extraction strategy.
 *
 * @param field      field code
 * @param value      normalised value
 * @param confidence in [0, 1]
 * @param page       1-based page
 * @param offset     position in the document text (earlier wins ties)
 * @param strategy   the source that proposed it, e.g. {@code label}, {@code senderLine}
 * @param detail     what it was based on, e.g. the label phrase (from the taxonomy, never document text)
 */
public record Candidate(String field, String value, double confidence, int page, int offset, String strategy,
                        String detail) {
}
