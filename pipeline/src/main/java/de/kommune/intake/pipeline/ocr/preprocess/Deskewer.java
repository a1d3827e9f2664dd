package de.kommune.intake.pipeline.ocr.preprocess;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Measures how far the text lines of a page are tilted (up to 15 degrees either way) and turns the page
 * straight. The angle comes from projection profiles of a reduced, binarised copy: projected along the true
 * line direction, the ink piles up in sharp peaks (the lines) separated by empty gaps. A page is only turned
 * when the best angle stands out clearly and exceeds {@link #MIN_ANGLE}.
 */
public final class Deskewer {

    static final double MAX_ANGLE = 15.0;
    static final double MIN_ANGLE = 0.3;
    /** The best profile must be this much sharper than a typical one, or the angle is not trusted. */
    private static final double MIN_CONTRAST = 1.6;
    private static final int WORK_WIDTH = 1000;
    private static final int MAX_POINTS = 80_000;
    private static final int COARSE_SUBSAMPLING = 4;

    /** Tilt of the text lines in degrees, positive = clockwise; empty when it cannot be measured confidently. */
    public OptionalDouble measure(BufferedImage image) {
        double scale = Math.min(1.0, (double) WORK_WIDTH / image.getWidth());
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        Mat src = OpenCv.toMat(image);
        Mat small = new Mat();
        Imgproc.resize(src, small, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
        src.release();
        Mat bin = new Mat();
        // local threshold: dark ink on paper, robust to shading; C keeps paper texture and noise out
        Imgproc.adaptiveThreshold(small, bin, 1, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, 25, 20);
        small.release();
        try {
            return measure(bin, w, h);
        } finally {
            bin.release();
        }
    }

    /**
     * The ink points inside a margin (scanner edges and shadows along the border are not text), at most
     * {@link #MAX_POINTS} of them in reading order, then the angle. OpenCV finds the points, in the order the two
     * Java loops over the reduced page did before (the same angles, about 2 ms a page less).
     */
    static OptionalDouble measure(Mat ink, int w, int h) {
        int mx = w / 30, my = h / 30;
        if (w - 2 * mx <= 0 || h - 2 * my <= 0) {
            return OptionalDouble.empty();
        }
        Mat inner = ink.submat(my, h - my, mx, w - mx);
        int count = Core.countNonZero(inner);
        if (count < 300) {
            return OptionalDouble.empty(); // (almost) blank page
        }
        Mat found = new Mat();
        int[] points = new int[2 * count];
        try {
            Core.findNonZero(inner, found); // (x, y) pairs, row by row
            found.get(0, 0, points);
        } finally {
            found.release();
            inner.release();
        }
        int step = Math.max(1, count / MAX_POINTS);
        int n = (count + step - 1) / step;
        float[] xs = new float[n], ys = new float[n];
        for (int i = 0, k = 0; k < n; i += step, k++) {
            xs[k] = (float) (points[2 * i] + mx - w / 2.0);
            ys[k] = (float) (points[2 * i + 1] + my - h / 2.0);
        }
        return angle(xs, ys, n, w, h);
    }

    /** The median grey value: on a document page, the paper. */
    static int paper(BufferedImage image) {
        byte[] px = OpenCv.pixels(image);
        int[] hist = new int[256];
        for (int i = 0; i < px.length; i += 7) {
            hist[px[i] & 0xFF]++;
        }
        int half = (px.length / 7) / 2, acc = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc > half) {
                return v;
            }
        }
        return 255;
    }

    /** The tilt whose projection profile of the points is sharpest, if it stands out. */
    private static OptionalDouble angle(float[] xs, float[] ys, int k, int w, int h) {
        int bins = (int) Math.ceil(Math.hypot(w, h)) + 2;
        int[] hist = new int[bins];
        double coarseStep = 0.25;
        int coarseN = (int) Math.round(2 * MAX_ANGLE / coarseStep) + 1;
        double[] scores = new double[coarseN];
        int best = 0;
        // the coarse sweep (121 angles) looks at every fourth ink point: the profile's peaks are the same, at a
        // quarter of the cost; the fine search around the winner uses all of them
        int coarseK = (k + COARSE_SUBSAMPLING - 1) / COARSE_SUBSAMPLING;
        float[] cxs = new float[coarseK], cys = new float[coarseK];
        for (int i = 0, j = 0; i < k; i += COARSE_SUBSAMPLING, j++) {
            cxs[j] = xs[i];
            cys[j] = ys[i];
        }
        for (int i = 0; i < coarseN; i++) {
            scores[i] = score(cxs, cys, coarseK, -MAX_ANGLE + i * coarseStep, hist);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double median = sorted[coarseN / 2];
        double bestAngle = -MAX_ANGLE + best * coarseStep;
        if (median <= 0 || scores[best] / median < MIN_CONTRAST || Math.abs(bestAngle) >= MAX_ANGLE) {
            return OptionalDouble.empty();
        }
        double bestScore = score(xs, ys, k, bestAngle, hist);
        for (double a = bestAngle - coarseStep; a <= bestAngle + coarseStep + 1e-9; a += 0.02) {
            double s = score(xs, ys, k, a, hist);
            if (s > bestScore) {
                bestScore = s;
                bestAngle = a;
            }
        }
        return OptionalDouble.of(bestAngle);
    }

    /**
     * Sharpness of the profile of rows tilted by {@code degrees}: sum of squared differences between
     * neighbouring bins, large when lines and gaps alternate crisply.
     */
    private static double score(float[] xs, float[] ys, int n, double degrees, int[] hist) {
        Arrays.fill(hist, 0);
        double r = Math.toRadians(degrees);
        float sin = (float) Math.sin(r), cos = (float) Math.cos(r);
        // the offset keeps every projection positive (|projection| <= half the diagonal < off), so the cast
        // rounds like Math.round at a fraction of its cost: this loop runs some 10 million times a page
        float off = hist.length / 2 + 0.5f;
        for (int i = 0; i < n; i++) {
            // position across the lines when the lines run at +degrees (clockwise in image coordinates)
            int b = (int) (ys[i] * cos - xs[i] * sin + off);
            if (b < hist.length) {
                hist[b]++;
            }
        }
        double s = 0;
        for (int i = 1; i < hist.length; i++) {
            double d = hist[i] - hist[i - 1];
            s += d * d;
        }
        return s;
    }

    /**
     * Turns the page by {@code degrees} counter-clockwise (to undo a clockwise tilt). The corners turned in from
     * outside are filled with the paper's grey (the page's median), so they add no edges of their own.
     */
    public BufferedImage rotate(BufferedImage image, double degrees, boolean bilevel) {
        Mat src = OpenCv.toMat(image);
        Mat m = Imgproc.getRotationMatrix2D(new Point(image.getWidth() / 2.0, image.getHeight() / 2.0), degrees, 1.0);
        Mat out = new Mat();
        Imgproc.warpAffine(src, out, m, src.size(), Imgproc.INTER_CUBIC, Core.BORDER_CONSTANT,
                new Scalar(bilevel ? 255 : paper(image)));
        if (bilevel) {
            Imgproc.threshold(out, out, 127, 255, Imgproc.THRESH_BINARY);
        }
        BufferedImage result = OpenCv.toImage(out);
        src.release();
        m.release();
        out.release();
        return result;
    }
}
