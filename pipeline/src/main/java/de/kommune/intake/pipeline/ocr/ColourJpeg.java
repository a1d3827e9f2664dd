package de.kommune.intake.pipeline.ocr;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The grey page of a colour scanner's JPEG, as PDFBox's renderer would draw it into a grey page at the image's own
 * resolution, without rendering: the JPEG is decoded by the same ImageIO reader PDFBox's DCT filter uses and drawn
 * into a grey image by the same Java2D conversion (300 dpi colour scans of the dev corpus: identical pixels, 50-90
 * instead of 210-570 ms a page; PDFBox copies the pixels three times on the way).
 *
 * <p>Only plain JFIF colour JPEGs: one with an embedded ICC profile or an Adobe colour-transform marker is left to
 * the renderer, since the reader's colour handling of those may differ from the DCT filter's.
 */
final class ColourJpeg {

    private static final int SOS = 0xDA;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;

    private ColourJpeg() {
    }

    static Optional<BufferedImage> grey(PDImageXObject image) {
        try {
            byte[] jpeg;
            try (InputStream in = image.getCOSObject().createRawInputStream()) {
                jpeg = in.readAllBytes();
            }
            if (!plain(jpeg)) {
                return Optional.empty();
            }
            BufferedImage rgb = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (rgb == null || rgb.getWidth() != image.getWidth() || rgb.getHeight() != image.getHeight()
                    || rgb.getRaster().getNumBands() != 3) {
                return Optional.empty();
            }
            BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            try {
                g.drawImage(rgb, 0, 0, null);
            } finally {
                g.dispose();
            }
            return Optional.of(grey);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged image: the renderer decides what the page shows
        }
    }

    /** Walks the marker segments up to the scan: no ICC profile (APP2), no Adobe marker (APP14). */
    static boolean plain(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return false;
        }
        int i = 2;
        while (i + 2 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == SOS) {
                return true;
            }
            if (i + 4 > jpeg.length) {
                return false;
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (length < 2) {
                return false;
            }
            if ((marker == APP2 && startsWith(jpeg, i + 4, "ICC_PROFILE"))
                    || (marker == APP14 && startsWith(jpeg, i + 4, "Adobe"))) {
                return false;
            }
            i += 2 + length;
        }
        return false;
    }

    private static boolean startsWith(byte[] data, int at, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        if (at + b.length > data.length) {
            return false;
        }
        for (int k = 0; k < b.length; k++) {
            if (data[at + k] != b[k]) {
                return false;
            }
        }
        return true;
    }
}
