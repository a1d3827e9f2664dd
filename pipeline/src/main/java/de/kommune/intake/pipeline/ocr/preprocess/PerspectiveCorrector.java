package de.kommune.intake.pipeline.ocr.preprocess;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the sheet of paper in a phone photo (the largest convincing four-cornered outline that is brighter than
 * its surroundings), and maps it onto an upright rectangle, which removes the perspective and crops the
 * background. When no convincing quadrilateral is found the photo is left as it is.
 */
public final class PerspectiveCorrector {

    /** Long side of the copy the outline is searched in. */
    private static final int DETECT_SIZE = 800;
    /** A sheet must cover at least this share of the photo ... */
    private static final double MIN_AREA = 0.15;
    /** ... and not (almost) all of it, which would mean the photo is already cropped to the page. */
    private static final double MAX_AREA = 0.96;
    private static final double A4_ASPECT = Math.sqrt(2);

    /** The four corners of the sheet in the full-size image: top-left, top-right, bottom-right, bottom-left. */
    public record Quad(Point[] corners, double width, double height) {

        /** Measured aspect (long / short side), snapped to A4 when close. */
        public double aspect() {
            double a = Math.max(width, height) / Math.min(width, height);
            return Math.abs(a - A4_ASPECT) < 0.12 ? A4_ASPECT : a;
        }

        public boolean portrait() {
            return height >= width;
        }

        /** Short side of the sheet in photo pixels (mean of the two short edges). */
        public double shortSide() {
            return Math.min(width, height);
        }
    }

