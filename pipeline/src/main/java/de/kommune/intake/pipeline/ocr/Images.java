package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.ocr.preprocess.OpenCv;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;

/** Small image operations on grey page images. */
final class Images {

    private Images() {
    }

    /** Rotates clockwise by a multiple of 90 degrees. */
    static BufferedImage rotate(BufferedImage src, int degrees) {
        int d = ((degrees % 360) + 360) % 360;
        if (d == 0) {
            return src;
        }
        int w = src.getWidth(), h = src.getHeight();
        boolean swap = d == 90 || d == 270;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, grayOr(src));
        Graphics2D g = out.createGraphics();
        AffineTransform at = new AffineTransform();
        switch (d) {
            case 90 -> {
                at.translate(h, 0);
                at.rotate(Math.PI / 2);
            }
            case 180 -> {
                at.translate(w, h);
                at.rotate(Math.PI);
            }
            default -> {
                at.translate(0, w);
                at.rotate(-Math.PI / 2);
            }
        }
        g.drawImage(src, at, null);
        g.dispose();
        return out;
    }

    static BufferedImage flipHorizontal(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), grayOr(src));
        Graphics2D g = out.createGraphics();
        g.drawImage(src, src.getWidth(), 0, -src.getWidth(), src.getHeight(), null);
        g.dispose();
        return out;
    }

    /**
     * A grey copy of a region with a white border around it. A copy, because a sub-image shares the page's raster,
     * which Tesseract would read whole; a border, because Tesseract reads a glyph touching the edge badly.
     */
    static BufferedImage greyCut(BufferedImage src, int x, int y, int w, int h, int border) {
        BufferedImage out = new BufferedImage(w + 2 * border, h + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(src.getSubimage(x, y, w, h), border, border, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage toGray(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        if (isPackedOneBit(src)) {
            return unpack(((DataBufferByte) src.getRaster().getDataBuffer()).getData(),
                    ((MultiPixelPackedSampleModel) src.getSampleModel()).getScanlineStride(), src.getWidth(),
                    src.getHeight(), (IndexColorModel) src.getColorModel());
        }
        BufferedImage gray = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return gray;
    }

    /**
     * A 1-bit image with a two-colour palette whose rows are packed eight pixels a byte in its own array, from the
     * first bit on: the layout whose bytes can be read directly (by {@link #toGray} and by Tesseract).
     */
    static boolean isPackedOneBit(BufferedImage image) {
        return image.getColorModel() instanceof IndexColorModel palette && palette.getPixelSize() == 1
                && image.getSampleModel() instanceof MultiPixelPackedSampleModel packed
                && packed.getDataBitOffset() == 0 && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer() instanceof DataBufferByte;
    }

    /**
     * A 1-bit page into grey, eight pixels a byte from the packed rows: Java2D's drawImage converts a 1-bit image
     * pixel by pixel through its palette (measured 55 ms for an A4 page at 300 dpi).
     */
    private static BufferedImage unpack(byte[] packed, int stride, int w, int h, IndexColorModel palette) {
        byte zero = (byte) grey(palette.getRGB(0));
        byte one = (byte) grey(palette.getRGB(1));
        // the eight grey pixels of every possible byte, copied a byte at a time instead of tested bit by bit
        byte[] eights = new byte[256 * 8];
        for (int b = 0; b < 256; b++) {
            for (int i = 0; i < 8; i++) {
                eights[b * 8 + i] = (b & (0x80 >>> i)) != 0 ? one : zero;
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int whole = w >> 3;
        for (int y = 0; y < h; y++) {
            int row = y * stride, o = y * w;
            for (int i = 0; i < whole; i++) {
                System.arraycopy(eights, (packed[row + i] & 0xFF) * 8, dst, o + i * 8, 8);
            }
            for (int x = whole * 8; x < w; x++) {
                dst[o + x] = (packed[row + (x >> 3)] & (0x80 >>> (x & 7))) != 0 ? one : zero;
            }
        }
        return out;
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    /** Resamples to {@code factor} times the size, grey; with OpenCV when it is loaded (much faster). */
    static BufferedImage scale(BufferedImage src, double factor) {
        int w = Math.max(1, (int) Math.round(src.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(src.getHeight() * factor));
        if (OpenCv.available()) {
            return OpenCv.resize(toGray(src), w, h);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, factor < 1
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static int grayOr(BufferedImage src) {
        return src.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
    }
}
