package de.kommune.intake.pipeline.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

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

    static BufferedImage toGray(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        BufferedImage gray = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return gray;
    }

    static BufferedImage scale(BufferedImage src, double factor) {
        int w = Math.max(1, (int) Math.round(src.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(src.getHeight() * factor));
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