    /**
     * The sheet's corners in {@code image}, or empty when no convincing sheet outline is found. A colour image
     * helps: a coloured band along the sheet's edge may have the same grey value as the background.
     */
    public Optional<Quad> detect(BufferedImage image) {
        if (!OpenCv.available()) {
            return Optional.empty();
        }
        double scale = Math.min(1.0, (double) DETECT_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int w = (int) Math.round(image.getWidth() * scale), h = (int) Math.round(image.getHeight() * scale);
        Mat colour = reduced(image, w, h);
        Mat small = new Mat();
        if (colour.channels() == 3) {
            Imgproc.cvtColor(colour, small, Imgproc.COLOR_BGR2GRAY);
        } else {
            colour.copyTo(small);
        }
        Imgproc.GaussianBlur(small, small, new Size(5, 5), 0);
        try {
            List<Point[]> candidates = new ArrayList<>();
            candidates.addAll(quadsFrom(brightRegions(small), small));
            candidates.addAll(quadsFrom(edges(colour), small));
            double imageArea = (double) small.rows() * small.cols();
            return candidates.stream()
                    .filter(q -> Imgproc.contourArea(new MatOfPoint2f(q)) >= MIN_AREA * imageArea)
                    .filter(q -> Imgproc.contourArea(new MatOfPoint2f(q)) <= MAX_AREA * imageArea)
                    .filter(PerspectiveCorrector::convincing)
                    .max(Comparator.comparingDouble(q -> Imgproc.contourArea(new MatOfPoint2f(q))))
                    .map(q -> toQuad(q, 1.0 / scale));
        } finally {
            small.release();
            colour.release();
        }
    }

    /** A reduced copy, in colour (BGR) when the image has colour, else grey. */
    private static Mat reduced(BufferedImage image, int w, int h) {
        boolean colour = image.getColorModel().getNumColorComponents() >= 3;
        BufferedImage r = new BufferedImage(w, h, colour ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = r.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        byte[] data = (byte[]) r.getRaster().getDataElements(0, 0, w, h, null);
        Mat m = new Mat(h, w, colour ? org.opencv.core.CvType.CV_8UC3 : org.opencv.core.CvType.CV_8UC1);
        m.put(0, 0, data);
        return m;
    }

    /**
     * Warps the sheet onto a {@code width x height} rectangle. The output is a few pixels inside the detected
     * edges so no strip of background remains along the border.
     */
    public BufferedImage warp(BufferedImage image, Quad quad, int width, int height) {
        double mx = width * 0.004, my = height * 0.004;
        MatOfPoint2f src = new MatOfPoint2f(quad.corners());
        MatOfPoint2f dst = new MatOfPoint2f(new Point(-mx, -my), new Point(width - 1 + mx, -my),
                new Point(width - 1 + mx, height - 1 + my), new Point(-mx, height - 1 + my));
        Mat transform = Imgproc.getPerspectiveTransform(src, dst);
        Mat in = OpenCv.toMat(image);
        Mat out = new Mat();
        int interpolation = (double) width / quad.width() > 1.05 ? Imgproc.INTER_CUBIC : Imgproc.INTER_AREA;
        Imgproc.warpPerspective(in, out, transform, new Size(width, height), interpolation, Core.BORDER_REPLICATE);
        BufferedImage result = OpenCv.toImage(out);
        in.release();
        out.release();
        transform.release();
        return result;
    }

    /** Paper is brighter than most backgrounds: Otsu threshold, closed so text does not punch holes in it. */
    private static Mat brightRegions(Mat small) {
        Mat bin = new Mat();
        Imgproc.threshold(small, bin, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(9, 9));
        Imgproc.morphologyEx(bin, bin, Imgproc.MORPH_CLOSE, kernel);
        Imgproc.morphologyEx(bin, bin, Imgproc.MORPH_OPEN, kernel);
        kernel.release();
        return bin;
    }

    /**
     * The sheet as the area enclosed by its outline, for backgrounds as bright as paper and for sheets with dark
     * bands along an edge: edges of a smoothed copy, outlines filled, then opened with a kernel wider than
     * background texture so grain or clutter touching the sheet is cut off.
     */
    private static Mat edges(Mat small) {
        Mat smooth = new Mat();
        Imgproc.medianBlur(small, smooth, 7); // Canny takes the strongest gradient over the colour channels
        Mat e = new Mat();
        Imgproc.Canny(smooth, e, 40, 120);
        smooth.release();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(5, 5));
        Imgproc.dilate(e, e, kernel);
        kernel.release();
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(e, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        hierarchy.release();
        Mat filled = Mat.zeros(e.size(), e.type());
        Imgproc.drawContours(filled, contours, -1, new org.opencv.core.Scalar(255), -1);
        e.release();
        Mat open = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(21, 21));
        Imgproc.morphologyEx(filled, filled, Imgproc.MORPH_OPEN, open);
        open.release();
        return filled;
    }

    private static List<Point[]> quadsFrom(Mat mask, Mat small) {
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        hierarchy.release();
        mask.release();
        double minArea = MIN_AREA * small.rows() * small.cols();
        List<Point[]> quads = new ArrayList<>();
        for (MatOfPoint c : contours) {
            double area = Imgproc.contourArea(c);
            if (area < minArea) {
                continue;
            }
            MatOfInt hullIdx = new MatOfInt();
            Imgproc.convexHull(c, hullIdx);
            Point[] pts = c.toArray();
            Point[] hull = Arrays.stream(hullIdx.toArray()).mapToObj(i -> pts[i]).toArray(Point[]::new);
            MatOfPoint2f hull2f = new MatOfPoint2f(hull);
            double hullArea = Imgproc.contourArea(hull2f);
            // The outline must be solid: a sheet fills its hull, a cluster of objects does not.
            if (area < 0.85 * hullArea) {
                continue;
            }
            double perimeter = Imgproc.arcLength(hull2f, true);
            for (double eps : new double[] {0.015, 0.025, 0.04, 0.06}) {
                MatOfPoint2f approx = new MatOfPoint2f();
                Imgproc.approxPolyDP(hull2f, approx, eps * perimeter, true);
                if (approx.total() == 4) {
                    Point[] quad = approx.toArray();
                    // The quadrilateral must cover the outline closely.
                    double quadArea = Imgproc.contourArea(approx);
                    if (quadArea > 0.9 * hullArea && quadArea < 1.1 * hullArea) {
                        quads.add(order(quad));
                    }
                    break;
                }
            }
        }
        return quads;
    }

    /** Corners roughly square and opposite sides of similar length: a sheet seen at a moderate angle. */
    static boolean convincing(Point[] q) {
        for (int i = 0; i < 4; i++) {
            Point a = q[(i + 3) % 4], b = q[i], c = q[(i + 1) % 4];
            double angle = Math.toDegrees(Math.abs(Math.atan2(cross(a, b, c), dot(a, b, c))));
            if (angle < 60 || angle > 120) {
                return false;
            }
        }
        double top = dist(q[0], q[1]), bottom = dist(q[3], q[2]), left = dist(q[0], q[3]), right = dist(q[1], q[2]);
        return Math.min(top, bottom) / Math.max(top, bottom) > 0.6 && Math.min(left, right) / Math.max(left, right) > 0.6;
    }

    private static double cross(Point a, Point b, Point c) {
        return (a.x - b.x) * (c.y - b.y) - (a.y - b.y) * (c.x - b.x);
    }

    private static double dot(Point a, Point b, Point c) {
        return (a.x - b.x) * (c.x - b.x) + (a.y - b.y) * (c.y - b.y);
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }

    /** Top-left, top-right, bottom-right, bottom-left. */
    static Point[] order(Point[] p) {
        Point tl = p[0], br = p[0], tr = p[0], bl = p[0];
        for (Point x : p) {
            if (x.x + x.y < tl.x + tl.y) {
                tl = x;
            }
            if (x.x + x.y > br.x + br.y) {
                br = x;
            }
            if (x.x - x.y > tr.x - tr.y) {
                tr = x;
            }
            if (x.x - x.y < bl.x - bl.y) {
                bl = x;
            }
        }
        return new Point[] {tl, tr, br, bl};
    }

    private static Quad toQuad(Point[] q, double scale) {
        Point[] full = Arrays.stream(q).map(p -> new Point(p.x * scale, p.y * scale)).toArray(Point[]::new);
        double w = (dist(full[0], full[1]) + dist(full[3], full[2])) / 2;
        double h = (dist(full[0], full[3]) + dist(full[1], full[2])) / 2;
        return new Quad(full, w, h);
    }
}
