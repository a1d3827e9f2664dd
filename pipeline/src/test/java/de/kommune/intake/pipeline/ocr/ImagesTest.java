package de.kommune.intake.pipeline.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesTest {

    private static BufferedImage sample() {
        return PixelGrids.sample();
    }

    private static int[][] pixels(BufferedImage img) {
        return PixelGrids.pixels(img);
    }

    @Test
    void rotate90IsClockwise() {
        BufferedImage out = Images.rotate(sample(), 90);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(pixels(out)).isEqualTo(new int[][]{{40, 10}, {50, 20}, {60, 30}});
    }

    @Test
    void rotate180() {
        assertThat(pixels(Images.rotate(sample(), 180))).isEqualTo(new int[][]{{60, 50, 40}, {30, 20, 10}});
    }

    @Test
    void rotate270IsCounterClockwise() {
        assertThat(pixels(Images.rotate(sample(), 270))).isEqualTo(new int[][]{{30, 60}, {20, 50}, {10, 40}});
    }

    @Test
    void anglesAreTakenModulo360() {
        assertThat(pixels(Images.rotate(sample(), -90))).isEqualTo(pixels(Images.rotate(sample(), 270)));
        assertThat(pixels(Images.rotate(sample(), 450))).isEqualTo(pixels(Images.rotate(sample(), 90)));
        BufferedImage img = sample();
        assertThat(Images.rotate(img, 0)).isSameAs(img);
        assertThat(Images.rotate(img, 360)).isSameAs(img);
    }

    @Test
    void fourQuarterTurnsRestoreTheImage() {
        BufferedImage img = sample();
        BufferedImage turned = img;
        for (int i = 0; i < 4; i++) {
            turned = Images.rotate(turned, 90);
        }
        assertThat(pixels(turned)).isEqualTo(pixels(img));
    }

    @Test
    void rotatingAColourImageKeepsItsColours() {
        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xFF0000);
        rgb.setRGB(1, 0, 0x0000FF);

        BufferedImage out = Images.rotate(rgb, 90);

        assertThat(out.getWidth()).isEqualTo(1);
        assertThat(out.getHeight()).isEqualTo(2);
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(out.getRGB(0, 1) & 0xFFFFFF).isEqualTo(0x0000FF);
    }

    @Test
    void flipHorizontalMirrorsLeftAndRight() {
        assertThat(pixels(Images.flipHorizontal(sample()))).isEqualTo(new int[][]{{30, 20, 10}, {60, 50, 40}});
    }

    @Test
    void toGrayConvertsColourAndKeepsGreyAsItIs() {
        BufferedImage grey = sample();
        assertThat(Images.toGray(grey)).isSameAs(grey);

        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xFFFFFF);
        rgb.setRGB(1, 0, 0x000000);
        BufferedImage out = Images.toGray(rgb);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(out.getRaster().getSample(0, 0, 0)).isGreaterThan(250);
        assertThat(out.getRaster().getSample(1, 0, 0)).isLessThan(5);
    }

    @Test
    void toGrayOfABilevelImageGivesBlackAndWhite() {
        BufferedImage bw = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY);
        bw.getRaster().setSample(0, 0, 0, 1);

        BufferedImage out = Images.toGray(bw);

        assertThat(out.getRaster().getSample(0, 0, 0)).isEqualTo(255);
        assertThat(out.getRaster().getSample(1, 0, 0)).isZero();
    }

    @Test
    void toGrayOfA1BitPageMatchesJava2DForEitherPaletteAndAnOddWidth() {
        byte[] bw = {(byte) 0xFF, 0};
        for (BufferedImage bits : new BufferedImage[] {new BufferedImage(37, 5, BufferedImage.TYPE_BYTE_BINARY),
                new BufferedImage(37, 5, BufferedImage.TYPE_BYTE_BINARY,
                        new java.awt.image.IndexColorModel(1, 2, bw, bw, bw))}) {
            java.util.Random rnd = new java.util.Random(3);
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 37; x++) {
                    bits.getRaster().setSample(x, y, 0, rnd.nextInt(2));
                }
            }
            BufferedImage viaJava2D = new BufferedImage(37, 5, BufferedImage.TYPE_BYTE_GRAY);
            viaJava2D.getGraphics().drawImage(bits, 0, 0, null);

            BufferedImage out = Images.toGray(bits);

            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 37; x++) {
                    assertThat(out.getRaster().getSample(x, y, 0)).as("pixel %d,%d", x, y)
                            .isEqualTo(viaJava2D.getRaster().getSample(x, y, 0));
                }
            }
        }
    }

    @Test
    void scaleRoundsTheSizeAndNeverGoesBelowOnePixel() {
        BufferedImage img = new BufferedImage(101, 51, BufferedImage.TYPE_BYTE_GRAY);

        BufferedImage half = Images.scale(img, 0.5);
        BufferedImage twice = Images.scale(img, 2.0);
        BufferedImage tiny = Images.scale(img, 0.001);

        assertThat(half.getWidth()).isEqualTo(51);
        assertThat(half.getHeight()).isEqualTo(26);
        assertThat(twice.getWidth()).isEqualTo(202);
        assertThat(twice.getHeight()).isEqualTo(102);
        assertThat(tiny.getWidth()).isEqualTo(1);
        assertThat(tiny.getHeight()).isEqualTo(1);
        assertThat(half.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void scaleKeepsTheContentWhereItWas() {
        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                img.getRaster().setSample(x, y, 0, x < 50 ? 0 : 255);
            }
        }

        BufferedImage out = Images.scale(img, 2.0);

        assertThat(out.getRaster().getSample(40, 100, 0)).isLessThan(10);
        assertThat(out.getRaster().getSample(160, 100, 0)).isGreaterThan(245);
    }
}
