package de.kommune.intake.pipeline.ocr;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Encodes the stored page images: CCITT G4 in a single-strip TIFF for bilevel scans (small and lossless; the PDF
 * takes the G4 data as it is), JPEG for grey pages. Pages stored as 1-bit PNG by earlier versions still decode.
 */
public final class PageImages {

    private static final float JPEG_QUALITY = 0.8f;

    private PageImages() {
    }

    public static byte[] encode(BufferedImage image, boolean bilevel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bilevel) {
            return g4Tiff(toBinary(image));
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

    /**
     * CCITT G4 (T.6) in a big-endian TIFF with one strip, the layout PDFBox's
     * {@code CCITTFactory.createFromByteArray} embeds without decoding. The tags are those the JDK's TIFF writer
     * wrote before {@link G4Encoder} replaced it: WhiteIsZero, no resolution (1/1, unit none; the page's dpi
     * travels in its page record).
     *
     * @param binary a 1-bit image ({@link #toBinary})
     */
    public static byte[] g4Tiff(BufferedImage binary) {
        Raster raster = binary.getRaster();
        if (!(raster.getSampleModel() instanceof MultiPixelPackedSampleModel sm) || sm.getPixelBitStride() != 1) {
            throw new IllegalArgumentException("not a 1-bit image: " + binary);
        }
        if (sm.getDataBitOffset() != 0 || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0) {
            WritableRaster own = raster.createCompatibleWritableRaster(raster.getWidth(), raster.getHeight());
            own.setRect(raster); // a sub-image: copied into rows of its own
            raster = own;
            sm = (MultiPixelPackedSampleModel) raster.getSampleModel();
        }
        byte[] packed = ((DataBufferByte) raster.getDataBuffer()).getData();
        boolean blackIsZero = (((IndexColorModel) binary.getColorModel()).getRGB(0) & 0xFFFFFF) == 0;
        int width = binary.getWidth();
        int height = binary.getHeight();
        byte[] strip = G4Encoder.encode(packed, sm.getScanlineStride(), width, height, blackIsZero);
        return TiffG4File.write(width, height, strip);
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
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getParent() == null) {
            packGrey(image, out);
            return out;
        }
        WritableRaster dst = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int luma = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
                row[x] = luma < 128 ? 0 : 1;
            }
            dst.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }

    /**
     * Packs a grey page straight into the 1-bit raster, eight pixels a byte, most significant bit first (1 =
     * white in the default black-and-white palette): several times faster than per-pixel raster calls.
     */
    private static void packGrey(BufferedImage grey, BufferedImage binary) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) binary.getRaster().getDataBuffer()).getData();
        int srcStride = ((java.awt.image.ComponentSampleModel) grey.getSampleModel()).getScanlineStride();
        int dstStride = ((java.awt.image.MultiPixelPackedSampleModel) binary.getSampleModel()).getScanlineStride();
        int whole = w >> 3;
        for (int y = 0; y < h; y++) {
            int s = y * srcStride;
            int d = y * dstStride;
            for (int i = 0; i < whole; i++, s += 8) {
                // the sign bit of (value - 128) is 0 for white (>= 128): gather the eight inverted sign bits
                int bits = (((src[s] & 0xFF) - 128) >>> 31 << 7) | (((src[s + 1] & 0xFF) - 128) >>> 31 << 6)
                        | (((src[s + 2] & 0xFF) - 128) >>> 31 << 5) | (((src[s + 3] & 0xFF) - 128) >>> 31 << 4)
                        | (((src[s + 4] & 0xFF) - 128) >>> 31 << 3) | (((src[s + 5] & 0xFF) - 128) >>> 31 << 2)
                        | (((src[s + 6] & 0xFF) - 128) >>> 31 << 1) | (((src[s + 7] & 0xFF) - 128) >>> 31);
                dst[d + i] = (byte) ~bits;
            }
            if (whole * 8 < w) {
                int bits = 0;
                for (int x = whole * 8, i = 0; x < w; x++, i++) {
                    if ((src[y * srcStride + x] & 0xFF) >= 128) {
                        bits |= 0x80 >>> i;
                    }
                }
                dst[d + whole] = (byte) bits;
            }
        }
    }

    /** TIFF files start with II*0 or MM0*. */
    public static boolean isTiff(byte[] data) {
        return data.length > 4 && ((data[0] == 'I' && data[1] == 'I' && data[2] == 42 && data[3] == 0)
                || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] == 42));
    }

    /** JPEG files start with FF D8. */
    public static boolean isJpeg(byte[] data) {
        return data.length > 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8;
    }
}
