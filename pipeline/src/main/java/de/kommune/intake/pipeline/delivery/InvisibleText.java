package de.kommune.intake.pipeline.delivery;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invisible text layer over a page image: each word set in the embedded font, stretched to the width of the
 * word on the image, so selecting and searching in a viewer hits the right place. One per output document (the
 * font is embedded into it).
 */
final class InvisibleText {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /**
     * A word in PDF user space (origin bottom left, points).
     *
     * @param baseline y of the text baseline
     * @param size     font size, about the height of the word
     */
    record Word(String text, float x, float baseline, float width, float size) {
    }

    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    InvisibleText(PDDocument doc) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = InvisibleText.class.getResourceAsStream(FONT)) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        doc.registerTrueTypeFontForClosing(ttf);
        // Glyph for character, no OpenType substitution (ligatures): an invisible layer gains nothing from it,
        // and PDFBox's substitution pass (regular expressions over every string shown) was most of the cost of
        // writing the layer (2026-12-02 profile: 116 of 124 samples of draw()).
        ttf.setEnableGsub(false);
        font = PDType0Font.load(doc, ttf, true);
    }

    PDType0Font font() {
        return font;
    }

    void draw(PDPageContentStream cs, List<Word> words) throws IOException {
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        for (Word w : words) {
            String text = printable(w.text());
            if (text.isBlank() || w.width() <= 0 || w.size() <= 0) {
                continue;
            }
            float size = Math.max(1f, w.size());
            float natural = font.getStringWidth(text) / 1000f * size;
            if (natural <= 0) {
                continue;
            }
            cs.setFont(font, size);
            cs.setHorizontalScaling(100f * w.width() / natural);
            cs.setTextMatrix(new Matrix(1, 0, 0, 1, w.x(), w.baseline()));
            cs.showText(text);
        }
        cs.endText();
    }

    /** Replaces characters the embedded font cannot show, so a rare symbol never fails a whole document. */
    String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                sb.appendCodePoint(cp);
            } else if (Character.isISOControl(cp)) {
                sb.append(' ');
            } else {
                sb.append(encodable.computeIfAbsent(cp, this::canEncode) ? new String(Character.toChars(cp)) : "?");
            }
        });
        return sb.toString();
    }

    private boolean canEncode(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
