package de.kommune.intake.pipeline.ocr;

import java.awt.image.BufferedImage;

/** Tiny grey images whose pixels are all different, so a test can see exactly where each one went. */
final class PixelGrids {

    private PixelGrids() {
    }

    /** 3 x 2 grey: 10 20 30 / 40 50 60, i.e. value = 10 * (1 + x + 3y). */
    static BufferedImage sample() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                img.getRaster().setSample(x, y, 0, 10 * (1 + x + 3 * y));
            }
        }
        return img;
    }

    static int[][] pixels(BufferedImage img) {
        int[][] p = new int[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                p[y][x] = img.getRaster().getSample(x, y, 0);
            }
        }
        return p;
    }
}
