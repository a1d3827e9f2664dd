package de.kommune.intake.pipeline.ocr;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Phones often store the pixels sideways and only say in the EXIF tag how to turn them; ImageIO ignores that tag.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The EXIF orientation (1..8) of a JPEG, 1 when absent or unreadable. */
    static int read(Path jpeg) {
        try (InputStream raw = Files.newInputStream(jpeg); ImageInputStream in = ImageIO.createImageInputStream(raw)) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            for (JPEGSegment segment : segments) {
                byte[] data;
                try (InputStream d = segment.data()) {
                    data = d.readAllBytes();
                }
                int offset = data.length > 0 && data[0] == 0 ? 1 : 0; // pad byte after "Exif\0"
                try (ImageInputStream tiff = ImageIO.createImageInputStream(
                        new ByteArrayInputStream(data, offset, data.length - offset))) {
                    Directory dir = new TIFFReader().read(tiff);
                    Entry entry = dir.getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number n) {
                        int v = n.intValue();
                        return v >= 1 && v <= 8 ? v : 1;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A broken EXIF block must not cost the page: treat as upright.
        }
        return 1;
    }

    /** Applies the orientation so the image is upright as the phone showed it. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        return switch (orientation) {
            case 3 -> Images.rotate(src, 180);
            case 6 -> Images.rotate(src, 90);
            case 8 -> Images.rotate(src, 270);
            case 2, 4, 5, 7 -> applyMirrored(src, orientation);
            default -> src;
        };
    }

    private static BufferedImage applyMirrored(BufferedImage src, int orientation) {
        BufferedImage flipped = Images.flipHorizontal(src);
        return switch (orientation) {
            case 4 -> Images.rotate(flipped, 180);
            case 5 -> Images.rotate(flipped, 270);
            case 7 -> Images.rotate(flipped, 90);
            default -> flipped;
        };
    }
}
