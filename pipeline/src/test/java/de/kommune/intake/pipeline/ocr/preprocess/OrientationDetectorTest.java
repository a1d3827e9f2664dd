package de.kommune.intake.pipeline.ocr.preprocess;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OrientationDetectorTest {

    private static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";
    private static OrientationDetector detector;
    /** A 300 dpi page: OSD is tuned for text of ordinary size at that resolution. */
    private static BufferedImage page;

    @BeforeAll
    static void setUp() {
        assumeTrue(Files.exists(Path.of(TESSDATA, "osd.traineddata")), "tesseract-ocr-osd is not installed");
        detector = new OrientationDetector(TESSDATA);
        page = TestPages.textPage(2480, 3508, 42);
    }

    @Test
    void anUprightPageNeedsNoTurn() {
        Optional<OrientationDetector.Orientation> o = detector.detect(page);

        assertThat(o).isPresent();
        assertThat(o.get().rotate()).isZero();
    }

    @Test
    void detectsAPageUpsideDown() {
        Optional<OrientationDetector.Orientation> o = detector.detect(turned(page, 180));

        assertThat(o).isPresent();
        assertThat(o.get().rotate()).isEqualTo(180);
        assertThat(o.get().confidence()).isGreaterThan(OrientationDetector.MIN_CONFIDENCE);
    }

    @Test
    void tellsWhichWayToTurnAPageLyingOnItsSide() {
        // turned 90 degrees clockwise: it must be turned a further 270 clockwise (= 90 counter-clockwise)
        assertThat(detector.detect(turned(page, 90))).get().extracting(OrientationDetector.Orientation::rotate)
                .isEqualTo(270);
        assertThat(detector.detect(turned(page, 270))).get().extracting(OrientationDetector.Orientation::rotate)
                .isEqualTo(90);
    }

    @Test
    void aBlankPageHasNoOrientation() {
        BufferedImage blank = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.dispose();

        assertThat(detector.detect(blank)).isEmpty();
    }

    /** Turned clockwise by a multiple of 90 degrees. */
    static BufferedImage turned(BufferedImage src, int degrees) {
        int w = src.getWidth(), h = src.getHeight();
        boolean swap = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        AffineTransform at = new AffineTransform();
        at.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        at.rotate(Math.toRadians(degrees));
        at.translate(-w / 2.0, -h / 2.0);
        g.drawImage(src, at, null);
        g.dispose();
        return out;
    }
}
