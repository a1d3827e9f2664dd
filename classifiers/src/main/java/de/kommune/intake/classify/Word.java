package de.kommune.intake.classify;

/**
 * One recognised word with its box in page pixels.
 *
 * @param text       the word as recognised
 * @param left       x of the box's left edge
 * @param top        y of the box's top edge
 * @param width      box width
 * @param height     box height
 * @param confidence OCR confidence in [0, 100]; 100 for text taken from a PDF text layer
 * @param line       0-based index of the text line on its page, in reading order
 */
public record Word(String text, int left, int top, int width, int height, float confidence, int line) {
}
