package de.kommune.intake.samples.render;

/** 3x3 projective transforms (row-major, h[8] = 1) for mapping photo pixels back to page pixels. */
final class Homography {

    private Homography() {
    }

    /**
     * The transform taking the quad corners (x0,y0 .. x3,y3: top-left, top-right, bottom-right, bottom-left) to the
     * rectangle (0,0)-(w,h).
     */
    static double[] fromQuadToRect(double[] quad, double w, double h) {
        double[] dst = {0, 0, w, 0, w, h, 0, h};
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = quad[2 * i];
            double y = quad[2 * i + 1];
            double u = dst[2 * i];
            double v = dst[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < 8; r++) {
                if (r == col) {
                    continue;
                }
                double f = a[r][col] / a[col][col];
                for (int c = col; c < 9; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] hm = new double[9];
        for (int i = 0; i < 8; i++) {
            hm[i] = a[i][8] / a[i][i];
        }
        hm[8] = 1;
        return hm;
    }

    static double[] apply(double[] h, double x, double y) {
        double d = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / d, (h[3] * x + h[4] * y + h[5]) / d};
    }
}
