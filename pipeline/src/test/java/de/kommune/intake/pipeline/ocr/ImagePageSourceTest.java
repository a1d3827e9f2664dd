package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.pipeline.system.ImageIoSetup;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.channel.Output;
import de.kommune.intake.samples.channel.PhotoWriter;
import de.kommune.intake.samples.channel.ScanWriter;
import de.kommune.intake.samples.render.ImageFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagePageSourceTest {

    private static final long MAX_PIXELS = 60_000_000L;

    @TempDir
    static Path dir;

    private static GeneratedDocument twoPages;
    private static Path g4Tiff;

    @BeforeAll
    static void generate() throws IOException {
        ImageIoSetup.prefer(); // as the application does at start-up
        twoPages = SampleSet.document(DocumentType.MIETVERTRAG, 42);
        assertThat(twoPages.pages()).as("precondition: a multi-page document").hasSizeGreaterThan(1);
        ScanWriter.write(twoPages, "scan", new Output(dir), new Random(1), ScanWriter.Mode.G4TIF);
        g4Tiff = dir.resolve("inputs/scan/scan.tif");
    }

    @Test
    void aMultiPageG4TiffHasOneFramePerPage() throws IOException {
        try (ImagePageSource source = new ImagePageSource(g4Tiff, "image/tiff", MAX_PIXELS)) {
            assertThat(source.pageCount()).isEqualTo(twoPages.pages().size());

            SourcePage.Image last = (SourcePage.Image) source.page(source.pageCount() - 1);

            assertThat(last.image().getWidth()).isBetween(2478, 2482);
            assertThat(last.image().getHeight()).isBetween(3506, 3510);
            assertThat(last.image().getColorModel().getPixelSize()).isEqualTo(1);
            assertThat(last.corrections()).isEmpty();
            // the generator's resolution tags are implausible (see samples ImageFiles.setDpi): either the right
            // value or "unknown", never a nonsense resolution
            assertThat(last.dpi()).isIn(0, 300);
        }
    }

    @Test
    void theResolutionOfACorrectlyTaggedTiffIsUsed() throws IOException {
        Path file = dir.resolve("tagged300.tif");
        writeG4Tiff(file, List.of(bilevel(240, 350), bilevel(240, 350), bilevel(240, 350)), "300/1", 2);

        try (ImagePageSource source = new ImagePageSource(file, "image/tiff", MAX_PIXELS)) {
            assertThat(source.pageCount()).isEqualTo(3);
            assertThat(((SourcePage.Image) source.page(2)).dpi()).isEqualTo(300);
        }
    }

    @Test
    void centimetreResolutionUnitsAreConverted() throws IOException {
        Path file = dir.resolve("tagged-cm.tif");
        writeG4Tiff(file, List.of(bilevel(240, 350)), "7874/100", 3); // 78.74 px/cm = 200 dpi

        try (ImagePageSource source = new ImagePageSource(file, "image/tiff", MAX_PIXELS)) {
            assertThat(((SourcePage.Image) source.page(0)).dpi()).isEqualTo(200);
        }
    }

    @Test
    void anImplausibleResolutionCountsAsUnknown() throws IOException {
        Path file = dir.resolve("tagged2.tif");
        writeG4Tiff(file, List.of(bilevel(240, 350)), "2/1", 2);

        try (ImagePageSource source = new ImagePageSource(file, "image/tiff", MAX_PIXELS)) {
            assertThat(((SourcePage.Image) source.page(0)).dpi()).isZero();
        }
    }

    @Test
    void aFrameOverThePixelLimitIsRejected() throws IOException {
        try (ImagePageSource source = new ImagePageSource(g4Tiff, "image/tiff", 1_000_000L)) {
            assertThatThrownBy(() -> source.page(0))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(RejectReason.TOO_MANY_PIXELS);
                        assertThat(e.getMessage()).contains("1000000");
                    });
        }
    }

    @Test
    void anImageBombIsRejectedFromItsHeaderBeforeDecoding() throws IOException {
        // PNG that claims 100000 x 100000 pixels but holds no image data: decoding it would fail as CORRUPT
        // (or exhaust the heap); only a header check yields TOO_MANY_PIXELS.
        Path bomb = Files.write(dir.resolve("bomb.png"), pngHeaderOnly(100_000, 100_000));

        try (ImagePageSource source = new ImagePageSource(bomb, "image/png", MAX_PIXELS)) {
            assertThat(source.pageCount()).isEqualTo(1);
            assertThatThrownBy(() -> source.page(0))
                    .isInstanceOfSatisfying(InputRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_MANY_PIXELS));
        }
    }

    @Test
    void aHeaderWithoutImageDataWithinTheLimitIsCorrupt() throws IOException {
        Path broken = Files.write(dir.resolve("broken.png"), pngHeaderOnly(100, 100));

        try (ImagePageSource source = new ImagePageSource(broken, "image/png", MAX_PIXELS)) {
            assertThatThrownBy(() -> source.page(0))
                    .isInstanceOfSatisfying(InputRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT));
        }
    }

    @Test
    void bytesNoDecoderKnowsAreCorrupt() throws IOException {
        byte[] junk = new byte[2048];
        new Random(4).nextBytes(junk);
        junk[0] = 0x01;
        Path file = Files.write(dir.resolve("junk.png"), junk);

        assertThatThrownBy(() -> new ImagePageSource(file, "image/png", MAX_PIXELS))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT));
    }

    @Test
    void aPhotoWithExifOrientation6ComesOutUpright() throws IOException {
        GeneratedDocument doc = SampleSet.document(DocumentType.KUENDIGUNG, 3, true);
        Path root = dir.resolve("photo");
        // seed 4 makes the generator store the pixels sideways with Orientation 6
        SampleLabel label = PhotoWriter.write(doc, "IMG_0001", new Output(root), new Random(4), 800, 0.8f,
                LocalDate.of(2025, 1, 1));
        assertThat(label.notes()).containsEntry("exifOrientation", 6).containsEntry("photoSize", List.of(800, 600));
        Path photo = root.resolve("inputs").resolve(label.file());

        try (ImagePageSource source = new ImagePageSource(photo, "image/jpeg", MAX_PIXELS)) {
            SourcePage.Image page = (SourcePage.Image) source.page(0);

            assertThat(page.image().getWidth()).isEqualTo(600);
            assertThat(page.image().getHeight()).isEqualTo(800);
            assertThat(page.corrections()).containsExactly("exif-orientation:6");
            assertThat(page.dpi()).as("phone photos state no resolution").isZero();
        }
    }

    @Test
    void orientation6IsTurnedClockwiseNotCounterClockwise() throws IOException {
        // upright: portrait, dark block in the top-left corner
        BufferedImage upright = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        // stored sideways: turned 90 degrees counter-clockwise, so Orientation 6 (turn clockwise) restores it
        BufferedImage raw = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 300; x++) {
                raw.setRGB(y, 300 - 1 - x, upright.getRGB(x, y));
            }
        }
        Path file = dir.resolve("sideways.jpg");
        ImageFiles.writeJpegWithExif(raw, 0.95f, 6, "Google", "Pixel 7a", "2025:01:01 10:00:00", file);

        try (ImagePageSource source = new ImagePageSource(file, "image/jpeg", MAX_PIXELS)) {
            BufferedImage out = ((SourcePage.Image) source.page(0)).image();

            assertThat(out.getWidth()).isEqualTo(300);
            assertThat(out.getHeight()).isEqualTo(400);
            assertThat(luma(out, 50, 50)).isLessThan(60);
            assertThat(luma(out, 250, 50)).isGreaterThan(200);
            assertThat(luma(out, 50, 350)).isGreaterThan(200);
        }
    }

    @Test
    void theExifTagIsIgnoredWhenTheTypeIsNotJpeg() throws IOException {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Path file = dir.resolve("landscape.jpg");
        ImageFiles.writeJpegWithExif(img, 0.9f, 6, "Google", "Pixel 7a", "2025:01:01 10:00:00", file);

        try (ImagePageSource source = new ImagePageSource(file, "image/png", MAX_PIXELS)) {
            SourcePage.Image page = (SourcePage.Image) source.page(0);
            assertThat(page.image().getWidth()).isEqualTo(400);
            assertThat(page.corrections()).isEmpty();
        }
    }

    @Test
    void theResolutionOfAPngComesFromItsPhysChunk() throws IOException {
        Path png = dir.resolve("scan200.png");
        writePng(png, new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY), 7874); // 200 dpi in px/m

        try (ImagePageSource source = new ImagePageSource(png, "image/png", MAX_PIXELS)) {
            assertThat(((SourcePage.Image) source.page(0)).dpi()).isEqualTo(200);
        }
    }

    @Test
    void aPngWithoutResolutionReportsZero() throws IOException {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Path png = dir.resolve("nodpi.png");
        ImageIO.write(img, "png", png.toFile());

        try (ImagePageSource source = new ImagePageSource(png, "image/png", MAX_PIXELS)) {
            assertThat(((SourcePage.Image) source.page(0)).dpi()).isZero();
        }
    }

    private static BufferedImage bilevel(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, w / 3, h / 5);
        g.dispose();
        return img;
    }

    /** A G4 TIFF with explicit XResolution/YResolution (a TIFF rational) and ResolutionUnit (2 inch, 3 cm). */
    private static void writeG4Tiff(Path file, List<BufferedImage> pages, String resolution, int unit)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                String format = md.getNativeMetadataFormatName();
                IIOMetadataNode root = new IIOMetadataNode(format);
                IIOMetadataNode ifd = new IIOMetadataNode("TIFFIFD");
                root.appendChild(ifd);
                ifd.appendChild(tiffField(282, "TIFFRationals", "TIFFRational", resolution));
                ifd.appendChild(tiffField(283, "TIFFRationals", "TIFFRational", resolution));
                ifd.appendChild(tiffField(296, "TIFFShorts", "TIFFShort", String.valueOf(unit)));
                md.mergeTree(format, root);
                writer.writeToSequence(new IIOImage(page, null, md), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode tiffField(int number, String arrayName, String valueName, String value) {
        IIOMetadataNode field = new IIOMetadataNode("TIFFField");
        field.setAttribute("number", String.valueOf(number));
        IIOMetadataNode array = new IIOMetadataNode(arrayName);
        IIOMetadataNode v = new IIOMetadataNode(valueName);
        v.setAttribute("value", value);
        array.appendChild(v);
        field.appendChild(array);
        return field;
    }

    /** A PNG with a pHYs chunk of the given pixels per metre. */
    private static void writePng(Path file, BufferedImage img, int pixelsPerMetre) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", String.valueOf(pixelsPerMetre));
            phys.setAttribute("pixelsPerUnitYAxis", String.valueOf(pixelsPerMetre));
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            md.mergeTree("javax_imageio_png_1.0", root);
            writer.write(new IIOImage(img, null, md));
        } finally {
            writer.dispose();
        }
    }

    private static int luma(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    /** PNG signature, IHDR for an 8-bit grey image of the given size, IEND: no IDAT at all. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8); // bit depth
        h.writeByte(0); // greyscale
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return bos.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
