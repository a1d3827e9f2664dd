package de.kommune.intake.classify;

/**
 * A barcode decoded on a page.
 *
 * @param page    1-based page of the document
 * @param format  symbology, e.g. {@code QR_CODE}, {@code CODE_128}, {@code DATA_MATRIX}
 * @param payload the decoded text
 */
public record Barcode(int page, String format, String payload) {
}
