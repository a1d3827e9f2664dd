package de.kommune.intake.pipeline.ocr;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
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

    /** Segments that change how a reader converts the colours. */
    private static final Map<Integer, List<String>> COLOUR_SEGMENTS = Map.of(JPEG.APP2, List.of("ICC_PROFILE"),
            JPEG.APP14, List.of("Adobe"));

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
            return Optional.of(Images.toGray(rgb)); // Java2D's conversion, as on the renderer's grey page
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged image: the renderer decides what the page shows
        }
    }

    /** No ICC profile (APP2) and no Adobe marker (APP14) among the segments before the scan. */
    static boolean plain(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            return JPEGSegmentUtil.readSegments(in, COLOUR_SEGMENTS).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false; // not a JPEG TwelveMonkeys can walk: the renderer decides
        }
    }
}
