package de.kommune.intake.classify.text;

import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document prepared once for all rules: the pages joined into one text, its lines with page
 * numbers, and the folded text for tolerant matching. Immutable.
 */
public final class TextView {

    private final String text;
    private final String flat;
    private final List<Line> lines;
    private final int[] lineStarts;
    private final FoldedText folded;
    private final double[] pageOcrFactor;

    private TextView(List<PageText> pages) {
        StringBuilder sb = new StringBuilder();
        List<Line> ls = new ArrayList<>();
        int maxPage = 1;
        for (PageText p : pages) {
            maxPage = Math.max(maxPage, p.page());
        }
        pageOcrFactor = new double[maxPage + 1];
        Arrays.fill(pageOcrFactor, 1.0);
        for (PageText p : pages) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String pageText = p.text() == null ? "" : p.text().replace("\r\n", "\n").replace('\r', '\n')
                    .replace('\f', '\n').replace('\t', ' ');
            int pos = 0;
            while (true) {
                int nl = pageText.indexOf('\n', pos);
                String lt = nl < 0 ? pageText.substring(pos) : pageText.substring(pos, nl);
                int start = sb.length() + pos;
                ls.add(new Line(ls.size(), p.page(), start, start + lt.length(), lt));
                if (nl < 0) {
                    break;
                }
                pos = nl + 1;
            }
            sb.append(pageText);
            pageOcrFactor[p.page()] = ocrFactor(p.words());
        }
        this.text = DigitRepair.apply(sb.toString());
        this.flat = text.replace('\n', ' ');
        this.lines = List.copyOf(ls);
        this.lineStarts = ls.stream().mapToInt(Line::start).toArray();
        this.folded = FoldedText.of(text);
    }

    public static TextView of(DocumentText doc) {
        return new TextView(doc.pages());
    }

    /** A single-page view, handy for tests and tools. */
    public static TextView of(String text) {
        return new TextView(List.of(new PageText(1, text, List.of())));
    }

    /** OCR word confidences lower field confidences; a text layer (no words or 100) keeps 1.0. */
    private static double ocrFactor(List<Word> words) {
        if (words == null || words.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (Word w : words) {
            sum += Math.max(0, Math.min(100, w.confidence()));
        }
        return 0.6 + 0.4 * (sum / words.size() / 100.0);
    }

    /** All pages joined with '\n'. */
    public String text() {
        return text;
    }

    /** {@link #text()} with newlines replaced by spaces: same offsets, for patterns that span lines. */
    public String flat() {
        return flat;
    }

    public List<Line> lines() {
        return lines;
    }

    public FoldedText folded() {
        return folded;
    }

    public Line lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return lines.get(Math.max(0, Math.min(i, lines.size() - 1)));
    }

    public int pageAt(int offset) {
        return lineAt(offset).page();
    }

    /** Next non-blank line after {@code line}, or null. */
    public Line nextNonBlank(Line line) {
        for (int i = line.index() + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    public double ocrFactor(int page) {
        return page >= 0 && page < pageOcrFactor.length ? pageOcrFactor[page] : 1.0;
    }
}
