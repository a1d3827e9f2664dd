package de.kommune.intake.pipeline.ocr.preprocess;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.image.BufferedImage;

/**
 * Evens out shadows and uneven lighting: estimates the paper's brightness everywhere on the page (a
 * morphological closing on a reduced copy wipes out the dark text and keeps the paper) and divides the page by
 * it, so the paper becomes uniformly white and text keeps its contrast. Tesseract's global binarisation then
 * works on shaded photos too.
 */
public final class IlluminationNormalizer {

    /** The background is estimated at a quarter of the resolution: enough for shadows, which vary slowly. */
    private static final int REDUCE = 4;

    public BufferedImage normalize(BufferedImage image) {
        Mat src = OpenCv.toMat(image);
        Mat bg = background(src);
        Mat out = new Mat();
        Core.divide(src, bg, out, 255.0);
        BufferedImage result = OpenCv.toImage(out);
        src.release();
        bg.release();
        out.release();
        return result;
    }

    /** How much the paper's brightness varies over the page: 0 for even lighting. For tests and diagnostics. */
    public double unevenness(BufferedImage image) {
        Mat src = OpenCv.toMat(image);
        Mat bg = background(src);
        Core.MinMaxLocResult mm = Core.minMaxLoc(bg);
        src.release();
        bg.release();
        return (mm.maxVal - mm.minVal) / Math.max(1, mm.maxVal);
    }

    /** The paper without the text, at full size. */
    static Mat background(Mat src) {
        Mat small = new Mat();
        Imgproc.resize(src, small, new Size(Math.max(1, src.cols() / REDUCE), Math.max(1, src.rows() / REDUCE)), 0, 0,
                Imgproc.INTER_AREA);
        // Wider than any pen stroke or bold letter (on an A4 page at 300 dpi: 15 px reduced, 60 px or 5 mm at full size)
        // and far narrower than a shadow's gradient.
        int k = Math.max(7, (Math.min(small.cols(), small.rows()) / 40) | 1);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(k, k));
        Imgproc.morphologyEx(small, small, Imgproc.MORPH_CLOSE, kernel);
        kernel.release();
        Imgproc.GaussianBlur(small, small, new Size(0, 0), k / 2.0);
        Mat bg = new Mat();
        Imgproc.resize(small, bg, src.size(), 0, 0, Imgproc.INTER_LINEAR);
        small.release();
        // never divide by (almost) black: large dark areas stay as they are relative to a dim floor
        Core.max(bg, new org.opencv.core.Scalar(24), bg);
        return bg;
    }
}
