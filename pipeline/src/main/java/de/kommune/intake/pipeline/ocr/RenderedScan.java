package de.kommune.intake.pipeline.ocr;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A scan page enlarged onto the pixel grid the renderer gives it at a higher resolution, drawn the way PDFBox's
 * renderer draws it: PDFBox enlarges an image without {@code /Interpolate} by nearest-neighbour sampling through
 * Java2D, onto a white page of {@code floor(points * dpi / 72)} pixels. Drawing the decoded grey samples with the
 * same transformation and hints gives the same pixels (the test compares them) and skips the renderer's grey to
 * RGB conversion, which goes through Java2D rasters pixel by pixel (measured on the dev corpus: 75 % of the Java
 * time of reading its 200 dpi office scans). The renderer's sampling is matched exactly, not merely imitated:
 * where enlarging by 1.5 puts a pixel centre on the border between two image pixels, the float rounding inside
 * Java2D decides which one it takes, and a different choice changed what Tesseract read.
 */
final class RenderedScan {

    private RenderedScan() {
    }

    /**
     * @param scan a grey or black-and-white page image and its placement on the page
     * @param box  the page's crop box
     * @param dpi  the resolution to render at
     * @return a grey image of the page at {@code dpi}
     */
    static BufferedImage at(EmbeddedScan.Scan scan, PDRectangle box, int dpi) {
        float scale = dpi / 72f;
        int width = (int) Math.max(Math.floor(box.getWidth() * scale), 1);
        int height = (int) Math.max(Math.floor(box.getHeight() * scale), 1);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, width, height);
            // PDFRenderer and PageDrawer: scale, flip the y axis, move the crop box to the origin
            g.scale(scale, scale);
            g.translate(0, box.getHeight());
            g.scale(1, -1);
            g.translate(-box.getLowerLeftX(), -box.getLowerLeftY());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // PageDrawer.drawBufferedImage: the image's pixels onto the unit square the CTM places
            // (a 1-bit image in grey, as the renderer decodes it: Java2D samples other source types differently)
            BufferedImage image = Images.toGray(scan.image());
            AffineTransform at = new AffineTransform(scan.ctm().createAffineTransform());
            at.scale(1.0 / image.getWidth(), -1.0 / image.getHeight());
            at.translate(0, -image.getHeight());
            g.drawImage(image, at, null);
        } finally {
            g.dispose();
        }
        return page;
    }
}
