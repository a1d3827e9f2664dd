package de.kommune.intake.classify.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IsotonicCalibrationTest {

    /** Raw confidence x, right with probability x²: an over-confident classifier. */
    private static void sample(Random rnd, double[] x, boolean[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble();
            y[i] = rnd.nextDouble() < x[i] * x[i];
        }
    }

    @Test
    void mapsOverconfidentScoresToTheObservedShareOfRightDecisions() {
        double[] x = new double[20000];
        boolean[] y = new boolean[x.length];
        sample(new Random(1), x, y);
        IsotonicCalibration c = IsotonicCalibration.fit(x, y);
        assertThat(c.apply(0.5)).isCloseTo(0.25, within(0.05));
        assertThat(c.apply(0.9)).isCloseTo(0.81, within(0.05));

        // on fresh data: in every tenth of the calibrated confidence, the accuracy matches it
        double[] x2 = new double[20000];
        boolean[] y2 = new boolean[x2.length];
        sample(new Random(2), x2, y2);
        double[] sum = new double[10];
        int[] n = new int[10];
        int[] ok = new int[10];
        for (int i = 0; i < x2.length; i++) {
            double p = c.apply(x2[i]);
            int bin = Math.min(9, (int) (p * 10));
            sum[bin] += p;
            n[bin]++;
            ok[bin] += y2[i] ? 1 : 0;
        }
        for (int b = 0; b < 10; b++) {
            if (n[b] > 200) {
                assertThat(ok[b] / (double) n[b]).as("bin %d", b).isCloseTo(sum[b] / n[b], within(0.05));
            }
        }
    }

    @Test
    void isMonotoneAndStaysInRange() {
        double[] x = new double[500];
        boolean[] y = new boolean[x.length];
        sample(new Random(3), x, y);
        IsotonicCalibration c = IsotonicCalibration.fit(x, y);
        double prev = -1;
        for (double v = -0.5; v <= 1.5; v += 0.01) {
            double p = c.apply(v);
            assertThat(p).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(prev);
            prev = p;
        }
    }

    @Test
    void roundTripsThroughTheModelFileAndRejectsBrokenPoints() {
        IsotonicCalibration c = IsotonicCalibration.fit(new double[] {0.2, 0.4, 0.6, 0.8},
                new boolean[] {false, true, false, true});
        IsotonicCalibration back = IsotonicCalibration.decode(c.encode());
        for (double v = 0; v <= 1; v += 0.05) {
            assertThat(back.apply(v)).isCloseTo(c.apply(v), within(1e-6));
        }
        assertThatThrownBy(() -> IsotonicCalibration.decode("0.1:0.5 0.2:0.3"))
                .hasMessageContaining("ascend");
        assertThatThrownBy(() -> IsotonicCalibration.decode("0.1-0.5")).hasMessageContaining("raw:calibrated");
        assertThat(IsotonicCalibration.fit(new double[0], new boolean[0]).apply(0.7)).isEqualTo(0.7);
    }
}
