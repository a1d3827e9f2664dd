package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.samples.render.ImageFiles;
import de.kommune.intake.samples.render.ImageFiles.PdfImageMode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedScanTest {

    private static final long MAX_PIXELS = 60_000_000L;
    private static final EmbeddedScan.Wanted ANY_DPI = (dpi, interpolate, colour) -> true;

    @TempDir
    Path dir;

    /** An A5-ish page of text at the given resolution, in grey. */
    private static BufferedImage page(int dpi) {
        int w = (int) Math.round(5.8 * dpi), h = (int) Math.round(8.3 * dpi);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, dpi / 6));
        for (int i = 0; i < 12; i++) {
            g.drawString("Bescheid über Leistungen " + i, dpi / 2, dpi + i * dpi / 3);
        }
        g.setColor(new Color(150, 150, 150));
        g.fillRect(dpi / 2, h - dpi * 2, dpi * 3, dpi / 2); // a grey box: real grey levels, not only black and white
        g.dispose();
        return img;
    }

    private Path imagePdf(BufferedImage image, int dpi, PdfImageMode mode) throws IOException {
        Path file = Files.createTempFile(dir, mode + "-" + dpi + "-", ".pdf");
        ImageFiles.writeImagePdf(List.of(image), dpi, mode, 0.9f, "Scanner", file);
        return file;
    }

    @Test
    void aG4ScanGivesItsOwnBlackAndWhitePixelsAtItsResolution() throws IOException {
        Path pdf = imagePdf(PageImages.toBinary(page(300)), 300, PdfImageMode.G4);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            EmbeddedScan.Scan scan = EmbeddedScan.of(doc.getPage(0), MAX_PIXELS, ANY_DPI).orElseThrow();

            assertThat(scan.dpi()).isEqualTo(300);
            assertThat(scan.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
            // the same pixels as rendering the page at the scan's resolution
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            assertThat(differingPixels(Images.toGray(scan.image()), rendered)).isZero();
        }
    }

    @Test
    void aGreyJpegScanGivesItsGreyPixelsAtItsResolution() throws IOException {
        BufferedImage original = page(200);
        Path pdf = imagePdf(original, 200, PdfImageMode.JPEG);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            EmbeddedScan.Scan scan = EmbeddedScan.of(doc.getPage(0), MAX_PIXELS, ANY_DPI).orElseThrow();

            assertThat(scan.dpi()).isEqualTo(200);
            assertThat(scan.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(scan.image().getWidth()).isEqualTo(original.getWidth());
            assertThat(scan.image().getHeight()).isEqualTo(original.getHeight());
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
            assertThat(meanDifference(scan.image(), rendered)).isLessThan(1.0);
            assertThat(meanDifference(scan.image(), original)).isLessThan(3.0); // only the JPEG loss
        }
    }

    @Test
    void aFlateCompressed1BitScanGivesTheRenderedPixels() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage bits = PageImages.toBinary(page(300));
            PDPage page = new PDPage(new PDRectangle(bits.getWidth() * 72f / 300, bits.getHeight() * 72f / 300));
            doc.addPage(page);
            PDImageXObject image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, bits);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }

            EmbeddedScan.Scan scan = EmbeddedScan.of(page, MAX_PIXELS, ANY_DPI).orElseThrow();

            assertThat(scan.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            assertThat(differingPixels(Images.toGray(scan.image()), rendered)).isZero();
        }
    }

    @Test
    void aGreyScanBelow300DpiEnlargedTheRenderersWayGivesTheRenderedPage() throws IOException {
        Path pdf = imagePdf(page(200), 200, PdfImageMode.JPEG);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            EmbeddedScan.Scan scan = EmbeddedScan.of(page, MAX_PIXELS, ANY_DPI).orElseThrow();

            BufferedImage enlarged = RenderedScan.at(scan, page.getCropBox(), 300);

            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            assertThat(enlarged.getWidth()).isEqualTo(rendered.getWidth());
            assertThat(enlarged.getHeight()).isEqualTo(rendered.getHeight());
            assertThat(meanDifference(enlarged, rendered)).isLessThan(0.01); // measured: the same pixels
            assertThat(scan.image().getWidth()).isLessThan(enlarged.getWidth()); // really enlarged
        }
    }

    @Test
    void aBlackAndWhiteScanNotQuiteCoveringThePageIsEnlargedOntoWhiteLikeTheRenderer() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage grey = page(200);
            Graphics2D g = grey.createGraphics();
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, grey.getWidth(), 20); // a black top edge: the page's own strip above it stays white
            g.fillRect(0, 0, 20, grey.getHeight());
            g.dispose();
            BufferedImage bits = PageImages.toBinary(grey);
            // the scanner rounded the page: the image is drawn 1.5 points in from the left and bottom edges
            PDPage page = new PDPage(new PDRectangle(bits.getWidth() * 72f / 200 + 1.5f,
                    bits.getHeight() * 72f / 200 + 1.5f));
            doc.addPage(page);
            PDImageXObject image = org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory.createFromImage(doc, bits);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 1.5f, 1.5f, bits.getWidth() * 72f / 200, bits.getHeight() * 72f / 200);
            }
            EmbeddedScan.Scan scan = EmbeddedScan.of(page, MAX_PIXELS, ANY_DPI).orElseThrow();

            BufferedImage enlarged = RenderedScan.at(scan, page.getCropBox(), 300);

            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            assertThat(differingPixels(enlarged, rendered)).isZero();
            assertThat(enlarged.getRaster().getSample(2, 40, 0)).isEqualTo(255); // left of the image: paper
            assertThat(enlarged.getRaster().getSample(12, 40, 0)).isZero(); // the image's black edge
        }
    }

    @Test
    void aScanWithTextOnTopIsLeftToTheRenderer() throws IOException {
        Path pdf = imagePdf(page(200), 200, PdfImageMode.JPEG);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(40, 40);
                cs.showText("Eingangsstempel");
                cs.endText();
            }

            assertThat(EmbeddedScan.of(page, MAX_PIXELS, ANY_DPI)).isEmpty();
        }
    }

    @Test
    void aTurnedPageIsLeftToTheRenderer() throws IOException {
        Path pdf = imagePdf(page(200), 200, PdfImageMode.JPEG);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            doc.getPage(0).setRotation(90);

            assertThat(EmbeddedScan.of(doc.getPage(0), MAX_PIXELS, ANY_DPI)).isEmpty();
        }
    }

    @Test
    void anImageNotCoveringThePageIsLeftToTheRenderer() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(doc, page(100));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50, 300, 400); // a photo pasted on a page
            }

            assertThat(EmbeddedScan.of(page, MAX_PIXELS, ANY_DPI)).isEmpty();
        }
    }

    /** A colour scan: white paper, black text, a red letterhead and a blue stamp. */
    private static BufferedImage colourPage(int dpi) {
        BufferedImage grey = page(dpi);
        BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = colour.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.setColor(Color.RED);
        g.fillRect(dpi / 2, dpi / 4, dpi * 3, dpi / 3);
        g.setColor(new Color(40, 60, 200));
        g.fillOval(dpi * 3, dpi * 5, dpi, dpi);
        g.dispose();
        return colour;
    }

    @Test
    void aColourJpegScanGivesTheRenderersGreyPixelsExactly() throws IOException {
        Path pdf = imagePdf(colourPage(300), 300, PdfImageMode.JPEG);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            EmbeddedScan.Scan scan = EmbeddedScan.of(doc.getPage(0), MAX_PIXELS, ANY_DPI).orElseThrow();

            assertThat(scan.dpi()).isEqualTo(300);
            assertThat(scan.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            assertThat(meanDifference(scan.image(), rendered)).as("every grey level the same").isZero();
        }
    }

    @Test
    void aColourScanIsTakenOnlyWhereTheCallerWantsColourAndAnOversizedScanNever() throws IOException {
        Path colourPdf = imagePdf(colourPage(200), 200, PdfImageMode.JPEG);
        Path grey = imagePdf(page(200), 200, PdfImageMode.JPEG);
        try (PDDocument c = Loader.loadPDF(colourPdf.toFile()); PDDocument d = Loader.loadPDF(grey.toFile())) {
            assertThat(EmbeddedScan.of(c.getPage(0), MAX_PIXELS, (dpi, interpolate, colour) -> !colour)).isEmpty();
            assertThat(EmbeddedScan.of(d.getPage(0), MAX_PIXELS, (dpi, interpolate, colour) -> !colour)).isPresent();
            long pixels = (long) colourPage(200).getWidth() * colourPage(200).getHeight();
            assertThat(EmbeddedScan.of(c.getPage(0), pixels - 1, ANY_DPI)).isEmpty();
            assertThat(EmbeddedScan.of(c.getPage(0), pixels, ANY_DPI)).isPresent();
        }
    }

    @Test
    void aJpegWithAnIccProfileOrAnAdobeMarkerIsNotPlain() {
        byte[] jfif = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 'J', 'F', (byte) 0xFF, (byte) 0xDA};
        // well-formed segments: "ICC_PROFILE\0", chunk 1 of 1; "Adobe", version 100, flags, transform 1 (YCbCr)
        byte[] icc = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE2, 0, 16, 'I', 'C', 'C', '_', 'P', 'R', 'O',
                'F', 'I', 'L', 'E', 0, 1, 1, (byte) 0xFF, (byte) 0xDA};
        byte[] adobe = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100,
                0, 0, 0, 0, 1, (byte) 0xFF, (byte) 0xDA};

        assertThat(ColourJpeg.plain(jfif)).isTrue();
        assertThat(ColourJpeg.plain(icc)).isFalse();
        assertThat(ColourJpeg.plain(adobe)).isFalse();
        assertThat(ColourJpeg.plain(new byte[]{1, 2, 3, 4})).isFalse();
    }

    /** Over the common area: the renderer may round the page to one pixel more. */
    private static long differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(Math.abs(a.getWidth() - b.getWidth())).isLessThanOrEqualTo(1);
        assertThat(Math.abs(a.getHeight() - b.getHeight())).isLessThanOrEqualTo(1);
        long n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if ((a.getRaster().getSample(x, y, 0) > 127) != (b.getRaster().getSample(x, y, 0) > 127)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(Math.abs(a.getWidth() - b.getWidth())).isLessThanOrEqualTo(1);
        assertThat(Math.abs(a.getHeight() - b.getHeight())).isLessThanOrEqualTo(1);
        int w = Math.min(a.getWidth(), b.getWidth()), h = Math.min(a.getHeight(), b.getHeight());
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
            }
        }
        return sum / ((double) w * h);
    }
}
