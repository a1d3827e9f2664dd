package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.samples.BadInput;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.channel.BadInputWriter;
import de.kommune.intake.samples.channel.BornDigitalWriter;
import de.kommune.intake.samples.channel.Output;
import de.kommune.intake.samples.channel.ScanWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class PdfPageSourceTest {

    private static final long MAX_PIXELS = 60_000_000L;

    @TempDir
    static Path dir;

    private static GeneratedDocument doc;
    private static Path bornDigital;
    private static Path scan;
    private static Path mixed;

    @BeforeAll
    static void generate() throws IOException {
        doc = SampleSet.document(DocumentType.KONTOAUSZUG, 7, true);
        Output out = new Output(dir);
        BornDigitalWriter.write(doc, "brief", out, new Random(1), LocalDate.of(2025, 3, 1));
        ScanWriter.write(doc, "scan", out, new Random(1), ScanWriter.Mode.G4PDF);
        bornDigital = dir.resolve("inputs/born-digital/brief.pdf");
        scan = dir.resolve("inputs/scan/scan.pdf");
        // page 1 with a text layer, page 2 image only (a scanned attachment)
        mixed = dir.resolve("mixed.pdf");
        try (PDDocument a = Loader.loadPDF(bornDigital.toFile()); PDDocument b = Loader.loadPDF(scan.toFile());
             PDDocument m = new PDDocument()) {
            m.importPage(a.getPage(0));
            m.importPage(b.getPage(0));
            m.save(mixed.toFile());
        }
    }

    private static String iban() {
        return doc.fields().get("iban");
    }

    @Test
    void aPageWithATextLayerIsKeptAsText() throws IOException {
        try (PdfPageSource source = new PdfPageSource(bornDigital, 300, 40, MAX_PIXELS)) {
            assertThat(source.pageCount()).isEqualTo(doc.pages().size());

            SourcePage page = source.page(0);

            assertThat(page).asInstanceOf(type(SourcePage.Text.class)).satisfies(t -> {
                assertThat(t.origin()).isEqualTo("TEXT_LAYER");
                assertThat(t.text()).contains("Kontoauszug");
                assertThat(t.text().replaceAll("\\s", "")).contains(iban());
            });
        }
    }

    @Test
    void aPlainScanPageGivesItsEmbeddedImageAtItsOwnResolution() throws IOException {
        try (PdfPageSource source = new PdfPageSource(scan, 150, 40, MAX_PIXELS)) {
            assertThat(source.pageCount()).isEqualTo(1);

            SourcePage page = source.page(0);

            assertThat(page).asInstanceOf(type(SourcePage.Image.class)).satisfies(img -> {
                assertThat(img.dpi()).isEqualTo(300); // the scan's, not the render resolution
                assertThat(img.corrections()).containsExactly("embedded-image:300dpi");
                BufferedImage image = img.image();
                assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
                // A4 at 300 dpi
                assertThat(image.getWidth()).isBetween(2478, 2482);
                assertThat(image.getHeight()).isBetween(3506, 3510);
            });
        }
    }

    @Test
    void anImagePageThatIsMoreThanAScanIsRenderedInGreyAtTheConfiguredResolution() throws IOException {
        Path turned = dir.resolve("turned.pdf");
        try (PDDocument d = Loader.loadPDF(scan.toFile())) {
            d.getPage(0).setRotation(180); // only rendering shows a turned page as it is seen
            d.save(turned.toFile());
        }
        try (PdfPageSource source = new PdfPageSource(turned, 300, 40, MAX_PIXELS)) {
            assertThat(source.page(0)).asInstanceOf(type(SourcePage.Image.class)).satisfies(img -> {
                assertThat(img.dpi()).isEqualTo(300);
                assertThat(img.corrections()).containsExactly("render:300dpi");
                assertThat(img.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
                assertThat(img.image().getWidth()).isBetween(2478, 2482);
            });
        }
    }

    @Test
    void aScanFarFrom300DpiIsRenderedAt300RatherThanResampled() throws IOException {
        Path copier = dir.resolve("copier-200dpi.pdf");
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY); // A4 at 200 dpi
        de.kommune.intake.samples.render.ImageFiles.writeImagePdf(java.util.List.of(page), 200,
                de.kommune.intake.samples.render.ImageFiles.PdfImageMode.JPEG, 0.8f, "Kopierer", copier);
        try (PdfPageSource source = new PdfPageSource(copier, 300, 40, MAX_PIXELS)) {
            assertThat(source.page(0)).asInstanceOf(type(SourcePage.Image.class)).satisfies(img -> {
                assertThat(img.corrections()).containsExactly("render:300dpi");
                assertThat(img.image().getWidth()).isBetween(2480, 2482);
            });
        }
    }

    @Test
    void eachPageOfAMixedPdfIsDecidedOnItsOwn() throws IOException {
        try (PdfPageSource source = new PdfPageSource(mixed, 150, 40, MAX_PIXELS)) {
            assertThat(source.pageCount()).isEqualTo(2);
            assertThat(source.page(0)).isInstanceOf(SourcePage.Text.class);
            assertThat(source.page(1)).asInstanceOf(type(SourcePage.Image.class))
                    .satisfies(img -> assertThat(img.corrections()).containsExactly("embedded-image:300dpi"));
        }
    }

    @Test
    void aTextLayerShorterThanTheMinimumIsRenderedInstead() throws IOException {
        try (PdfPageSource source = new PdfPageSource(bornDigital, 100, 1_000_000, MAX_PIXELS)) {
            assertThat(source.page(0)).asInstanceOf(type(SourcePage.Image.class)).satisfies(img -> {
                assertThat(img.dpi()).isEqualTo(100);
                assertThat(img.image().getWidth()).isBetween(825, 828);
            });
        }
    }

    @Test
    void theResolutionIsLoweredToStayWithinThePixelLimit() throws IOException {
        long limit = 2_000_000L;
        try (PdfPageSource source = new PdfPageSource(scan, 300, 40, limit)) {
            SourcePage.Image img = (SourcePage.Image) source.page(0);

            assertThat(img.dpi()).isLessThan(300).isGreaterThanOrEqualTo(72);
            assertThat((long) img.image().getWidth() * img.image().getHeight()).isLessThanOrEqualTo(limit);
            assertThat(img.corrections()).containsExactly("render:" + img.dpi() + "dpi");
            // not needlessly low either: within 10 % of the limit
            assertThat((long) img.image().getWidth() * img.image().getHeight()).isGreaterThan(limit * 9 / 10);
        }
    }

    @Test
    void anEncryptedPdfIsRejectedAsEncrypted() throws IOException {
        Path file = bad(BadInput.ENCRYPTED);

        assertThatThrownBy(() -> new PdfPageSource(file, 300, 40, MAX_PIXELS))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.ENCRYPTED));
    }

    @ParameterizedTest
    @EnumSource(value = BadInput.class, names = {"TRUNCATED", "RANDOM_BYTES", "ZIP_AS_PDF", "EMPTY"})
    void anUnreadablePdfIsRejectedAsCorrupt(BadInput kind) throws IOException {
        Path file = bad(kind);

        assertThatThrownBy(() -> new PdfPageSource(file, 300, 40, MAX_PIXELS))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT);
                    assertThat(e.getMessage()).startsWith("The PDF cannot be read");
                });
    }

    private static Path bad(BadInput kind) throws IOException {
        Path root = dir.resolve("bad-" + kind.id());
        BadInputWriter.write(kind, doc, new Output(root), new Random(9));
        return root.resolve("inputs/bad").resolve(kind.fileName());
    }
}
