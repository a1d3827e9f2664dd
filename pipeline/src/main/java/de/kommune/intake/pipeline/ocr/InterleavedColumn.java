package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a letter's information block again when Tesseract's page layout ran its rows into the address lines
 * beside it. The block's rows ("Datum 07.07.2025", "Telefon ...") sit half a line off the address field's, so the
 * page mode builds one text line across both columns and reads the right part as noise: words two rows tall with
 * almost no confidence ("Frau Lea Bäumer u Mg"). Cut from the page and read as a block of its own, the column
 * reads cleanly.
 *
 * <p>A line qualifies when, after a gap of at least {@value #GAP_HEIGHTS} letter heights, its right part holds a
 * word at least {@value #TALL} letter heights tall with a confidence below {@value #NOISE_CONFIDENCE}. Consecutive
 * such lines, and the lines next to them whose right parts stand in the same rows, form one cut, in the top
 * {@value #TOP_PART} of the page. The second reading replaces the right parts only when its mean confidence is at
 * least {@value #MIN_CONFIDENCE} and clearly above theirs and it holds a digit (a date, a number). One line read
 * again as one line stays on its line; more go into the text as a paragraph of their own after the address block,
 * as a reader takes the letter.
 */
final class InterleavedColumn {

    private static final double GAP_HEIGHTS = 3.0;
    private static final double TALL = 1.6;
    private static final float NOISE_CONFIDENCE = 50;
    private static final double MIN_CONFIDENCE = 70;
    private static final double BETTER_BY = 20;
    private static final float GOOD_WORD = 80;
    private static final int MAX_CUTS = 3;
    private static final int MAX_NEIGHBOURS = 2;
    /** The part of the page, from its top, in which a letter's information block stands. */
    private static final double TOP_PART = 0.4;
    private static final int ADDRESS_PARAGRAPHS = 2;
    /** "Talstraße 16", "Am Markt 3a", "15231 Frankfurt (Oder)": a line of an address block (not "Abrechnung 2024"). */
    private static final java.util.regex.Pattern STREET_OR_TOWN = java.util.regex.Pattern.compile(
            "\\s*(?:\\d{5}\\s+\\p{Lu}|\\p{Lu}[\\p{L}.\\- ]{1,40}\\s\\d{1,3}\\s?[a-zA-Z]?(?:\\s|$))");

    private InterleavedColumn() {
    }

    /** Cheap test: a tall word of little confidence somewhere on the page. */
    static boolean mayHold(RecognizedPage page) {
        int h = letterHeight(page.words());
        return h > 0 && page.words().stream().anyMatch(w -> noise(w, h));
    }

    /**
     * @param image  the page image the words' boxes refer to
     * @param reader reads a cut-out as one block of text ({@link OcrEngine#recognizeBlock})
     * @return the page with the information block read again, or empty when no cut reads better
     */
    static Optional<RecognizedPage> reread(BufferedImage image, RecognizedPage page,
                                           Function<BufferedImage, RecognizedPage> reader) {
        int h = letterHeight(page.words());
        if (h <= 0) {
            return Optional.empty();
        }
        RecognizedPage current = page;
        boolean changed = false;
        // lines already cut, by the page position of their right parts (line numbers change when a reading is
        // taken)
        Set<List<Integer>> tried = new HashSet<>();
        for (int round = 0; round < MAX_CUTS; round++) {
            Optional<Cut> cut = firstCut(current, h, tried);
            if (cut.isEmpty()) {
                break;
            }
            cut.get().rightParts().values().stream().filter(r -> !r.isEmpty())
                    .forEach(r -> tried.add(position(r)));
            Optional<RecognizedPage> better = replace(image, current, cut.get(), h, reader);
            if (better.isPresent()) {
                current = better.get();
                changed = true;
            }
        }
        return changed ? Optional.of(current) : Optional.empty();
    }

    /** Lines (in reading order) whose right parts are read again together, and those right parts' words. */
    private record Cut(List<Integer> lines, Map<Integer, List<OcrWord>> rightParts) {
    }

    private static List<Integer> position(List<OcrWord> rightPart) {
        return List.of(rightPart.get(0).left(), rightPart.get(0).top());
    }

    private static Optional<Cut> firstCut(RecognizedPage page, int h, Set<List<Integer>> tried) {
        Map<Integer, List<OcrWord>> lines = page.lines();
        List<Integer> order = new ArrayList<>(lines.keySet());
        List<Integer> group = new ArrayList<>();
        Map<Integer, List<OcrWord>> rights = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            List<OcrWord> right = noisyRightPart(lines.get(order.get(i)), h);
            boolean qualifies = right != null && !tried.contains(position(right));
            if (qualifies && (group.isEmpty() || order.indexOf(group.get(group.size() - 1)) == i - 1)) {
                group.add(order.get(i));
                rights.put(order.get(i), right);
            } else if (!group.isEmpty()) {
                break;
            }
        }
        if (group.isEmpty()) {
            return Optional.empty();
        }
        // the lines next to the noisy ones whose right parts stand in the same column rows: read as the block's
        // own ("Lindenweg 24 Telefon 9 3177-" under "Herr Sven Meier ney a 205"), they go with the cut too
        for (int side : new int[] {-1, 1}) {
            for (int k = 0; k < MAX_NEIGHBOURS; k++) {
                int edge = order.indexOf(side < 0 ? group.get(0) : group.get(group.size() - 1)) + side;
                if (edge < 0 || edge >= order.size()) {
                    break;
                }
                List<OcrWord> right = rightPart(lines.get(order.get(edge)), h);
                if (right == null || !sameColumn(right, rights.values(), h)) {
                    break;
                }
                group.add(side < 0 ? 0 : group.size(), order.get(edge));
                rights.put(order.get(edge), right);
            }
        }
        return Optional.of(new Cut(group, rights));
    }

    /** Words whose boxes overlap the column of {@code cut} and stand within a letter height of its rows. */
    private static boolean sameColumn(List<OcrWord> words, java.util.Collection<List<OcrWord>> cut, int h) {
        List<OcrWord> all = cut.stream().flatMap(List::stream).toList();
        int left = all.stream().mapToInt(OcrWord::left).min().orElse(0);
        int right = all.stream().mapToInt(w -> w.left() + w.width()).max().orElse(0);
        int top = all.stream().mapToInt(OcrWord::top).min().orElse(0) - h;
        int bottom = all.stream().mapToInt(w -> w.top() + w.height()).max().orElse(0) + h;
        return words.stream().allMatch(w -> w.left() < right && w.left() + w.width() > left
                && w.top() + w.height() / 2 >= top && w.top() + w.height() / 2 <= bottom);
    }

    /** The words after the line's widest gap of {@value #GAP_HEIGHTS} letter heights or more, when one is noise. */
    private static List<OcrWord> noisyRightPart(List<OcrWord> line, int h) {
        List<OcrWord> right = rightPart(line, h);
        return right != null && right.stream().anyMatch(w -> noise(w, h)) ? right : null;
    }

    /** The words after the line's widest gap of {@value #GAP_HEIGHTS} letter heights or more; null without one. */
    private static List<OcrWord> rightPart(List<OcrWord> line, int h) {
        int split = -1;
        int widest = 0;
        for (int i = 1; i < line.size(); i++) {
            OcrWord a = line.get(i - 1);
            int gap = line.get(i).left() - (a.left() + a.width());
            if (gap >= GAP_HEIGHTS * h && gap > widest) {
                widest = gap;
                split = i;
            }
        }
        if (split < 0) {
            return null;
        }
        return List.copyOf(line.subList(split, line.size()));
    }

    private static Optional<RecognizedPage> replace(BufferedImage image, RecognizedPage page, Cut cut, int h,
                                                    Function<BufferedImage, RecognizedPage> reader) {
        List<OcrWord> noisy = cut.rightParts().values().stream().flatMap(List::stream).toList();
        int x0 = Math.max(0, noisy.stream().mapToInt(OcrWord::left).min().orElse(0) - h);
        Map<Integer, List<OcrWord>> lines = page.lines();
        // every word of the cut's lines that the cut-out holds goes: it is read again with the block
        Map<Integer, List<OcrWord>> rights = new LinkedHashMap<>();
        for (int line : cut.lines()) {
            List<OcrWord> words = lines.get(line);
            int from = words.size();
            while (from > 0 && words.get(from - 1).left() >= x0) {
                from--;
            }
            rights.put(line, List.copyOf(words.subList(from, words.size())));
        }
        List<OcrWord> removed = rights.values().stream().flatMap(List::stream).toList();
        int y0 = Math.max(0, removed.stream().mapToInt(OcrWord::top).min().orElse(0) - h / 2);
        int x1 = Math.min(image.getWidth(), removed.stream().mapToInt(w -> w.left() + w.width()).max().orElse(0) + h);
        int y1 = Math.min(image.getHeight(), removed.stream().mapToInt(w -> w.top() + w.height()).max().orElse(0) + h / 2);
        if (x1 - x0 < 2 * h || y1 - y0 < h || y0 > TOP_PART * image.getHeight()) {
            return Optional.empty(); // an information block stands beside the address field, in the page's top part
        }
        RecognizedPage second = reader.apply(Images.greyCut(image, x0, y0, x1 - x0, y1 - y0, 0));
        double before = removed.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        double after = second.words().stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        String block = second.text().trim().replaceAll("\\n\\s*\\n+", "\n");
        if (second.words().isEmpty() || after < MIN_CONFIDENCE || after < before + BETTER_BY
                || block.chars().noneMatch(Character::isDigit)) {
            // a block of dates, numbers and phone numbers; a signature read as letters ("AVINANAN AVA") is none
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>(lines.keySet());
        int[][] spans = page.lineSpans();
        if (spans == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(page.text());
        // the block as a paragraph of its own after the address (the paragraph of the cut's last line and those of
        // its street and town lines, when the reading put them apart), as the letter is read; then the right parts
        // cut from their lines, from the last, so the earlier offsets hold
        // one line read again as one line ("Kontoauszug 3/2025 Kundenservice 0800 134773") stays on its line
        boolean inline = cut.lines().size() == 1 && !block.contains("\n");
        int lastEnd = spans[order.indexOf(cut.lines().get(cut.lines().size() - 1))][1];
        int insertAt = inline ? lastEnd : afterAddress(page.text(), lastEnd);
        text.insert(insertAt, (inline ? " " : "\n\n") + block);
        for (int k = cut.lines().size() - 1; k >= 0; k--) {
            int i = order.indexOf(cut.lines().get(k));
            List<OcrWord> right = rights.get(cut.lines().get(k));
            if (right.isEmpty()) {
                continue;
            }
            String rightText = RecognizedPage.joined(right, " ");
            int end = spans[i][1];
            int start = end - rightText.length();
            if (start < 0 || !page.text().startsWith(rightText, start)) {
                return Optional.empty();
            }
            if (right.size() < lines.get(cut.lines().get(k)).size()) {
                start--; // the blank before the right part
            }
            text.delete(start, end);
        }
        // the words in the order of the text (later steps walk both together), lines numbered anew in that order
        int[] offsets = page.wordOffsets();
        if (offsets == null) {
            return Optional.empty();
        }
        Set<OcrWord> gone = new HashSet<>(removed);
        List<OcrWord> words = new ArrayList<>();
        boolean placed = false;
        int lineNo = -1;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i <= page.words().size(); i++) {
            if (!placed && (i == page.words().size() || offsets[i] >= insertAt)) {
                placed = true;
                int secondLine = Integer.MIN_VALUE;
                for (OcrWord w : second.words()) {
                    if (w.line() != secondLine && !inline) {
                        secondLine = w.line();
                        lineNo++;
                    }
                    words.add(new OcrWord(w.text(), w.left() + x0, w.top() + y0, w.width(), w.height(),
                            w.confidence(), lineNo));
                }
                previous = Integer.MIN_VALUE;
            }
            if (i == page.words().size()) {
                break;
            }
            OcrWord w = page.words().get(i);
            if (w.line() != previous) {
                previous = w.line();
                lineNo++;
            }
            if (!gone.contains(w)) {
                words.add(new OcrWord(w.text(), w.left(), w.top(), w.width(), w.height(), w.confidence(), lineNo));
            }
        }
        return Optional.of(new RecognizedPage(text.toString(), words, page.meanConfidence()));
    }

    /**
     * The end of the paragraph that holds offset {@code from}, and of up to {@value #ADDRESS_PARAGRAPHS} more that
     * go on with a street or a town line (the address block the page reading split).
     */
    static int afterAddress(String text, int from) {
        int end = paragraphEnd(text, from);
        for (int k = 0; k < ADDRESS_PARAGRAPHS && end < text.length(); k++) {
            int next = end;
            while (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            int lineEnd = text.indexOf('\n', next);
            String line = text.substring(next, lineEnd < 0 ? text.length() : lineEnd);
            if (!STREET_OR_TOWN.matcher(line).lookingAt()) {
                break;
            }
            end = paragraphEnd(text, next);
        }
        return end;
    }

    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf("\n\n", from);
        return end < 0 ? text.length() : end;
    }

    private static boolean noise(OcrWord w, int h) {
        return w.confidence() < NOISE_CONFIDENCE && w.height() >= TALL * h;
    }

    /** The median height of confidently read words of three letters or more: the page's letter height. */
    private static int letterHeight(List<OcrWord> words) {
        int[] heights = words.stream().filter(w -> w.confidence() >= GOOD_WORD && w.text().length() >= 3)
                .mapToInt(OcrWord::height).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }
}
