package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the machine-readable zone of an ID card, passport or residence permit a second time. Tesseract's page
 * mode reads the OCR-B zone with lower-case letters and punctuation ("IDD<<TVIFVORK68<<<<<<<<<cceec<c"), and a
 * name line can come out as noise; the zone cut from the page and read as one block of ICAO 9303 characters
 * only gives lines the check digits can confirm. The zone is found from the page's own reading: the lines
 * holding "&lt;&lt;", widened by a line above and below for a line the first pass did not recognise as such.
 *
 * <p>The second reading replaces the zone's lines in the text and their words only when it gives at least as
 * many lines of zone shape (25–46 characters of A–Z, 0–9 and "&lt;") as the first one had lines holding "&lt;&lt;";
 * otherwise the page stays as read.
 */
final class MachineReadableZone {

    /** 30, 36 or 44 characters as printed; OCR adds or drops one or two. */
    private static final Pattern ZONE_LINE = Pattern.compile("[A-Z0-9<]{25,46}");
    private static final int FRAGMENT = 12;
    private static final Pattern ZONE_WORD = Pattern.compile("[A-Z0-9<]+");
    /**
     * How far the cut reaches above and below the lines holding "&lt;&lt;", in their letter heights: one more zone
     * line at the usual spacing (a passport's second line, or a name line read as noise).
     */
    private static final double REACH = 2.5;

    private MachineReadableZone() {
    }

    /** Cheap test before grouping words: most pages have no zone. */
    static boolean mayHoldZone(RecognizedPage page) {
        return page.text().contains("<<");
    }

    /**
     * @param image  the page image the words' boxes refer to
     * @param reader reads a cut-out as a zone ({@link OcrEngine#recognizeMachineReadableZone})
     * @return the page with the zone read again, or empty when the second reading is no better
     */
    static Optional<RecognizedPage> reread(BufferedImage image, RecognizedPage page,
                                           Function<BufferedImage, RecognizedPage> reader) {
        Map<Integer, List<OcrWord>> lines = page.lines();
        List<Integer> marked = lines.keySet().stream().filter(k -> RecognizedPage.joined(lines.get(k), "").contains("<<")).toList();
        if (marked.isEmpty()) {
            return Optional.empty();
        }
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = 0, bottom = 0;
        for (int k : marked) {
            for (OcrWord w : lines.get(k)) {
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.left() + w.width());
                bottom = Math.max(bottom, w.top() + w.height());
            }
        }
        int height = Math.max(10, (int) marked.stream().flatMap(k -> lines.get(k).stream())
                .mapToInt(OcrWord::height).average().orElse(10));
        int reach = (int) Math.round(REACH * height);
        int x0 = Math.max(0, left - height); // a letter's margin left and right
        int y0 = Math.max(0, top - reach);
        int x1 = Math.min(image.getWidth(), right + height);
        int y1 = Math.min(image.getHeight(), bottom + reach);
        if (x1 - x0 < 50 || y1 - y0 < 20) {
            return Optional.empty();
        }
        RecognizedPage second = reader.apply(Images.greyCut(image, x0, y0, x1 - x0, y1 - y0, 0));
        List<String> zone = second.text().lines().map(l -> l.replace(" ", ""))
                .filter(l -> ZONE_LINE.matcher(l).matches()).toList();
        // as many zone lines as the first reading had, not counting short fragments ("<<<<<") of a split line
        long before = marked.stream().filter(k -> RecognizedPage.joined(lines.get(k), "").length() >= FRAGMENT).count();
        if (zone.size() < 2 || zone.size() < before) {
            return Optional.empty();
        }
        // the first reading's lines to replace: those holding "<<" (one run in reading order) and the lines
        // read right after them below the zone's top within the cut (a zone line read as noise); the visual
        // zone above is never touched
        List<Integer> order = new ArrayList<>(lines.keySet());
        int from = order.indexOf(marked.get(0));
        int to = order.indexOf(marked.get(marked.size() - 1));
        if (to - from + 1 != marked.size()) {
            return Optional.empty();
        }
        while (to + 1 < order.size() && within(lines.get(order.get(to + 1)).get(0), x0, top, x1, y1)) {
            to++;
        }
        List<Integer> inside = order.subList(from, to + 1);
        int[][] spans = page.lineSpans();
        if (spans == null) {
            return Optional.empty();
        }
        String text = page.text().substring(0, spans[from][0]) + String.join("\n", zone)
                + page.text().substring(spans[to][1]);
        List<OcrWord> words = new ArrayList<>();
        boolean placed = false;
        for (OcrWord w : page.words()) {
            if (!inside.contains(w.line())) {
                words.add(w);
            } else if (!placed) {
                placed = true;
                for (OcrWord z : second.words()) {
                    if (ZONE_WORD.matcher(z.text()).matches()) {
                        words.add(new OcrWord(z.text(), z.left() + x0, z.top() + y0, z.width(), z.height(),
                                z.confidence(), inside.get(0)));
                    }
                }
            }
        }
        return Optional.of(new RecognizedPage(text, words, page.meanConfidence()));
    }

    private static boolean within(OcrWord w, int x0, int y0, int x1, int y1) {
        int centre = w.top() + w.height() / 2;
        return centre >= y0 && centre < y1 && w.left() >= x0 && w.left() < x1;
    }
}
