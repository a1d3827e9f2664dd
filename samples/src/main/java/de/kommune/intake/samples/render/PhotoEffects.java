package de.kommune.intake.samples.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Simulates a phone photo of a page: the page lies on a textured background, seen in perspective, with uneven
 * light, a soft shadow, a colour cast, mild blur and sensor noise.
 */
public final class PhotoEffects {

    private PhotoEffects() {
    }

    /** The upright photo ({@code width} x {@code height}, TYPE_INT_RGB); {@code notes} receives what was done. */
    public static BufferedImage photograph(BufferedImage page, int width, int height, Random rnd,
                                           Map<String, Object> notes) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        String texture = background(dst, width, height, rnd);

        // Where the page corners land: fill most of the frame, jitter each corner (perspective), tilt a little.
        double aspect = (double) page.getWidth() / page.getHeight();
        double fill = 0.8 + rnd.nextDouble() * 0.12;
        double ph = height * fill;
        double pw = ph * aspect;
        if (pw > width * 0.94) {
            pw = width * 0.94;
            ph = pw / aspect;
        }
        double cx = width / 2.0 + (rnd.nextDouble() - 0.5) * (width - pw) * 0.6;
        double cy = height / 2.0 + (rnd.nextDouble() - 0.5) * (height - ph) * 0.6;
        double tilt = Math.toRadians((rnd.nextDouble() - 0.5) * 6);
        double[][] base = {{-pw / 2, -ph / 2}, {pw / 2, -ph / 2}, {pw / 2, ph / 2}, {-pw / 2, ph / 2}};
        double[] quad = new double[8];
        double jitter = 0.035 * Math.min(pw, ph);
        double keystone = (rnd.nextDouble() - 0.3) * 0.06 * pw;
        for (int i = 0; i < 4; i++) {
            double x = base[i][0] + (rnd.nextDouble() - 0.5) * jitter + (i < 2 ? (i == 0 ? keystone : -keystone) : 0);
            double y = base[i][1] + (rnd.nextDouble() - 0.5) * jitter;
            quad[2 * i] = cx + x * Math.cos(tilt) - y * Math.sin(tilt);
            quad[2 * i + 1] = cy + x * Math.sin(tilt) + y * Math.cos(tilt);
        }
        int sw = page.getWidth();
        int sh = page.getHeight();
        double[] h = Homography.fromQuadToRect(quad, sw, sh);

