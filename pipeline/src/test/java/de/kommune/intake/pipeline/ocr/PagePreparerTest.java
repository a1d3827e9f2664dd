package de.kommune.intake.pipeline.ocr;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PagePreparerTest {

    private final PagePreparer preparer = new PagePreparer();

    private static BufferedImage grey(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    }

    private static BufferedImage bilevel(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
    }

    @Test
    void aGreyPageAt300DpiIsLeftAsItIs() {
        BufferedImage img = grey(2480, 3508);

        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(img, 300, List.of("render:300dpi")));

        assertThat(p.image()).isSameAs(img);
        assertThat(p.dpi()).isEqualTo(300);
        assertThat(p.bilevel()).isFalse();
        assertThat(p.corrections()).containsExactly("render:300dpi");
    }

    @Test
    void resolutionsBetween250And400AreKept() {
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(grey(2067, 2923), 250, List.of()));
        PagePreparer.Prepared q = preparer.prepare(new SourcePage.Image(grey(3307, 4677), 400, List.of()));

        assertThat(p.dpi()).isEqualTo(250);
        assertThat(p.image().getWidth()).isEqualTo(2067);
        assertThat(q.dpi()).isEqualTo(400);
        assertThat(q.corrections()).isEmpty();
    }

    @Test
    void aBilevelScanAt300DpiStaysBilevelButIsHandedOnInGrey() {
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(bilevel(2480, 3508), 300, List.of()));

        assertThat(p.bilevel()).isTrue();
        assertThat(p.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(p.image().getWidth()).isEqualTo(2480);
    }

    @Test
    void aResampledBilevelScanIsNoLongerBilevel() {
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(bilevel(1654, 2339), 200, List.of()));

        assertThat(p.bilevel()).isFalse();
        assertThat(p.dpi()).isEqualTo(300);
        assertThat(p.image().getWidth()).isEqualTo(2481);
        assertThat(p.corrections()).containsExactly("resample:200->300dpi");
    }

    @Test
    void aHighResolutionPageIsScaledDownTo300() {
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(grey(4960, 7016), 600, List.of("x")));

        assertThat(p.dpi()).isEqualTo(300);
        assertThat(p.image().getWidth()).isEqualTo(2480);
        assertThat(p.image().getHeight()).isEqualTo(3508);
        assertThat(p.corrections()).containsExactly("x", "resample:600->300dpi");
    }

    @Test
    void anUnknownResolutionIsEstimatedFromTheShortSideOfA4ThenResampled() {
        // 1240 px across an A4 short side (8.27 in) is 150 dpi
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(grey(1240, 1754), 0,
                List.of("exif-orientation:6")));

        assertThat(p.corrections()).containsExactly("exif-orientation:6", "dpi-estimated:150",
                "resample:150->300dpi");
        assertThat(p.dpi()).isEqualTo(300);
        assertThat(p.image().getWidth()).isEqualTo(2480);
        assertThat(p.image().getHeight()).isEqualTo(3508);
    }

    @Test
    void theEstimateUsesTheShortSideAlsoForLandscapeImages() {
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(grey(3508, 2480), 0, List.of()));

        assertThat(p.corrections()).containsExactly("dpi-estimated:300");
        assertThat(p.dpi()).isEqualTo(300);
        assertThat(p.image().getWidth()).isEqualTo(3508);
    }

    @Test
    void upscalingIsCappedAtTwice() {
        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(grey(827, 1169), 100, List.of()));

        assertThat(p.image().getWidth()).isEqualTo(1654);
        assertThat(p.image().getHeight()).isEqualTo(2338);
    }

    @Test
    void theReportedResolutionMatchesTheImageAfterCappedUpscaling() {
        // A 1200 x 1600 photo (the demo set's size): estimated 900 / 8.27 = 109 dpi
        BufferedImage photo = grey(900, 1200);

        PagePreparer.Prepared p = preparer.prepare(new SourcePage.Image(photo, 0, List.of()));

        double sourceInches = 900 / 109.0;
        double actualDpi = p.image().getWidth() / sourceInches;
        assertThat((double) p.dpi()).isCloseTo(actualDpi, within(3.0));
    }
}
