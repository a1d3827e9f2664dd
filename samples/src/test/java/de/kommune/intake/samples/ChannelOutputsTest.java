package de.kommune.intake.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;

import de.kommune.intake.samples.channel.Output;
import de.kommune.intake.samples.channel.ScanWriter;
import de.kommune.intake.samples.render.ImageFiles;

class ChannelOutputsTest {

    @TempDir
    static Path dir;
    static List<SampleLabel> labels;

    @BeforeAll
    static void generate() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults().withSeed(11).withDocuments(14)
                .withChannels(Channel.PHOTO, Channel.BATCH).withPhoto(1000, 0.75f)
                .withBadInputs(EnumSet.allOf(BadInput.class));
        labels = SampleSet.generate(dir, o);
    }

    // ------------------------------------------------------------------------------------------ TIFF G4

    @Test
    void g4TiffIsMultiPageCcittT6Bilevel() throws IOException {
        GeneratedDocument doc = null;
        for (long seed = 0; doc == null || doc.pages().size() < 2; seed++) {
            doc = SampleSet.document(DocumentType.MIETVERTRAG, seed);
        }
        Path out = Files.createDirectories(dir.resolve("g4"));
        SampleLabel label = ScanWriter.write(doc, "vertrag", new Output(out), new Random(1), ScanWriter.Mode.G4TIF);
        Path tif = out.resolve("inputs").resolve(label.file());
        List<Map<Integer, Long>> ifds = readIfds(Files.readAllBytes(tif));
        assertThat(ifds).hasSize(doc.pages().size()).hasSizeGreaterThanOrEqualTo(2);
        for (Map<Integer, Long> ifd : ifds) {
            assertThat(ifd.get(259)).as("Compression").isEqualTo(4L);
            assertThat(ifd.get(258)).as("BitsPerSample").isEqualTo(1L);
            assertThat(ifd.get(256)).as("ImageWidth").isEqualTo(2480L);
            assertThat(ifd).containsKeys(282, 283);
        }
        var reader = new TIFFImageReaderSpi().createReaderInstance();
        try (ImageInputStream in = ImageIO.createImageInputStream(tif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(doc.pages().size());
            BufferedImage page = reader.read(0);
            assertThat(page.getColorModel().getPixelSize()).isEqualTo(1);
        } finally {
            reader.dispose();
        }
        assertThat(label.document().gtText()).hasSize(doc.pages().size());
    }

    /** Independent little TIFF parser: tag -> first value, per IFD. */
    private static List<Map<Integer, Long>> readIfds(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        b.order(data[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        assertThat(b.getShort(2)).isEqualTo((short) 42);
        List<Map<Integer, Long>> out = new ArrayList<>();
        long offset = Integer.toUnsignedLong(b.getInt(4));
        while (offset != 0) {
            int n = Short.toUnsignedInt(b.getShort((int) offset));
            Map<Integer, Long> tags = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                int e = (int) offset + 2 + i * 12;
                int tag = Short.toUnsignedInt(b.getShort(e));
                int type = Short.toUnsignedInt(b.getShort(e + 2));
                long value = type == 3 ? Short.toUnsignedInt(b.getShort(e + 8)) : Integer.toUnsignedLong(b.getInt(e + 8));
                tags.put(tag, value);
            }
            out.add(tags);
            offset = Integer.toUnsignedLong(b.getInt((int) offset + 2 + n * 12));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ EXIF

    @Test
    void exifOrientationTagRoundTrips() throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int orientation : new int[] {1, 3, 6, 8}) {
            Path f = dir.resolve("o" + orientation + ".jpg");
            ImageFiles.writeJpegWithExif(img, 0.8f, orientation, "TestMake", "TestModel", "2025:03:01 10:00:00", f);
            assertThat(exifOrientation(f)).isEqualTo(orientation);
            BufferedImage back = ImageIO.read(f.toFile());
            assertThat(back.getWidth()).isEqualTo(64);
            assertThat(back.getHeight()).isEqualTo(48);
        }
    }

    @Test
    void photosCarryTheOrientationTheirLabelsClaimAndAreUprightWhenItIsHonoured() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (SampleLabel l : labels) {
            if (!l.channel().equals("photo")) {
                continue;
            }
            Path f = dir.resolve("inputs").resolve(l.file());
            int orientation = exifOrientation(f);
            assertThat(orientation).isEqualTo(l.notes().get("exifOrientation"));
            assertThat(l.notes().get("rawRotated")).isEqualTo(orientation != 1);
            BufferedImage raw = ImageIO.read(f.toFile());
            boolean sideways = orientation == 6 || orientation == 8;
            int uprightW = sideways ? raw.getHeight() : raw.getWidth();
            int uprightH = sideways ? raw.getWidth() : raw.getHeight();
            assertThat(uprightH).as("upright photo of a portrait page is portrait").isGreaterThan(uprightW);
            seen.add(orientation);
        }
        assertThat(seen).isNotEmpty();
    }

    private static int exifOrientation(Path jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            assertThat(segments).hasSize(1);
            byte[] data = segments.get(0).data().readAllBytes();
            int start = 0;
            while (data[start] != 'M' && data[start] != 'I') {
                start++;
            }
            Directory exif = new TIFFReader().read(ImageIO.createImageInputStream(
                    new ByteArrayInputStream(data, start, data.length - start)));
            Entry e = exif.getEntryById(TIFF.TAG_ORIENTATION);
            return ((Number) e.getValue()).intValue();
        }
    }

    // ------------------------------------------------------------------------------------------ batch

    @Test
    void batchSeparatorPagesDecodeToPatchtAndDocumentsCoverTheOtherPages() throws IOException {
        int separatorsChecked = 0;
        for (SampleLabel l : labels) {
            if (!l.isBatch()) {
                continue;
            }
            assertThat(l.documents()).hasSizeBetween(2, 5);
            List<BufferedImage> pages = pages(dir.resolve("inputs").resolve(l.file()));
            assertThat(pages).hasSize(l.pageCount());
            Set<Integer> covered = new HashSet<>(l.separatorPages());
            for (DocumentLabel d : l.documents()) {
                for (int p : d.pages()) {
                    assertThat(covered.add(p)).as("page %d used twice", p).isTrue();
                }
            }
            assertThat(covered).hasSize(l.pageCount());
            for (int sep : l.separatorPages()) {
                assertThat(decode(pages.get(sep - 1))).isEqualTo("PATCHT");
                separatorsChecked++;
            }
            for (DocumentLabel d : l.documents()) {
                String text = decodeOrNull(pages.get(d.pages().get(0) - 1));
                assertThat(text).isNotEqualTo("PATCHT");
                if (d.notes().get("bgMark") != null && !"text".equals(d.notes().get("bgMark"))) {
                    assertThat(text).isEqualTo(d.fields().get("bgNumber"));
                }
            }
        }
        assertThat(separatorsChecked).isPositive();
    }

    private static List<BufferedImage> pages(Path file) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(new PDFTextStripper().getText(pdf).strip()).as("image-only").isEmpty();
                PDFRenderer r = new PDFRenderer(pdf);
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    out.add(r.renderImageWithDPI(i, 150));
                }
            }
        } else {
            var reader = new TIFFImageReaderSpi().createReaderInstance();
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                reader.setInput(in);
                for (int i = 0; i < reader.getNumImages(true); i++) {
                    out.add(reader.read(i));
                }
            } finally {
                reader.dispose();
            }
        }
        return out;
    }

    private static String decode(BufferedImage img) {
        String s = decodeOrNull(img);
        assertThat(s).as("no barcode found").isNotNull();
        return s;
    }

    private static String decodeOrNull(BufferedImage img) {
        try {
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(img))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return r.getText();
        } catch (NotFoundException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ bad inputs

    @Test
    void badInputsCannotBeOpenedAsPdf() throws IOException {
        List<SampleLabel> bad = labels.stream().filter(l -> l.channel().equals("bad")).toList();
        assertThat(bad).hasSize(BadInput.values().length);
        for (SampleLabel l : bad) {
            Path f = dir.resolve("inputs").resolve(l.file());
            assertThat(l.expectedOutcome()).containsExactly("rejected");
            assertThat(l.documents()).isEmpty();
            assertThat(f.toString()).endsWith(".pdf");
            if (l.notes().get("badKind").equals("encrypted")) {
                assertThatThrownBy(() -> Loader.loadPDF(f.toFile())).isInstanceOf(InvalidPasswordException.class);
            } else {
                assertThatThrownBy(() -> Loader.loadPDF(f.toFile()).close()).as(l.file()).isInstanceOf(IOException.class);
            }
        }
        assertThat(Files.size(dir.resolve("inputs/bad/leer.pdf"))).isZero();
    }
}
