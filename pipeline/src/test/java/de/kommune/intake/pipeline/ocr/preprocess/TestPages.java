package de.kommune.intake.pipeline.ocr.preprocess;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Synthetic page images drawn with Java2D: a letter of German text, tilted, shaded or photographed. */
final class TestPages {

    static final String[] LINES = {
            "Jobcenter Musterstadt - Bescheid über Leistungen zur Sicherung des Lebensunterhalts",
            "Sehr geehrte Frau Mustermann, auf Ihren Antrag vom 12.03.2025 werden Ihnen für die Zeit",
            "vom 01.04.2025 bis 31.03.2026 Leistungen nach dem Zweiten Buch Sozialgesetzbuch bewilligt.",
            "Die Höhe der monatlichen Leistungen ergibt sich aus dem beigefügten Berechnungsbogen.",
            "Bitte teilen Sie uns jede Änderung Ihrer persönlichen oder wirtschaftlichen Verhältnisse",
            "unverzüglich mit, insbesondere die Aufnahme einer Beschäftigung oder einen Umzug.",
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben",
            "werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Jobcenter einzulegen.",
    };

    private TestPages() {
    }

    /** A white A4 page at 150 dpi (1240 x 1754) with about 40 lines of text. */
    static BufferedImage textPage() {
        return textPage(1240, 1754, 22);
    }

    static BufferedImage textPage(int w, int h, int fontPx) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontPx * 3 / 2));
        int margin = w / 10;
        int y = h / 10;
        g.drawString("Bewilligungsbescheid", margin, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontPx));
        y += fontPx * 3;
        int line = 0;
        while (y < h - h / 10) {
            String text = LINES[line++ % LINES.length];
            // fit the line into the text width
            while (g.getFontMetrics().stringWidth(text) > w - 2 * margin) {
                text = text.substring(0, text.lastIndexOf(' '));
            }
            g.drawString(text, margin, y);
            y += fontPx * 3 / 2;
        }
        g.dispose();
        return img;
    }

    /** Rotated clockwise by {@code degrees} about the centre, same canvas, corners white. */
    static BufferedImage tilted(BufferedImage src, double degrees) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, AffineTransform.getRotateInstance(Math.toRadians(degrees), src.getWidth() / 2.0,
                src.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** Multiplies the page by a light falling off from left (full) to right ({@code darkest} of full). */
    static BufferedImage shaded(BufferedImage src, double darkest) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                double light = 1.0 - (1.0 - darkest) * x / (src.getWidth() - 1);
                int v = src.getRaster().getSample(x, y, 0);
                out.getRaster().setSample(x, y, 0, (int) Math.round(v * light));
            }
        }
        return out;
    }

    /**
     * A phone photo of {@code page}: the page's corners land on {@code corners} (TL, TR, BR, BL) of a
     * {@code w x h} frame filled with a dark, slightly textured background.
     */
    static BufferedImage photographed(BufferedImage page, Point[] corners, int w, int h) {
        assertOpenCv();
        Mat src = OpenCv.toMat(page);
        Mat bg = new Mat(h, w, src.type(), new Scalar(70));
        Mat noise = new Mat(h, w, src.type());
        Core.randu(noise, 0, 30);
        Core.add(bg, noise, bg);
        Mat m = Imgproc.getPerspectiveTransform(new MatOfPoint2f(new Point(0, 0), new Point(page.getWidth(), 0),
                new Point(page.getWidth(), page.getHeight()), new Point(0, page.getHeight())), new MatOfPoint2f(corners));
        Imgproc.warpPerspective(src, bg, m, new Size(w, h), Imgproc.INTER_LINEAR, Core.BORDER_TRANSPARENT);
        return OpenCv.toImage(bg);
    }

    static void assertOpenCv() {
        if (!OpenCv.available()) {
            throw new IllegalStateException("OpenCV native library did not load");
        }
    }

    /** Mean grey value of a rectangle. */
    static double mean(BufferedImage img, int x0, int y0, int w, int h) {
        double sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                sum += img.getRaster().getSample(x, y, 0);
            }
        }
        return sum / ((double) w * h);
    }
}
