package de.kommune.intake.classify;

import java.util.List;

/**
 * The text of one page.
 *
 * @param page  1-based page number within the document
 * @param text  the page text in reading order, lines separated by {@code \n}
 * @param words word boxes when known (OCR or PDF text layer); may be empty
 */
public record PageText(int page, String text, List<Word> words) {

    public PageText {
        words = List.copyOf(words);
    }
}
