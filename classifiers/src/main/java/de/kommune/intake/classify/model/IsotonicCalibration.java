package de.kommune.intake.classify.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Maps a raw classifier confidence to the observed share of correct decisions (isotonic regression by pool
 * adjacent violators on held-back data), so that 0.9 means "right about 9 times in 10". The map is monotone:
 * it never changes which of two documents is the more certain, only what the number says. Between the fitted
 * points it interpolates linearly; below the first and above the last it is constant.
 *
 * @param raw        ascending raw confidences (block means)
 * @param calibrated non-decreasing calibrated values at {@code raw}
 */
public record IsotonicCalibration(double[] raw, double[] calibrated) {

    /** No calibration fitted: the raw confidence is passed through. */
    public static final IsotonicCalibration IDENTITY = new IsotonicCalibration(new double[] {0, 1},
            new double[] {0, 1});

    public IsotonicCalibration {
        if (raw.length != calibrated.length || raw.length == 0) {
            throw new IllegalArgumentException("calibration needs as many raw as calibrated points, at least one");
        }
        raw = raw.clone();
        calibrated = calibrated.clone();
    }

    /**
     * Fits the map on (raw confidence, decision was right) pairs. A pseudo-count of one wrong and one right
     * decision at the extremes keeps a small held-back set from promising exactly 0 or 1.
     */
    public static IsotonicCalibration fit(double[] confidence, boolean[] correct) {
        int n = confidence.length;
        if (n == 0) {
            return IDENTITY;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> confidence[i]));
        List<double[]> blocks = new ArrayList<>(); // {sumX, sumY, weight}
        blocks.add(new double[] {0, 0, 1});          // pseudo-observation: wrong at confidence 0
        for (int i : order) {
            blocks.add(new double[] {confidence[i], correct[i] ? 1 : 0, 1});
            pool(blocks);
        }
        blocks.add(new double[] {1, 1, 1});          // pseudo-observation: right at confidence 1
        pool(blocks);
        double[] x = new double[blocks.size()];
        double[] y = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            double[] b = blocks.get(i);
            x[i] = b[0] / b[2];
            y[i] = b[1] / b[2];
        }
        return new IsotonicCalibration(x, y);
    }

    private static void pool(List<double[]> blocks) {
        while (blocks.size() > 1) {
            double[] last = blocks.get(blocks.size() - 1);
            double[] prev = blocks.get(blocks.size() - 2);
            if (prev[1] / prev[2] < last[1] / last[2]) {
                return;
            }
            prev[0] += last[0];
            prev[1] += last[1];
            prev[2] += last[2];
            blocks.remove(blocks.size() - 1);
        }
    }

    public double apply(double value) {
        if (value <= raw[0]) {
            return calibrated[0];
        }
        int last = raw.length - 1;
        if (value >= raw[last]) {
            return calibrated[last];
        }
        int i = Arrays.binarySearch(raw, value);
        if (i >= 0) {
            return calibrated[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (value - raw[lo]) / (raw[hi] - raw[lo]);
        return calibrated[lo] + t * (calibrated[hi] - calibrated[lo]);
    }

    /** "raw:calibrated raw:calibrated ..." for the model file. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length; i++) {
            sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6f:%.6f", raw[i], calibrated[i]));
        }
        return sb.toString();
    }

    public static IsotonicCalibration decode(String s) {
        String[] parts = s.trim().split("\\s+");
        double[] x = new double[parts.length];
        double[] y = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] xy = parts[i].split(":");
            if (xy.length != 2) {
                throw new IllegalArgumentException("calibration point " + (i + 1) + " is not raw:calibrated");
            }
            x[i] = Double.parseDouble(xy[0]);
            y[i] = Double.parseDouble(xy[1]);
            if (i > 0 && (x[i] < x[i - 1] || y[i] < y[i - 1])) {
                throw new IllegalArgumentException("calibration points must ascend (point " + (i + 1) + ")");
            }
        }
        return new IsotonicCalibration(x, y);
    }
}
