package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tesseract's result for one image: text in reading order, words with boxes, mean confidence 0..100. The text
 * joins each line's words with blanks; the steps that read part of a page again ({@link MachineReadableZone},
 * {@link InterleavedColumn}, {@link KundennummerLetter}) find words and lines in it through the helpers below.
 */
public record RecognizedPage(String text, List<OcrWord> words, double meanConfidence) {

    /** The words by line number, lines in reading order. */
    Map<Integer, List<OcrWord>> lines() {
        Map<Integer, List<OcrWord>> lines = new LinkedHashMap<>();
        for (OcrWord w : words) {
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        return lines;
    }

    /** Where each word starts in the text, read in order; null when the text is not the words joined. */
    int[] wordOffsets() {
        int[] at = new int[words.size()];
        int pos = 0;
        for (int i = 0; i < words.size(); i++) {
            int found = text.indexOf(words.get(i).text(), pos);
            if (found < 0) {
                return null;
            }
            at[i] = found;
            pos = found + words.get(i).text().length();
        }
        return at;
    }

    /**
     * Where each line of {@link #lines()} stands in the text, {start, end} in the same order; null when the text
     * is not the lines joined.
     */
    int[][] lineSpans() {
        List<List<OcrWord>> lines = new ArrayList<>(lines().values());
        int[][] spans = new int[lines.size()][];
        int pos = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = joined(lines.get(i), " ");
            int at = text.indexOf(line, pos);
            if (at < 0) {
                return null;
            }
            pos = at + line.length();
            spans[i] = new int[] {at, pos};
        }
        return spans;
    }

    static String joined(List<OcrWord> words, String separator) {
        return String.join(separator, words.stream().map(OcrWord::text).toList());
    }
}
