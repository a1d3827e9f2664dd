package de.kommune.intake.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a page image to what Tesseract reads best: grey, about 300 dpi. When the file does not state its
 * resolution (phone photos), it is estimated from the short side of an A4 page.
 */
final class PagePreparer {

    static final int TARGET_DPI = 300;
    private static final double A4_SHORT_SIDE_INCHES = 8.27;

    record Prepared(BufferedImage image, int dpi, boolean bilevel, List<String> corrections) {
    }

    Prepared prepare(SourcePage.Image page) {
        List<String> corrections = new ArrayList<>(page.corrections());
        BufferedImage src = page.image();
        boolean bilevel = src.getType() == BufferedImage.TYPE_BYTE_BINARY && src.getColorModel().getPixelSize() == 1;
        BufferedImage gray = Images.toGray(src);
        int dpi = page.dpi();
        if (dpi <= 0) {
            dpi = (int) Math.round(Math.min(gray.getWidth(), gray.getHeight()) / A4_SHORT_SIDE_INCHES);
            corrections.add("dpi-estimated:" + dpi);
        }
        // Resample only when clearly off: each resampling blurs a little.
        if (dpi > 400 || dpi < 250) {
            double factor = Math.min(2.0, (double) TARGET_DPI / dpi);
            gray = Images.scale(gray, factor);
            corrections.add("resample:" + dpi + "->" + TARGET_DPI + "dpi");
            dpi = TARGET_DPI;
            bilevel = false;
        }
        return new Prepared(gray, dpi, bilevel, corrections);
    }
}
