package de.kommune.intake.pipeline.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageImagesTest {

    private static BufferedImage halves() {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                img.getRaster().setSample(x, y, 0, x < 32 ? 0 : 255);
            }
        }
        return img;
    }

    @Test
    void bilevelPagesAreOneBitPngAndLossless() throws IOException {
        byte[] png = PageImages.encode(halves(), true);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(PageImages.isJpeg(png)).isFalse();
        BufferedImage back = PageImages.decode(png);
        assertThat(back.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(PageImages.isBilevel(back)).isTrue();
        for (int x = 0; x < 64; x++) {
            assertThat(back.getRGB(x, 10) & 0xFFFFFF).isEqualTo(x < 32 ? 0 : 0xFFFFFF);
        }
    }

    @Test
    void onlyPureBlackAndWhiteGreyPagesCountAsBilevel() {
        BufferedImage page = halves();
        assertThat(PageImages.isBilevel(page)).isTrue();
        page.getRaster().setSample(3, 3, 0, 128);
        assertThat(PageImages.isBilevel(page)).isFalse();
    }

    @Test
    void greyPagesAreJpeg() throws IOException {
        byte[] jpeg = PageImages.encode(halves(), false);

        assertThat(PageImages.isJpeg(jpeg)).isTrue();
        BufferedImage back = PageImages.decode(jpeg);
        assertThat(back.getWidth()).isEqualTo(64);
        assertThat(back.getHeight()).isEqualTo(32);
        assertThat(back.getRaster().getSample(5, 10, 0)).isLessThan(30);
        assertThat(back.getRaster().getSample(60, 10, 0)).isGreaterThan(225);
    }

    @Test
    void isJpegLooksAtTheMagicBytesOnly() {
        assertThat(PageImages.isJpeg(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isTrue();
        assertThat(PageImages.isJpeg(new byte[]{(byte) 0xFF, (byte) 0xD8})).isFalse();
        assertThat(PageImages.isJpeg(new byte[0])).isFalse();
    }

    @Test
    void unreadableBytesAreAnIoError() {
        assertThatThrownBy(() -> PageImages.decode(new byte[]{1, 2, 3, 4})).isInstanceOf(IOException.class);
    }
}
