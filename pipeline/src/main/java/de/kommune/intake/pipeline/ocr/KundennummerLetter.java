package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the letter of a Jobcenter Kundennummer (three digits, a letter, six digits) a second time. Page reading
 * often takes that letter for the digit it resembles ("446L615531" as "4461615531", S as 5, Q as 0), and without a
 * check digit no later step can tell which letter it was. A ten-digit word beside a "Kundennummer" / "Kunden-Nr."
 * label on a page about SGB II is cut out, its fourth glyph (by Tesseract's own character boxes) is read as a
 * single character that must be a capital letter, and that letter replaces the digit.
 *
 * <p>Only pages naming the Jobcenter context are touched, and no supplier's bill: an energy supplier's ten-digit
 * "Kunden-Nr." is all digits and must stay so, also when the back office stamped the BG number on the bill.
 */
final class KundennummerLetter {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern LABEL = Pattern.compile("(?i)^kunden(?:-?nr\\.?|nummer)");
    /** Pages of the Jobcenter itself; a stamp "Bedarfsgemeinschaft ..." on a third party's bill is not enough. */
    private static final Pattern CONTEXT = Pattern.compile("(?i)jobcenter|sgb ii|bürgergeld|grundsicherung");
    /** A supplier's bill: its ten-digit "Kunden-Nr." is its own, all digits. */
    private static final Pattern SUPPLIER = Pattern.compile("(?i)vertragskonto|zählernummer|zähler-nr|marktlokation"
            + "|verbrauchsstelle|rechnungsnummer|rechnungs-nr");
    private static final int LETTER_AT = 3;

    /** The two readings the cut-outs need ({@link OcrEngine#characterBoxes}, {@link OcrEngine#recognizeLetter}). */
    interface Reader {
        List<int[]> characterBoxes(BufferedImage word);

        RecognizedPage recognizeLetter(BufferedImage glyph);
    }

    private KundennummerLetter() {
    }

    /** Cheap test first: most pages hold no such number. */
    static boolean mayHold(RecognizedPage page) {
        return CONTEXT.matcher(page.text()).find() && !SUPPLIER.matcher(page.text()).find()
                && TEN_DIGITS.matcher(page.text()).find() && page.text().toLowerCase(Locale.GERMAN).contains("kunden");
    }

    /** The page with the letters read again, or empty when nothing changed. */
    static Optional<RecognizedPage> reread(BufferedImage image, RecognizedPage page, Reader reader) {
        int[] offsets = page.wordOffsets();
        if (offsets == null) {
            return Optional.empty(); // the text is not the words joined: leave the page as read
        }
        List<OcrWord> words = new ArrayList<>(page.words());
        StringBuilder text = new StringBuilder(page.text());
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            int at = offsets[i]; // a letter replaces a digit: the offsets stay
            if (!TEN_DIGITS.matcher(w.text()).matches() || !labelled(words, i)) {
                continue;
            }
            Optional<Character> letter = letterOf(image, w, reader);
            if (letter.isPresent()) {
                String fixed = w.text().substring(0, LETTER_AT) + letter.get() + w.text().substring(LETTER_AT + 1);
                text.replace(at, at + fixed.length(), fixed);
                words.set(i, new OcrWord(fixed, w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line()));
                changed = true;
            }
        }
        return changed ? Optional.of(new RecognizedPage(text.toString(), words, page.meanConfidence())) : Optional.empty();
    }

    /**
     * A "Kundennummer" / "Kunden-Nr." word before it on the same line (an "(falls bekannt)" between allowed), or on
     * the line above (a label over its box, "BG-Nummer Kunden-Nr." over "30256BG9096395 8470675391").
     */
    private static boolean labelled(List<OcrWord> words, int index) {
        int line = words.get(index).line();
        for (int k = index - 1; k >= 0 && words.get(k).line() >= line - 1; k--) {
            boolean sameLine = words.get(k).line() == line;
            if ((!sameLine || index - k <= 4) && LABEL.matcher(words.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Character> letterOf(BufferedImage image, OcrWord w, Reader reader) {
        int margin = Math.max(2, w.height() / 4);
        int x0 = Math.max(0, w.left() - margin);
        int y0 = Math.max(0, w.top() - margin);
        int x1 = Math.min(image.getWidth(), w.left() + w.width() + margin);
        int y1 = Math.min(image.getHeight(), w.top() + w.height() + margin);
        if (x1 - x0 < 20 || y1 - y0 < 8) {
            return Optional.empty();
        }
        BufferedImage word = cut(image, x0, y0, x1 - x0, y1 - y0);
        List<int[]> boxes = reader.characterBoxes(word);
        // Tesseract's own boxes when it segments ten characters; otherwise the fourth tenth of the word (digits
        // are printed at one width, and the letter between them at about that width)
        boolean segmented = boxes.size() == 10;
        int[] g = segmented ? boxes.get(LETTER_AT) : tenth(w, x0, y0, border(y1 - y0));
        int pad = Math.max(2, (g[3] - g[1]) / 5);
        int side = segmented ? pad : 0; // an estimated tenth already reaches to the neighbours' edges
        int gx0 = Math.max(0, g[0] - side);
        int gy0 = Math.max(0, g[1] - pad);
        int gx1 = Math.min(word.getWidth(), g[2] + side);
        int gy1 = Math.min(word.getHeight(), g[3] + pad);
        if (gx1 - gx0 < 4 || gy1 - gy0 < 6) {
            return Optional.empty();
        }
        RecognizedPage read = reader.recognizeLetter(cut(word, gx0, gy0, gx1 - gx0, gy1 - gy0));
        String t = read.text().strip();
        // Tesseract's confidence says little here (a whitelisted "S" over the "5" its model preferred scores 0), and
        // the digit read first is wrong for certain: the letter that glyph resembles most is the best reading
        if (t.length() != 1 || t.charAt(0) < 'A' || t.charAt(0) > 'Z') {
            return Optional.empty();
        }
        return Optional.of(t.charAt(0));
    }

    /** The word's fourth tenth in the cut-out's coordinates (the cut-out starts at x0, y0 plus its border). */
    private static int[] tenth(OcrWord w, int x0, int y0, int border) {
        double cw = w.width() / 10.0;
        int left = border + (w.left() - x0) + (int) Math.round(LETTER_AT * cw);
        int top = border + (w.top() - y0);
        return new int[] {left, top, left + (int) Math.round(cw), top + w.height()};
    }

    /** Half the height around a cut-out: Tesseract reads a glyph touching the edge badly. */
    private static int border(int height) {
        return Math.max(4, height / 2);
    }

    private static BufferedImage cut(BufferedImage image, int x, int y, int w, int h) {
        return Images.greyCut(image, x, y, w, h, border(h));
    }
}
