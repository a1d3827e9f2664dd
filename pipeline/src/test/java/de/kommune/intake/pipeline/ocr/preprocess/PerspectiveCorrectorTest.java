package de.kommune.intake.pipeline.ocr.preprocess;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Point;

import java.awt.image.BufferedImage;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerspectiveCorrectorTest {

    private final PerspectiveCorrector corrector = new PerspectiveCorrector();

    /** A sheet seen from below and to the left: the far (top) edge is shorter, the whole sheet turned a bit. */
    private static final Point[] CORNERS = {new Point(520, 300), new Point(1480, 360), new Point(1640, 1900),
            new Point(330, 1820)};

    @BeforeAll
    static void openCv() {
        TestPages.assertOpenCv();
    }

    @Test
    void findsTheCornersOfTheSheetInAPhoto() {
        BufferedImage photo = TestPages.photographed(TestPages.textPage(), CORNERS, 2000, 2200);

        Optional<PerspectiveCorrector.Quad> quad = corrector.detect(photo);

        assertThat(quad).isPresent();
        Point[] found = quad.get().corners();
        for (int i = 0; i < 4; i++) {
            assertThat(found[i].x).as("corner %d x", i).isCloseTo(CORNERS[i].x, within(15.0));
            assertThat(found[i].y).as("corner %d y", i).isCloseTo(CORNERS[i].y, within(15.0));
        }
        assertThat(quad.get().portrait()).isTrue();
        assertThat(quad.get().aspect()).isCloseTo(Math.sqrt(2), within(0.01));
    }

    @Test
    void warpsTheSheetOntoAnUprightRectangleWithoutBackground() {
        BufferedImage page = TestPages.textPage();
        BufferedImage photo = TestPages.photographed(page, CORNERS, 2000, 2200);
        PerspectiveCorrector.Quad quad = corrector.detect(photo).orElseThrow();

        BufferedImage flat = corrector.warp(photo, quad, 1240, 1754);

        assertThat(flat.getWidth()).isEqualTo(1240);
        assertThat(flat.getHeight()).isEqualTo(1754);
        // no dark background left in the corners or along the edges
        for (int[] r : new int[][] {{0, 0}, {1240 - 20, 0}, {0, 1754 - 20}, {1240 - 20, 1754 - 20}, {600, 0},
                {0, 900}}) {
            assertThat(TestPages.mean(flat, r[0], r[1], 20, 20)).as("patch at %d,%d", r[0], r[1])
                    .isGreaterThan(200);
        }
        // the text lines are horizontal again: the deskewer finds no tilt
        assertThat(new Deskewer().measure(flat).orElseThrow()).isCloseTo(0.0, within(0.5));
        // and the content is where it was on the original page (not mirrored, not turned): 64 px blocks have
        // about the same amount of ink
        assertThat(blockDifference(flat, page)).isLessThan(6).isLessThan(blockDifference(flat, mirrored(page)) / 2);
    }

    @Test
    void aPhotoWithoutAVisibleSheetIsLeftAlone() {
        // the page fills the whole frame: nothing to crop
        assertThat(corrector.detect(TestPages.textPage())).isEmpty();
        // a sheet seen almost edge-on is not a convincing page
        Point[] sliver = {new Point(200, 900), new Point(1800, 880), new Point(1820, 1100), new Point(180, 1200)};
        assertThat(corrector.detect(TestPages.photographed(TestPages.textPage(), sliver, 2000, 2200))).isEmpty();
    }

    private static double blockDifference(BufferedImage a, BufferedImage b) {
        double diff = 0;
        int n = 0;
        for (int y = 64; y < 1690 - 64; y += 64) {
            for (int x = 64; x < 1176 - 64; x += 64) {
                diff += Math.abs(TestPages.mean(a, x, y, 64, 64) - TestPages.mean(b, x, y, 64, 64));
                n++;
            }
        }
        return diff / n;
    }

    private static BufferedImage mirrored(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(src, src.getWidth(), 0, -src.getWidth(), src.getHeight(), null);
        g.dispose();
        return out;
    }
}
