package de.kommune.intake.samples.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/** Scanner-like degradations on 8-bit grey images: paper tone, noise, dust, skew, blur, 180° turn, bilevel. */
public final class ScanEffects {

    private ScanEffects() {
    }

    static byte[] pixels(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected TYPE_BYTE_GRAY, got " + img.getType());
        }
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    /** Maps white to {@code paper} (e.g. 240) and adds Gaussian noise of {@code sigma} grey levels. */
    public static void toneAndNoise(BufferedImage img, int paper, double sigma, Random rnd) {
        toneAndNoise(img, paper, sigma, false, rnd);
    }

    /**
     * As above; with {@code inkOnly} the noise scales with darkness, so blank paper stays flat (what a scanner with
     * background suppression delivers, and what keeps PNG files small).
     */
    public static void toneAndNoise(BufferedImage img, int paper, double sigma, boolean inkOnly, Random rnd) {
        byte[] p = pixels(img);
        float[] table = new float[4096];
        for (int i = 0; i < table.length; i++) {
            table[i] = (float) (rnd.nextGaussian() * sigma);
        }
        float k = paper / 255f;
        long state = rnd.nextLong() | 1;
        for (int i = 0; i < p.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int orig = p[i] & 0xFF;
            float n = table[(int) (state & 4095)];
            float v = orig * k + (inkOnly ? n * (255 - orig) / 255f : n);
            p[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
    }

    /** Small dark specks and a few short hair lines. */
    public static void dust(BufferedImage img, int count, Random rnd) {
        byte[] p = pixels(img);
        int w = img.getWidth();
        int h = img.getHeight();
        for (int n = 0; n < count; n++) {
            int cx = rnd.nextInt(w);
            int cy = rnd.nextInt(h);
            int r = 1 + rnd.nextInt(2);
            int grey = 30 + rnd.nextInt(90);
            for (int y = Math.max(0, cy - r); y < Math.min(h, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x < Math.min(w, cx + r); x++) {
                    p[y * w + x] = (byte) Math.min(p[y * w + x] & 0xFF, grey);
                }
            }
        }
    }

    /** Dark band along one edge, as from a lid that was not closed or a copy of a thicker original. */
    public static void edgeShadow(BufferedImage img, Random rnd) {
        byte[] p = pixels(img);
        int w = img.getWidth();
        int h = img.getHeight();
        int band = w / 60 + rnd.nextInt(w / 60);
        boolean left = rnd.nextBoolean();
        for (int y = 0; y < h; y++) {
            for (int i = 0; i < band; i++) {
                int x = left ? i : w - 1 - i;
                float f = 0.35f + 0.65f * i / band;
                p[y * w + x] = (byte) Math.round((p[y * w + x] & 0xFF) * f);
            }
        }
    }

    /** Rotates by {@code degrees} (counter-clockwise positive) around the centre, bilinear, keeping the size. */
    public static BufferedImage rotate(BufferedImage src, double degrees, int background) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] s = pixels(src);
        byte[] d = pixels(dst);
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = w / 2.0;
        double cy = h / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double sx = cos * dx - sin * dy + cx;
                double sy = sin * dx + cos * dy + cy;
                d[y * w + x] = (byte) sample(s, w, h, sx, sy, background);
            }
        }
        return dst;
    }

    static int sample(byte[] s, int w, int h, double x, double y, int background) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
            return background;
        }
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * w + x0;
        double top = (s[i] & 0xFF) * (1 - fx) + (s[i + 1] & 0xFF) * fx;
        double bottom = (s[i + w] & 0xFF) * (1 - fx) + (s[i + w + 1] & 0xFF) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    public static BufferedImage rotate180(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] s = pixels(src);
        byte[] d = pixels(dst);
        for (int i = 0; i < s.length; i++) {
            d[s.length - 1 - i] = s[i];
        }
        return dst;
    }

    /** 3x3 box blur mixed with the original by {@code amount} (0..1). */
    public static void soften(BufferedImage img, float amount) {
        byte[] p = pixels(img);
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] src = p.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int sum = 0;
                for (int dy = -w; dy <= w; dy += w) {
                    sum += (src[i + dy - 1] & 0xFF) + (src[i + dy] & 0xFF) + (src[i + dy + 1] & 0xFF);
                }
                p[i] = (byte) Math.round((src[i] & 0xFF) * (1 - amount) + sum / 9f * amount);
            }
        }
    }

    /** Thresholds to a 1-bit image (TYPE_BYTE_BINARY, 0 = black). */
    public static BufferedImage binarize(BufferedImage grey, int threshold) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        byte[] s = pixels(grey);
        byte[] d = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((s[y * w + x] & 0xFF) >= threshold) {
                    d[y * stride + (x >> 3)] |= (byte) (0x80 >> (x & 7));
                }
            }
        }
        return out;
    }
}