        // Contact shadow below the page, then the page itself.
        int shadowDx = 4 + rnd.nextInt(10);
        int shadowDy = 6 + rnd.nextInt(10);
        int[] src = page.getRGB(0, 0, sw, sh, null, 0, sw);
        int minX = (int) Math.max(0, Math.floor(min(quad, 0)) - 2);
        int maxX = (int) Math.min(width - 1, Math.ceil(max(quad, 0)) + shadowDx + 2);
        int minY = (int) Math.max(0, Math.floor(min(quad, 1)) - 2);
        int maxY = (int) Math.min(height - 1, Math.ceil(max(quad, 1)) + shadowDy + 2);
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double[] s = Homography.apply(h, x, y);
                if (inside(s, sw, sh)) {
                    dst[y * width + x] = bilinear(src, sw, sh, s[0], s[1]);
                    continue;
                }
                double[] t = Homography.apply(h, x - shadowDx, y - shadowDy);
                if (inside(t, sw, sh)) {
                    dst[y * width + x] = scale(dst[y * width + x], 0.55, 0.55, 0.55);
                }
            }
        }

        // Light: a gradient across the frame, vignetting, sometimes the shadow of the phone or a hand.
        double angle = rnd.nextDouble() * 2 * Math.PI;
        double strength = 0.12 + rnd.nextDouble() * 0.2;
        boolean handShadow = rnd.nextDouble() < 0.5;
        double shAngle = rnd.nextDouble() * 2 * Math.PI;
        double shOffset = 0.25 + rnd.nextDouble() * 0.25;
        double warm = rnd.nextDouble();
        double rK = warm > 0.3 ? 1.0 : 0.94;
        double gK = warm > 0.3 ? 0.97 : 0.97;
        double bK = warm > 0.3 ? 0.86 + rnd.nextDouble() * 0.06 : 1.0;
        double brightness = 0.9 + rnd.nextDouble() * 0.12;
        for (int y = 0; y < height; y++) {
            double ny = (y - height / 2.0) / height;
            for (int x = 0; x < width; x++) {
                double nx = (x - width / 2.0) / width;
                double g = 1 - strength * (0.5 + nx * Math.cos(angle) + ny * Math.sin(angle));
                double v = 1 - 0.45 * (nx * nx + ny * ny);
                double l = brightness * g * v;
                if (handShadow) {
                    double d = nx * Math.cos(shAngle) + ny * Math.sin(shAngle) - shOffset;
                    l *= 1 - 0.28 / (1 + Math.exp(-d * 40));
                }
                dst[y * width + x] = scale(dst[y * width + x], l * rK, l * gK, l * bK);
            }
        }
        int blurPasses = 1 + rnd.nextInt(2);
        for (int i = 0; i < blurPasses; i++) {
            boxBlur(dst, width, height);
        }
        noise(dst, 3 + rnd.nextInt(4), rnd);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("background", texture);
        n.put("tiltDeg", Math.round(Math.toDegrees(tilt) * 10) / 10.0);
        n.put("handShadow", handShadow);
        n.put("blurPasses", blurPasses);
        notes.putAll(n);
        return out;
    }

    private static boolean inside(double[] s, int w, int h) {
        return s[0] >= 0 && s[1] >= 0 && s[0] < w - 1 && s[1] < h - 1;
    }

    private static double min(double[] q, int off) {
        return Math.min(Math.min(q[off], q[off + 2]), Math.min(q[off + 4], q[off + 6]));
    }

    private static double max(double[] q, int off) {
        return Math.max(Math.max(q[off], q[off + 2]), Math.max(q[off + 4], q[off + 6]));
    }

    private static int bilinear(int[] s, int w, int h, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * w + x0;
        int a = s[i];
        int b = s[i + 1];
        int c = s[i + w];
        int d = s[i + w + 1];
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((a >> shift) & 0xFF) * (1 - fx) + ((b >> shift) & 0xFF) * fx;
            double bot = ((c >> shift) & 0xFF) * (1 - fx) + ((d >> shift) & 0xFF) * fx;
            out |= ((int) Math.round(top * (1 - fy) + bot * fy)) << shift;
        }
        return out;
    }

    private static int scale(int rgb, double r, double g, double b) {
        int rr = (int) Math.min(255, ((rgb >> 16) & 0xFF) * r);
        int gg = (int) Math.min(255, ((rgb >> 8) & 0xFF) * g);
        int bb = (int) Math.min(255, (rgb & 0xFF) * b);
        return (rr << 16) | (gg << 8) | bb;
    }

    /** Fills the frame with a table-top texture; returns its name. */
    private static String background(int[] dst, int w, int h, Random rnd) {
        String[] kinds = {"wood", "desk-grey", "fabric-dark", "laminate-light"};
        String kind = kinds[rnd.nextInt(kinds.length)];
        int[] baseRgb = switch (kind) {
            case "wood" -> new int[] {120, 80, 48};
            case "desk-grey" -> new int[] {95, 98, 102};
            case "fabric-dark" -> new int[] {45, 52, 70};
            default -> new int[] {176, 168, 150};
        };
        int gw = 24;
        int gh = 32;
        double[] grid = new double[(gw + 1) * (gh + 1)];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = rnd.nextDouble();
        }
        double freq = 0.02 + rnd.nextDouble() * 0.03;
        double phase = rnd.nextDouble() * 10;
        for (int y = 0; y < h; y++) {
            double gy = (double) y / h * gh;
            int y0 = Math.min(gh - 1, (int) gy);
            double fy = gy - y0;
            for (int x = 0; x < w; x++) {
                double gx = (double) x / w * gw;
                int x0 = Math.min(gw - 1, (int) gx);
                double fx = gx - x0;
                double n = grid[y0 * (gw + 1) + x0] * (1 - fx) * (1 - fy) + grid[y0 * (gw + 1) + x0 + 1] * fx * (1 - fy)
                        + grid[(y0 + 1) * (gw + 1) + x0] * (1 - fx) * fy + grid[(y0 + 1) * (gw + 1) + x0 + 1] * fx * fy;
                double f = 0.85 + 0.3 * n;
                if (kind.equals("wood")) {
                    f *= 0.88 + 0.12 * Math.sin(x * freq + n * 6 + phase);
                } else if (kind.equals("fabric-dark")) {
                    f *= ((x + y) % 4 < 2) ? 1.0 : 0.93;
                }
                int r = (int) Math.min(255, baseRgb[0] * f);
                int g = (int) Math.min(255, baseRgb[1] * f);
                int b = (int) Math.min(255, baseRgb[2] * f);
                dst[y * w + x] = (r << 16) | (g << 8) | b;
            }
        }
        return kind;
    }

    private static void boxBlur(int[] p, int w, int h) {
        int[] src = p.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = -w; dy <= w; dy += w) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int v = src[i + dy + dx];
                        r += (v >> 16) & 0xFF;
                        g += (v >> 8) & 0xFF;
                        b += v & 0xFF;
                    }
                }
                int c = src[i];
                r = (r / 9 + 2 * ((c >> 16) & 0xFF)) / 3;
                g = (g / 9 + 2 * ((c >> 8) & 0xFF)) / 3;
                b = (b / 9 + 2 * (c & 0xFF)) / 3;
                p[i] = (r << 16) | (g << 8) | b;
            }
        }
    }

    private static void noise(int[] p, int sigma, Random rnd) {
        int[] table = new int[4096];
        for (int i = 0; i < table.length; i++) {
            table[i] = (int) Math.round(rnd.nextGaussian() * sigma);
        }
        long state = rnd.nextLong() | 1;
        for (int i = 0; i < p.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int n = table[(int) (state & 4095)];
            int v = p[i];
            int r = Math.max(0, Math.min(255, ((v >> 16) & 0xFF) + n));
            int g = Math.max(0, Math.min(255, ((v >> 8) & 0xFF) + n));
            int b = Math.max(0, Math.min(255, (v & 0xFF) + n));
            p[i] = (r << 16) | (g << 8) | b;
        }
    }

    /** Rotates RGB pixels by a multiple of 90 degrees clockwise (1 = 90° CW, 2 = 180°, 3 = 90° CCW). */
    public static BufferedImage rotateQuarter(BufferedImage src, int quartersClockwise) {
        int q = Math.floorMod(quartersClockwise, 4);
        int w = src.getWidth();
        int h = src.getHeight();
        if (q == 0) {
            return src;
        }
        BufferedImage dst = new BufferedImage(q % 2 == 0 ? w : h, q % 2 == 0 ? h : w, BufferedImage.TYPE_INT_RGB);
        int[] s = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        int[] d = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();
        int dw = dst.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (q) {
                    case 1 -> {
                        nx = h - 1 - y;
                        ny = x;
                    }
                    case 2 -> {
                        nx = w - 1 - x;
                        ny = h - 1 - y;
                    }
                    default -> {
                        nx = y;
                        ny = w - 1 - x;
                    }
                }
                d[ny * dw + nx] = s[y * w + x];
            }
        }
        return dst;
    }
}
