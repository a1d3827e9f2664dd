package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Image inputs (JPEG, PNG, multi-page TIFF incl. CCITT G4, BMP, GIF), one frame at a time. The pixel limit is
 * checked from the header before a frame is decoded, so an image bomb never reaches memory.
 */
final class ImagePageSource implements PageSource {

    private final ImageInputStream stream;
    private final ImageReader reader;
    private final int frames;
    private final long maxPixels;
    private final int exifOrientation;

    ImagePageSource(Path file, String mediaType, long maxPixels) throws IOException {
        this.maxPixels = maxPixels;
        this.exifOrientation = "image/jpeg".equals(mediaType) ? ExifOrientation.read(file) : 1;
        this.stream = ImageIO.createImageInputStream(file.toFile());
        Iterator<ImageReader> readers = stream == null ? java.util.Collections.emptyIterator()
                : ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
            closeQuietly();
            throw new InputRejectedException(RejectReason.CORRUPT, "No image decoder recognises the file.");
        }
        this.reader = readers.next();
        reader.setInput(stream, false, false);
        try {
            this.frames = reader.getNumImages(true);
        } catch (IOException | RuntimeException e) {
            close();
            throw new InputRejectedException(RejectReason.CORRUPT,
                    "The image cannot be read: " + PdfPageSource.technical(e));
        }
    }

    @Override
    public int pageCount() {
        return frames;
    }

    @Override
    public SourcePage page(int index) {
        try {
            long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
            if (pixels > maxPixels) {
                throw new InputRejectedException(RejectReason.TOO_MANY_PIXELS, "Page " + (index + 1) + " has "
                        + pixels + " pixels; the limit is " + maxPixels + ".");
            }
            BufferedImage image = reader.read(index);
            List<String> corrections = new ArrayList<>();
            if (exifOrientation != 1) {
                image = ExifOrientation.apply(image, exifOrientation);
                corrections.add("exif-orientation:" + exifOrientation);
            }
            int dpi = metadataDpi(reader.getImageMetadata(index));
            return new SourcePage.Image(image, dpi, corrections);
        } catch (InputRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InputRejectedException(RejectReason.CORRUPT,
                    "Page " + (index + 1) + " cannot be decoded: " + PdfPageSource.technical(e));
        }
    }

    /** Resolution from the standard metadata tree, 0 when the file does not say (phone photos rarely do). */
    static int metadataDpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) {
                continue;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if ("HorizontalPixelSize".equals(c.getNodeName())) {
                    NamedNodeMap attrs = c.getAttributes();
                    Node value = attrs == null ? null : attrs.getNamedItem("value");
                    if (value != null) {
                        try {
                            double mmPerPixel = Double.parseDouble(value.getNodeValue());
                            int dpi = (int) Math.round(25.4 / mmPerPixel);
                            return dpi >= 70 && dpi <= 1200 ? dpi : 0;
                        } catch (NumberFormatException e) {
                            return 0;
                        }
                    }
                }
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.dispose();
        }
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException ignored) {
            // nothing to do: the file was only read
        }
    }
}
