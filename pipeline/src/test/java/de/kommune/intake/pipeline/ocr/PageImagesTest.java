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
    void bilevelPagesAreG4TiffAndLossless() throws IOException {
        byte[] tiff = PageImages.encode(halves(), true);

        assertThat(PageImages.isTiff(tiff)).isTrue();
        assertThat(PageImages.isJpeg(tiff)).isFalse();
        BufferedImage back = PageImages.decode(tiff);
        assertThat(back.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(PageImages.isBilevel(back)).isTrue();
        for (int x = 0; x < 64; x++) {
            assertThat(back.getRGB(x, 10) & 0xFFFFFF).isEqualTo(x < 32 ? 0 : 0xFFFFFF);
        }
    }

    @Test
    void aG4TiffHoldsTheWholePageInOneStrip() throws IOException {
        // PDFBox embeds G4 data from a TIFF only when it is one strip; the JDK's default is many small ones.
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_BINARY);
        var g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 2480, 3508);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(100, 100, 2000, 40);
        g.dispose();

        byte[] tiff = PageImages.g4Tiff(page);

        try (var in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(tiff))) {
            var readers = javax.imageio.ImageIO.getImageReadersByFormatName("tiff");
            var reader = readers.next();
            while (!reader.getClass().getName().startsWith("com.sun.imageio.")) {
                reader = readers.next(); // the JDK's reader exposes the baseline TIFF fields
            }
            reader.setInput(in);
            var dir = javax.imageio.plugins.tiff.TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
            assertThat(dir.getTIFFField(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_STRIP_OFFSETS).getCount())
                    .isEqualTo(1);
            assertThat(dir.getTIFFField(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0))
                    .isEqualTo(javax.imageio.plugins.tiff.BaselineTIFFTagSet.COMPRESSION_CCITT_T_6);
            BufferedImage back = reader.read(0);
            assertThat(back.getRGB(500, 120) & 0xFFFFFF).isZero();
            assertThat(back.getRGB(500, 300) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            reader.dispose();
        }
        assertThat(tiff.length).as("G4 compresses a near-empty A4 page").isLessThan(5_000);
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
    void toBinaryThresholdsEachGreyPixelAtTheMiddleAlsoInAPartialLastByte() {
        int w = 37; // not a multiple of eight: the last byte of each row is only partly used
        BufferedImage grey = new BufferedImage(w, 5, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < w; x++) {
                grey.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }
        grey.getRaster().setSample(0, 0, 0, 127);
        grey.getRaster().setSample(1, 0, 0, 128);

        BufferedImage binary = PageImages.toBinary(grey);

        assertThat(binary.getColorModel().getPixelSize()).isEqualTo(1);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < w; x++) {
                int expected = grey.getRaster().getSample(x, y, 0) < 128 ? 0 : 0xFFFFFF;
                assertThat(binary.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void isTiffKnowsBothByteOrders() {
        assertThat(PageImages.isTiff(new byte[]{'I', 'I', 42, 0, 8})).isTrue();
        assertThat(PageImages.isTiff(new byte[]{'M', 'M', 0, 42, 0})).isTrue();
        assertThat(PageImages.isTiff(new byte[]{'I', 'I', 43, 0, 8})).isFalse();
        assertThat(PageImages.isTiff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0})).isFalse();
    }

    @Test
    void unreadableBytesAreAnIoError() {
        assertThatThrownBy(() -> PageImages.decode(new byte[]{1, 2, 3, 4})).isInstanceOf(IOException.class);
    }
}
