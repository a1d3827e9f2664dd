package de.kommune.intake.pipeline.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The G4 coding is checked against three decoders that share no code with it (the JDK's and TwelveMonkeys' TIFF
 * readers, PDFBox's CCITT filter) and against the JDK's own T.6 writer, which it replaced byte for byte.
 */
class G4EncoderTest {

    /** Text-like rows, long runs of both colours (beyond 2560, the longest make-up code), isolated pixels. */
    private static BufferedImage mixed(int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            int kind = random.nextInt(6);
            int x = 0;
            boolean black = random.nextBoolean();
            while (x < width) {
                int run = switch (kind) {
                    case 0 -> 1 + random.nextInt(4);          // speckle: vertical and pass modes
                    case 1 -> 1 + random.nextInt(70);         // terminating codes
                    case 2 -> 60 + random.nextInt(1800);      // make-up codes
                    case 3 -> 1700 + random.nextInt(3500);    // extended and repeated make-up codes
                    case 4 -> width;                          // one colour across
                    default -> y > 0 ? 0 : 5;                 // the row above again (V0 only)
                };
                if (run == 0) {
                    for (int i = 0; i < width; i++) {
                        img.getRaster().setSample(i, y, 0, img.getRaster().getSample(i, y - 1, 0));
                    }
                    break;
                }
                for (int i = x; i < Math.min(width, x + run); i++) {
                    img.getRaster().setSample(i, y, 0, black ? 0 : 1);
                }
                x += run;
                black = !black;
            }
        }
        return img;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((actual.getRGB(x, y) & 0xFFFFFF) != (expected.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel " + x + "," + y + " differs");
                }
            }
        }
    }

    private static BufferedImage read(byte[] tiff, String readerPackage) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            var readers = ImageIO.getImageReadersByFormatName("tiff");
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (reader.getClass().getName().startsWith(readerPackage)) {
                    reader.setInput(in);
                    try {
                        return reader.read(0);
                    } finally {
                        reader.dispose();
                    }
                }
            }
        }
        throw new AssertionError("no TIFF reader from " + readerPackage);
    }

    @Test
    void everyDecoderReadsBackTheSamePixels() throws IOException {
        for (int[] size : new int[][]{{6001, 61}, {2481, 97}, {7, 5}, {1, 3}, {64, 16}}) {
            BufferedImage page = mixed(size[0], size[1], size[0] * 31L + size[1]);

            byte[] tiff = PageImages.g4Tiff(page);

            assertSamePixels(page, read(tiff, "com.sun.imageio."));
            assertSamePixels(page, read(tiff, "com.twelvemonkeys."));
            try (PDDocument doc = new PDDocument()) {
                assertSamePixels(page, CCITTFactory.createFromByteArray(doc, tiff).getImage());
            }
        }
    }

    @Test
    void theBytesAreThoseOfTheJdkWriter() throws IOException {
        for (long seed = 1; seed <= 4; seed++) {
            BufferedImage page = mixed(3000, 80, seed);

            assertThat(PageImages.g4Tiff(page)).isEqualTo(jdkG4Tiff(page));
        }
    }

    @Test
    void aPaletteWithWhiteAtZeroAndASubImageCodeTheirPixels() throws IOException {
        BufferedImage page = mixed(900, 40, 7);
        // the palette ImageIO gives a WhiteIsZero TIFF: bit 0 is white
        IndexColorModel inverted = new IndexColorModel(1, 2, new byte[]{-1, 0}, new byte[]{-1, 0},
                new byte[]{-1, 0});
        BufferedImage flipped = new BufferedImage(inverted, inverted.createCompatibleWritableRaster(900, 40), false,
                null);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 900; x++) {
                flipped.getRaster().setSample(x, y, 0, 1 - page.getRaster().getSample(x, y, 0));
            }
        }
        assertSamePixels(page, read(PageImages.g4Tiff(flipped), "com.sun.imageio."));

        BufferedImage part = page.getSubimage(13, 5, 700, 30);
        assertSamePixels(part, read(PageImages.g4Tiff(part), "com.sun.imageio."));
    }

    /** What {@code PageImages.g4Tiff} wrote before: the JDK writer with one strip. */
    private static byte[] jdkG4Tiff(BufferedImage binary) throws IOException {
        var writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = writers.next();
        while (!writer.getClass().getName().startsWith("com.sun.imageio.")) {
            writer = writers.next();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(
                    writer.getDefaultImageMetadata(new ImageTypeSpecifier(binary), param));
            dir.addTIFFField(new TIFFField(BaselineTIFFTagSet.getInstance().getTag(
                    BaselineTIFFTagSet.TAG_ROWS_PER_STRIP), TIFFTag.TIFF_LONG, 1, new long[]{binary.getHeight()}));
            writer.setOutput(ios);
            writer.write(null, new IIOImage(binary, null, dir.getAsMetadata()), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
