package de.kommune.intake.pipeline.ocr.preprocess;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeskewerTest {

    private final Deskewer deskewer = new Deskewer();

    @BeforeAll
    static void openCv() {
        TestPages.assertOpenCv();
    }

    @ParameterizedTest
    @ValueSource(doubles = {7.0, -7.0, 2.5, -1.2, 12.0})
    void measuresTheTiltOfTheTextLinesWithinHalfADegree(double degrees) {
        BufferedImage page = TestPages.tilted(TestPages.textPage(), degrees);

        OptionalDouble angle = deskewer.measure(page);

        assertThat(angle).isPresent();
        assertThat(angle.getAsDouble()).isCloseTo(degrees, within(0.5));
    }

    @Test
    void turningByTheMeasuredAngleStraightensThePage() {
        BufferedImage page = TestPages.tilted(TestPages.textPage(), 7.0);

        BufferedImage straight = deskewer.rotate(page, deskewer.measure(page).getAsDouble(), false);

        OptionalDouble residual = deskewer.measure(straight);
        assertThat(residual).isPresent();
        assertThat(residual.getAsDouble()).isCloseTo(0.0, within(0.3));
        assertThat(straight.getWidth()).isEqualTo(page.getWidth());
        assertThat(straight.getHeight()).isEqualTo(page.getHeight());
    }

    @Test
    void aStraightPageMeasuresAboutZero() {
        OptionalDouble angle = deskewer.measure(TestPages.textPage());

        assertThat(angle).isPresent();
        assertThat(Math.abs(angle.getAsDouble())).isLessThan(0.3);
    }

    @Test
    void aBlankPageHasNoMeasurableAngle() {
        BufferedImage blank = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.dispose();

        assertThat(deskewer.measure(blank)).isEmpty();
    }

    @Test
    void aBilevelPageStaysBilevelWhenTurned() {
        BufferedImage page = TestPages.tilted(TestPages.textPage(), 3.0);

        BufferedImage straight = deskewer.rotate(page, 3.0, true);

        for (int y = 0; y < straight.getHeight(); y += 7) {
            for (int x = 0; x < straight.getWidth(); x += 7) {
                assertThat(straight.getRaster().getSample(x, y, 0)).isIn(0, 255);
            }
        }
    }
}
