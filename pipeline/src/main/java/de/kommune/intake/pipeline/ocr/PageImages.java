package de.kommune.intake.pipeline.ocr;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Encodes the stored page images: 1-bit PNG for bilevel scans (small and lossless; the PDF gets them as CCITT G4),
 * JPEG for grey pages.
 */
public final class PageImages {

    private static final float JPEG_QUALITY = 0.8f;

    private PageImages() {
    }

    public static byte[] encode(BufferedImage image, boolean bilevel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bilevel) {
            ImageIO.write(toBinary(image), "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static BufferedImage decode(byte[] data) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
        if (img == null) {
            throw new IOException("stored page image is unreadable");
        }
        return img;
    }

    /** A 1-bit image, or a grey one holding only black and white (a bilevel scan after lossless steps). */
    public static boolean isBilevel(BufferedImage image) {
        if (image.getColorModel().getPixelSize() == 1) {
            return true;
        }
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return false;
        }
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (byte b : px) {
            if (b != 0 && b != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Black where the grey value is below the middle; 1 bit per pixel. */
    public static BufferedImage toBinary(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster dst = out.getRaster();
        Raster src = image.getRaster();
        boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            if (grey) {
                src.getSamples(0, y, w, 1, 0, row);
            } else {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    row[x] = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
                }
            }
            for (int x = 0; x < w; x++) {
                row[x] = row[x] < 128 ? 0 : 1;
            }
            dst.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }

    /** JPEG files start with FF D8. */
    public static boolean isJpeg(byte[] data) {
        return data.length > 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8;
    }
}
