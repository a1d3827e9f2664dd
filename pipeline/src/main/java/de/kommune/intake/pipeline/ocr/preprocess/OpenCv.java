package de.kommune.intake.pipeline.ocr.preprocess;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Loads the OpenCV native library once per process (about half a second) and converts between grey
 * {@link BufferedImage}s and {@link Mat}s. When the native library cannot be loaded (unsupported platform), the
 * OpenCV-based steps are skipped instead of failing the page.
 */
public final class OpenCv {

    private static volatile Boolean loaded;

    private OpenCv() {
    }

    /** True when OpenCV is usable; loads it on first call. */
    public static boolean available() {
        Boolean l = loaded;
        if (l == null) {
            synchronized (OpenCv.class) {
                if (loaded == null) {
                    try {
                        nu.pattern.OpenCV.loadLocally();
                        loaded = Boolean.TRUE;
                    } catch (Throwable e) {
                        loaded = Boolean.FALSE;
                    }
                }
                l = loaded;
            }
        }
        return l;
    }

    static BufferedImage gray(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        BufferedImage gray = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return gray;
    }

    /** The grey pixels of an image, row by row (read-only: may be the image's own array). */
    static byte[] pixels(BufferedImage src) {
        BufferedImage g = gray(src);
        if (g.getRaster().getParent() == null && g.getRaster().getDataBuffer() instanceof DataBufferByte data
                && data.getOffset() == 0 && data.getData().length == g.getWidth() * g.getHeight()) {
            return data.getData(); // the image's own array, no copy: callers only read it
        }
        return (byte[]) g.getRaster().getDataElements(0, 0, g.getWidth(), g.getHeight(), null);
    }

    /**
     * Resizes a grey image: area averaging when shrinking, bicubic when enlarging. Several times faster than
     * Java2D's interpolating {@code drawImage}, which works pixel by pixel in Java.
     */
    public static BufferedImage resize(BufferedImage src, int width, int height) {
        Mat in = toMat(src);
        Mat out = new Mat();
        boolean shrink = (long) width * height < (long) src.getWidth() * src.getHeight();
        Imgproc.resize(in, out, new Size(width, height), 0, 0, shrink ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
        in.release();
        BufferedImage result = toImage(out);
        out.release();
        return result;
    }

    static Mat toMat(BufferedImage src) {
        Mat m = new Mat(src.getHeight(), src.getWidth(), CvType.CV_8UC1);
        m.put(0, 0, pixels(src));
        return m;
    }

    static BufferedImage toImage(Mat m) {
        if (m.type() != CvType.CV_8UC1) {
            throw new IllegalArgumentException("expected a grey 8-bit matrix, got type " + m.type());
        }
        byte[] data = new byte[m.rows() * m.cols()];
        m.get(0, 0, data);
        BufferedImage out = new BufferedImage(m.cols(), m.rows(), BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, m.cols(), m.rows(), data);
        return out;
    }
}
