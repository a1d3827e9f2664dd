package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.ocr.PageImages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;

/**
 * Chooses the compression of a page image in the PDF: CCITT G4 for bilevel pages, JPEG for grey and colour
 * content, never JBIG2 (its symbol coding can swap look-alike digits). A stored JPEG goes in as it is, without a
 * second lossy pass.
 */
final class PdfPageImages {

    static final float RENDER_JPEG_QUALITY = 0.75f;
    /** Share of mid-grey pixels up to which a rendered page counts as text and line art (anti-aliased edges). */
    static final double MAX_MIDTONE_SHARE_FOR_BILEVEL = 0.03;
    private static final int CHROMA_TOLERANCE = 24;
    /** Share of clearly coloured pixels from which a rendered page keeps its colour. */
    private static final double MIN_COLOUR_SHARE = 0.001;

    enum Kind { BILEVEL, GREY, COLOUR }

    private PdfPageImages() {
    }

    /**
     * A page image as the OCR stage stored it: JPEG for grey pages and G4 TIFF for bilevel ones go in as they are;
     * a 1-bit PNG (stored by earlier versions) is re-encoded as G4.
     */
    static PDImageXObject stored(PDDocument doc, byte[] bytes) throws IOException {
        if (PageImages.isJpeg(bytes)) {
            return JPEGFactory.createFromByteArray(doc, bytes);
        }
        if (PageImages.isTiff(bytes)) {
            return CCITTFactory.createFromByteArray(doc, bytes);
        }
        BufferedImage image = PageImages.decode(bytes);
        if (PageImages.isBilevel(image)) {
            return g4(doc, image);
        }
        return LosslessFactory.createFromImage(doc, image);
    }

    private static PDImageXObject g4(PDDocument doc, BufferedImage image) throws IOException {
        return CCITTFactory.createFromByteArray(doc, PageImages.g4Tiff(PageImages.toBinary(image)));
    }

    /** A born-digital page rendered by us: bilevel when it is only text and lines, else grey or colour JPEG. */
    static PDImageXObject rendered(PDDocument doc, BufferedImage rgb) throws IOException {
        return switch (classify(rgb)) {
            case BILEVEL -> g4(doc, grey(rgb));
            case GREY -> JPEGFactory.createFromImage(doc, grey(rgb), RENDER_JPEG_QUALITY);
            case COLOUR -> JPEGFactory.createFromImage(doc, bgr(rgb), RENDER_JPEG_QUALITY);
        };
    }

    /**
     * The same pixels as interleaved bytes: the JDK's JPEG writer takes those as they are, while from PDFBox's
     * TYPE_INT_RGB it converts pixel by pixel (2026-12-02 profile: 115 of the 214 samples of rendering a page for
     * the file); the copy is one native blit.
     */
    private static BufferedImage bgr(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return src;
        }
        BufferedImage bgr = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }

    /**
     * Looks at every second pixel of every second row: the shares it measures (coloured, mid-grey pixels) come out
     * the same on a 300 dpi page, where even a thin coloured logo line is several pixels wide, at a quarter of the
     * cost.
     */
    static Kind classify(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        long colour = 0;
        long midtone = 0;
        long seen = 0;
        // PDFBox renders TYPE_INT_RGB: read its pixels in place instead of copying each row out
        int[] direct = rgb.getType() == BufferedImage.TYPE_INT_RGB && rgb.getRaster().getParent() == null
                ? ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData() : null;
        int[] row = direct == null ? new int[w] : null;
        for (int y = 0; y < h; y += 2) {
            int offset = y * w;
            int[] px = direct;
            if (px == null) {
                rgb.getRGB(0, y, w, 1, row, 0, w);
                px = row;
                offset = 0;
            }
            for (int x = 0; x < w; x += 2) {
                int p = px[offset + x];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > CHROMA_TOLERANCE) {
                    colour++;
                }
                int luma = (r * 299 + g * 587 + b * 114) / 1000;
                if (luma > 64 && luma < 192) {
                    midtone++;
                }
                seen++;
            }
        }
        double pixels = Math.max(1, seen);
        if (colour / pixels >= MIN_COLOUR_SHARE) {
            return Kind.COLOUR;
        }
        return midtone / pixels <= MAX_MIDTONE_SHARE_FOR_BILEVEL ? Kind.BILEVEL : Kind.GREY;
    }

    private static BufferedImage grey(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(src, 0, 0, null);
        return g;
    }
}
