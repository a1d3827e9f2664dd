package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.ocr.OcrEngine;
import de.kommune.intake.pipeline.ocr.PageImages;
import de.kommune.intake.pipeline.ocr.RecognizedPage;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.render.PdfPageWriter;
import de.kommune.intake.samples.render.Rasterizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SearchablePdfBuilderTest {

    private static final int DPI = 300;

    @TempDir
    static Path dir;

    private static GeneratedDocument statement;
    private static byte[] jpegPage;
    private static PageResult ocrPage;

    private final SearchablePdfBuilder builder = new SearchablePdfBuilder();

    /** A generated statement page, rendered, stored as the OCR stage stores it, and OCR'd by the real Tesseract. */
    @BeforeAll
    static void ocrAPage() throws IOException {
        statement = SampleSet.document(DocumentType.KONTOAUSZUG, 7, true);
        BufferedImage image = grey(Rasterizer.render(statement.pages(), DPI, false).get(0));
        jpegPage = PageImages.encode(image, false);
        RecognizedPage recognized;
        try (OcrEngine engine = new OcrEngine(null, "deu+eng")) {
            recognized = engine.recognize(image);
        }
        ocrPage = new PageResult(1, recognized.text(), recognized.words(), PageResult.OCR,
                recognized.meanConfidence(), image.getWidth(), image.getHeight(), DPI, List.of(), false, List.of());
    }

    private static BufferedImage grey(BufferedImage src) {
        BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.drawImage(src, 0, 0, null);
        gr.dispose();
        return g;
    }

    private static PageResult imagePage(int page, List<OcrWord> words, int w, int h, int dpi) {
        return new PageResult(page, "", words, PageResult.OCR, 90, w, h, dpi, List.of(), false, List.of());
    }

    private static PageResult textPage(int page, String text, String source) {
        return new PageResult(page, text, List.of(), source, 100, 0, 0, 0, List.of(), false, List.of());
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    /** Strings as PDFTextStripper groups them, with the positions of their glyphs. */
    private static final class Positions extends PDFTextStripper {
        final List<String> strings = new ArrayList<>();
        final List<List<TextPosition>> positions = new ArrayList<>();

        Positions() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            strings.add(text);
            positions.add(new ArrayList<>(textPositions));
            super.writeString(text, textPositions);
        }
    }

    @Test
    void onePdfPagePerInputPageSizedFromTheImageResolution() throws IOException {
        byte[] pdf = builder.build(List.of(ocrPage, textPage(2, "Anlage: Mietbescheinigung", PageResult.EXTRACTED)),
                null, p -> jpegPage, "KONTOAUSZUG");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDPage first = doc.getPage(0);
            assertThat((double) first.getMediaBox().getWidth()).isCloseTo(ocrPage.imageWidth() * 72.0 / DPI, within(0.5));
            assertThat((double) first.getMediaBox().getHeight()).isCloseTo(ocrPage.imageHeight() * 72.0 / DPI, within(0.5));
            assertThat((double) doc.getPage(1).getMediaBox().getWidth()).isCloseTo(595.3, within(0.5));
        }
    }

    @Test
    void theInvisibleTextLayerHoldsEveryOcrWord() throws IOException {
        byte[] pdf = builder.build(List.of(ocrPage), null, p -> jpegPage, "KONTOAUSZUG");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("Kontoauszug");
            assertThat(text.replaceAll("\\s", "")).contains(statement.fields().get("iban"));
            assertThat(ocrPage.words()).hasSizeGreaterThan(50)
                    .allSatisfy(w -> assertThat(text).contains(w.text()));
        }
    }

    @Test
    void wordsWithLigatureLettersComeBackCharacterForCharacter() throws IOException {
        // fi, fl, ff and ffi are ligatures in the embedded font; the layer must not substitute them
        List<String> words = List.of("Auflistung", "finanziell", "Pflegegeld", "Schifffahrt", "Kaufleute", "Effizienz");
        List<OcrWord> ocr = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            ocr.add(new OcrWord(words.get(i), 200, 200 + i * 80, 500, 50, 90f, i));
        }
        byte[] pdf = builder.build(List.of(imagePage(1, ocr, ocrPage.imageWidth(), ocrPage.imageHeight(), DPI)),
                null, p -> jpegPage, "SONSTIGES");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(text(doc).lines().map(String::strip).toList()).containsAll(words);
        }
    }

    @Test
    void eachWordSitsWhereTesseractFoundItOnTheImage() throws IOException {
        byte[] pdf = builder.build(List.of(ocrPage), null, p -> jpegPage, "KONTOAUSZUG");
        double scale = 72.0 / DPI;

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Positions stripper = new Positions();
            stripper.getText(doc);
            for (String probe : List.of("Kontoauszug", "Kontoinhaber", "Seite")) {
                OcrWord word = ocrPage.words().stream().filter(w -> w.text().equals(probe)).findFirst().orElseThrow();
                int index = stripper.strings.indexOf(probe);
                assertThat(index).as("'%s' extracted as one string", probe).isNotNegative();
                List<TextPosition> glyphs = stripper.positions.get(index);
                TextPosition firstGlyph = glyphs.get(0);
                TextPosition lastGlyph = glyphs.get(glyphs.size() - 1);

                assertThat((double) firstGlyph.getXDirAdj()).as("left of %s", probe)
                        .isCloseTo(word.left() * scale, within(1.0));
                assertThat((double) (lastGlyph.getXDirAdj() + lastGlyph.getWidthDirAdj())).as("right of %s", probe)
                        .isCloseTo((word.left() + word.width()) * scale, within(2.0));
                assertThat((double) firstGlyph.getYDirAdj()).as("baseline of %s", probe)
                        .isCloseTo((word.top() + word.height()) * scale, within(1.0));
            }
        }
    }

    @Test
    void theTextLayerIsInvisible() throws IOException {
        BufferedImage white = new BufferedImage(600, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 300);
        g.dispose();
        OcrWord word = new OcrWord("UNSICHTBAR", 50, 100, 500, 100, 95f, 0);
        byte[] pdf = builder.build(List.of(imagePage(1, List.of(word), 600, 300, 300)), null,
                p -> PageImages.encode(white, true), "SONSTIGES");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(text(doc)).contains("UNSICHTBAR");
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            int darkest = 255;
            for (int y = 0; y < rendered.getHeight(); y++) {
                for (int x = 0; x < rendered.getWidth(); x++) {
                    darkest = Math.min(darkest, rendered.getRaster().getSample(x, y, 0));
                }
            }
            assertThat(darkest).as("darkest rendered pixel").isGreaterThan(250);
        }
    }

    @Test
    void aStoredJpegIsEmbeddedAsItIsAndABilevelPageAsCcittG4() throws IOException {
        BufferedImage bw = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_BINARY);
        byte[] png = PageImages.encode(bw, true);
        byte[] pdf = builder.build(List.of(ocrPage, imagePage(2, List.of(), 400, 200, 300)), null,
                p -> p == 1 ? jpegPage : png, "KONTOAUSZUG");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject jpeg = onlyImage(doc.getPage(0));
            assertThat(jpeg.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            try (InputStream raw = jpeg.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(jpegPage);
            }
            PDImageXObject bilevel = onlyImage(doc.getPage(1));
            assertThat(bilevel.getCOSObject().getFilters()).isEqualTo(COSName.CCITTFAX_DECODE);
            assertThat(bilevel.getBitsPerComponent()).isEqualTo(1);
            assertThat(bilevel.getWidth()).isEqualTo(400);
        }
    }

    /** A 300 x 100 page, white with a black bar at (20, 20)-(120, 30). */
    private static BufferedImage blackBarOnWhite(int imageType) {
        BufferedImage page = new BufferedImage(300, 100, imageType);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.BLACK);
        g.fillRect(20, 20, 100, 10);
        g.dispose();
        return page;
    }

    @Test
    void aBilevelPageStoredAsPngByAnEarlierVersionIsStillEmbeddedAsG4() throws IOException {
        BufferedImage bw = blackBarOnWhite(BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(bw, "png", png);

        byte[] pdf = builder.build(List.of(imagePage(1, List.of(), 300, 100, 300)), null, p -> png.toByteArray(),
                "X");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = onlyImage(doc.getPage(0));
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.CCITTFAX_DECODE);
            BufferedImage back = image.getImage();
            assertThat(back.getRGB(50, 25) & 0xFFFFFF).as("black bar").isZero();
            assertThat(back.getRGB(200, 80) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void aGreyPageHoldingOnlyBlackAndWhiteIsStoredAndEmbeddedAsBilevel() throws IOException {
        BufferedImage grey = blackBarOnWhite(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(PageImages.isBilevel(grey)).isTrue();
        byte[] png = PageImages.encode(grey, true);

        byte[] pdf = builder.build(List.of(imagePage(1, List.of(), 300, 100, 300)), null, p -> png, "X");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = onlyImage(doc.getPage(0));
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.CCITTFAX_DECODE);
            BufferedImage back = image.getImage();
            assertThat(back.getRGB(50, 25) & 0xFFFFFF).as("black bar").isZero();
            assertThat(back.getRGB(200, 80) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        }
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                images.add(img);
            }
        }
        assertThat(images).hasSize(1);
        return images.get(0);
    }

    @Test
    void aBornDigitalPageKeepsItsOwnText() throws IOException {
        GeneratedDocument twoPages = SampleSet.document(DocumentType.MIETVERTRAG, 42);
        assertThat(twoPages.pages()).hasSizeGreaterThan(1);
        Path original = dir.resolve("mietvertrag.pdf");
        String originalPage2;
        try (PDDocument doc = PdfPageWriter.toDocument(twoPages.pages())) {
            doc.save(original.toFile());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            originalPage2 = s.getText(doc);
        }

        byte[] pdf = builder.build(List.of(textPage(2, "ignored", PageResult.TEXT_LAYER)), original,
                p -> {
                    throw new AssertionError("no page image needed");
                }, "MIETVERTRAG");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            // Its Standard 14 fonts are not embedded, so the page is rendered with its own text laid over it.
            assertThat(text(doc).replaceAll("\\s+", " ")).isEqualTo(originalPage2.replaceAll("\\s+", " "));
        }
    }

    @Test
    void officeTextIsSetAsTextPagesWithUnprintableCharactersReplaced() throws IOException {
        String text = "Sehr geehrte Frau Müller,\nIhre Miete beträgt 512,00 €.\u0007 Zeichen: 漢\nGruß";

        byte[] pdf = builder.build(List.of(textPage(1, text, PageResult.EXTRACTED)), null, p -> null, "SONSTIGES");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String out = text(doc);
            assertThat(out).contains("Sehr geehrte Frau Müller,").contains("512,00 €.").contains("Gruß");
            assertThat(out).contains("Zeichen: ?").doesNotContain("漢").doesNotContain("\u0007");
        }
    }

    @Test
    void longOfficeTextFlowsOntoFurtherPagesAndLongLinesWrap() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            sb.append("Zeile ").append(i).append(" des Schreibens an das Jobcenter\n");
        }
        sb.append("Wort ".repeat(200));

        byte[] pdf = builder.build(List.of(textPage(1, sb.toString(), PageResult.EXTRACTED)), null, p -> null, "X");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String out = text(doc);
            assertThat(out).contains("Zeile 1 des").contains("Zeile 150 des");
            assertThat(out.split("Wort", -1)).hasSize(201);
        }
    }

    @Test
    void textWrapBreaksAtSpacesWithinTheWidth() {
        List<String> lines = SearchablePdfBuilder.TextWrap.wrap("aa bb cc dd\n\nee", String::length, 5);

        assertThat(lines).containsExactly("aa bb", "cc dd", "", "ee");
    }

    @Test
    void xmpDeclaresPdfA2bAndTheTitleAndAnSrgbOutputIntentIsPresent() throws Exception {
        byte[] pdf = builder.build(List.of(ocrPage), null, p -> jpegPage, "KONTOAUSZUG");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            XMPMetadata xmp;
            try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new DomXmpParser().parse(in.readAllBytes());
            }
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertThat(id.getPart()).isEqualTo(2);
            assertThat(id.getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("KONTOAUSZUG");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("KONTOAUSZUG");
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }
    }

    @Test
    void aScannedDocumentPassesPdfA2bValidation() throws Exception {
        byte[] pdf = builder.build(List.of(ocrPage), null, p -> jpegPage, "KONTOAUSZUG");

        assertThat(pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void aBilevelG4PagePassesPdfA2bValidation() throws Exception {
        BufferedImage bw = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_BINARY);
        byte[] tiff = PageImages.encode(bw, true);
        byte[] pdf = builder.build(List.of(imagePage(1, List.of(), 400, 200, 300)), null, p -> tiff, "X");

        assertThat(pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void aGeneratedBornDigitalDocumentWithStandard14FontsPassesPdfA2bValidation() throws Exception {
        Path original = dir.resolve("brief.pdf");
        try (PDDocument doc = PdfPageWriter.toDocument(statement.pages())) {
            doc.save(original.toFile());
        }
        byte[] pdf = builder.build(List.of(textPage(1, "x", PageResult.TEXT_LAYER)), original, p -> null, "KONTOAUSZUG");

        assertThat(pdfaFailures(pdf)).isEmpty();
        try (PDDocument out = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String xmp = new String(out.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part");
            assertThat(text(out).replaceAll("\\s", "")).contains(statement.fields().get("iban"));
        }
    }

    static List<String> pdfaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures.stream().distinct().toList();
        }
    }
}
