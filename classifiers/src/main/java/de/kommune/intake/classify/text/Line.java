package de.kommune.intake.classify.text;

/**
 * One text line of a document.
 *
 * @param index global 0-based line index within the document
 * @param page  1-based page number
 * @param start offset of the first character in {@link TextView#text()}
 * @param end   offset after the last character (the newline is not included)
 * @param text  the line text
 */
public record Line(int index, int page, int start, int end, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
