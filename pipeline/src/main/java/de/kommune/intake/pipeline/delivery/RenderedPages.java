package de.kommune.intake.pipeline.delivery;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Born-digital pages that cannot be copied as PDF/A: the page rendered as the page image, with an invisible text
 * layer made from the page's own text and glyph positions (no OCR, so the text stays exactly the original's).
 * One per original document; not thread-safe (PDFBox renderers are not).
 */
final class RenderedPages {

    static final int DPI = 300;
    /** A poster-sized page renders at a lower resolution rather than to gigapixels. */
    static final long MAX_PIXELS = 40_000_000L;

    private final PDDocument original;
    private final PDFRenderer renderer;

    RenderedPages(PDDocument original) {
        this.original = original;
        this.renderer = new PDFRenderer(original);
    }

    /** @param index 0-based page of the original */
    void addTo(PDDocument target, int index, InvisibleText text) throws IOException {
        PDPage source = original.getPage(index);
        int dpi = dpiFor(source);
        List<InvisibleText.Word> words = words(index);
        BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        float scale = 72f / dpi;
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        PDImageXObject xobject = PdfPageImages.rendered(target, image);
        image = null; // the encoded copy is all that is needed from here on
        PDPage page = new PDPage(new PDRectangle(width, height));
        target.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(target, page)) {
            cs.drawImage(xobject, 0, 0, width, height);
            List<InvisibleText.Word> placed = new ArrayList<>(words.size());
            for (InvisibleText.Word w : words) {
                // the stripper measures the baseline from the top of the page as displayed
                placed.add(new InvisibleText.Word(w.text(), w.x(), height - w.baseline(), w.width(), w.size()));
            }
            text.draw(cs, placed);
        }
    }

    static int dpiFor(PDPage page) {
        PDRectangle box = page.getCropBox();
        double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        int limit = (int) Math.floor(Math.sqrt(MAX_PIXELS / Math.max(inches, 0.01)));
        return Math.max(72, Math.min(DPI, limit));
    }

    private static InvisibleText.Word word(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        float width = last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj();
        float size = Math.abs(first.getFontSizeInPt());
        return new InvisibleText.Word(text.toString(), first.getXDirAdj(), first.getYDirAdj(), width,
                size > 0 ? size : first.getHeightDir());
    }

    /** Words with their position on the displayed page; baseline measured from the top. */
    private List<InvisibleText.Word> words(int index) throws IOException {
        List<InvisibleText.Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                // A line with real spaces comes as one string: set each word on its own, at its own glyphs.
                int start = -1;
                for (int i = 0; i <= positions.size(); i++) {
                    boolean gap = i == positions.size() || positions.get(i).getUnicode().isBlank();
                    if (!gap && start < 0) {
                        start = i;
                    } else if (gap && start >= 0) {
                        words.add(word(positions.subList(start, i)));
                        start = -1;
                    }
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(original);
        return words;
    }
}
