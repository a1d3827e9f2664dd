package de.kommune.intake.pipeline.ocr.preprocess;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class IlluminationNormalizerTest {

    private final IlluminationNormalizer normalizer = new IlluminationNormalizer();

    @BeforeAll
    static void openCv() {
        TestPages.assertOpenCv();
    }

    @Test
    void flattensALightingGradientAndKeepsTheText() {
        // light falls off to 45 % across the page: the right margin is darker than the text on the left
        BufferedImage shaded = TestPages.shaded(TestPages.textPage(), 0.45);
        assertThat(paper(shaded, 10)).isGreaterThan(240);
        assertThat(paper(shaded, 1240 - 40)).isLessThan(125);

        BufferedImage flat = normalizer.normalize(shaded);

        assertThat(paper(flat, 10)).isGreaterThan(235);
        assertThat(paper(flat, 1240 - 40)).isGreaterThan(235);
        // text on the dark side is as dark as on the bright side: ink well below paper on both
        assertThat(darkest(flat, 130, 400)).isLessThan(80);
        assertThat(darkest(flat, 800, 1050)).isLessThan(80);
        assertThat(normalizer.unevenness(flat)).isLessThan(0.1);
        assertThat(normalizer.unevenness(shaded)).isGreaterThan(0.4);
    }

    @Test
    void leavesAnEvenlyLitPageAlmostUnchanged() {
        BufferedImage page = TestPages.textPage();

        BufferedImage flat = normalizer.normalize(page);

        double diff = 0;
        for (int y = 0; y < page.getHeight(); y += 3) {
            for (int x = 0; x < page.getWidth(); x += 3) {
                diff += Math.abs(flat.getRaster().getSample(x, y, 0) - page.getRaster().getSample(x, y, 0));
            }
        }
        assertThat(diff / ((page.getHeight() / 3.0) * (page.getWidth() / 3.0))).isLessThan(3);
    }

    /** Paper brightness: mean of a 30 px wide margin strip at x (no text there). */
    private static double paper(BufferedImage img, int x) {
        return TestPages.mean(img, x, 200, 30, img.getHeight() - 400);
    }

    /** The darkest 1 % of a vertical band of text columns, i.e. the ink. */
    private static int darkest(BufferedImage img, int x0, int x1) {
        int[] hist = new int[256];
        int n = 0;
        for (int y = 300; y < img.getHeight() - 300; y++) {
            for (int x = x0; x < x1; x++) {
                hist[img.getRaster().getSample(x, y, 0)]++;
                n++;
            }
        }
        int acc = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc >= n / 100) {
                return v;
            }
        }
        return 255;
    }
}
