package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.model.PageResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Born-digital PDFs become PDF/A-2b and keep their own text: copied where possible, else rendered. */
class BornDigitalPdfATest {

    @TempDir
    Path dir;

    private final SearchablePdfBuilder builder = new SearchablePdfBuilder();

    private static List<PageResult> textLayerPages(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(p -> new PageResult(p, "", List.of(), PageResult.TEXT_LAYER, 100,
                0, 0, 0, List.of(), false, List.of())).toList();
    }

    private static SearchablePdfBuilder.PageImageSource noImages() {
        return p -> {
            throw new AssertionError("a born-digital page needs no stored page image");
        };
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void pagesWithEmbeddedFontsAreCopiedWithTheirFontsAndPassPdfA() throws Exception {
        Path original = dir.resolve("embedded.pdf");
        BornDigitalPdfs.letter(original, 2, BornDigitalPdfs::embedded);

        SearchablePdfBuilder.Built built = builder.buildReport(textLayerPages(2), original, noImages(), "BESCHEID");

        assertThat(built.copiedPages()).isEqualTo(2);
        assertThat(built.renderedPages()).isZero();
        assertThat(built.validationMillis()).isPositive();
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
        assertThat(text(built.pdf())).isEqualTo(text(original));
        try (PDDocument out = Loader.loadPDF(built.pdf())) {
            PDPage page = out.getPage(0);
            assertThat(page.getResources().getXObjectNames()).as("no page image: the page is vector as before")
                    .isEmpty();
            PDFont font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            assertThat(font.getName()).isEqualTo("LiberationSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void pagesWithStandard14FontsAreRenderedWithTheirOwnTextAsInvisibleLayerAndPassPdfA() throws Exception {
        Path original = dir.resolve("helvetica.pdf");
        BornDigitalPdfs.letter(original, 2, BornDigitalPdfs::standard14);

        SearchablePdfBuilder.Built built = builder.buildReport(textLayerPages(2), original, noImages(), "BESCHEID");

        assertThat(built.copiedPages()).isZero();
        assertThat(built.renderedPages()).isEqualTo(2);
        assertThat(built.validationMillis()).as("the cheap check decided, no veraPDF round").isZero();
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
        assertThat(words(text(built.pdf()))).isEqualTo(words(text(original)));
        try (PDDocument out = Loader.loadPDF(built.pdf())) {
            PDPage page = out.getPage(0);
            assertThat((double) page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5));
            assertThat((double) page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5));
            PDImageXObject image = (PDImageXObject) page.getResources()
                    .getXObject(page.getResources().getXObjectNames().iterator().next());
            assertThat(image.getWidth()).as("rendered at 300 dpi").isEqualTo(2480);
            assertThat(image.getCOSObject().getFilters()).as("black text only: bilevel")
                    .isEqualTo(COSName.CCITTFAX_DECODE);
        }
    }

    @Test
    void aStandard14FontOnlySelectedAndNeverDrawnWithDoesNotStopTheCopy() throws Exception {
        Path original = dir.resolve("selected-only.pdf");
        // ReportLab opens text objects with its default Helvetica before switching to the embedded font
        BornDigitalPdfs.letter(original, 2, BornDigitalPdfs::embedded, (doc, page, cs) -> {
            cs.beginText();
            cs.setFont(BornDigitalPdfs.standard14(doc), 12);
            cs.endText();
        });

        SearchablePdfBuilder.Built built = builder.buildReport(textLayerPages(2), original, noImages(), "BESCHEID");

        assertThat(built.copiedPages()).isEqualTo(2);
        assertThat(built.renderedPages()).isZero();
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
        assertThat(text(built.pdf())).isEqualTo(text(original));
    }

    @Test
    void aPageDrawingOneLineInAStandard14FontIsStillRendered() throws Exception {
        Path original = dir.resolve("footer.pdf");
        BornDigitalPdfs.letter(original, 1, BornDigitalPdfs::embedded, (doc, page, cs) -> {
            cs.beginText();
            cs.setFont(BornDigitalPdfs.standard14(doc), 8);
            cs.newLineAtOffset(60, 60);
            cs.showText("Fusszeile");
            cs.endText();
        });

        SearchablePdfBuilder.Built built = builder.buildReport(textLayerPages(1), original, noImages(), "BESCHEID");

        assertThat(built.copiedPages()).isZero();
        assertThat(built.renderedPages()).isEqualTo(1);
        assertThat(built.validationMillis()).as("the cheap check decided, no veraPDF round").isZero();
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
    }

    @Test
    void theRenderedPagesTextSitsWhereTheOriginalHadIt() throws Exception {
        Path original = dir.resolve("positions.pdf");
        BornDigitalPdfs.letter(original, 1, BornDigitalPdfs::standard14);

        byte[] pdf = builder.build(textLayerPages(1), original, noImages(), "BESCHEID");

        List<Glyphs> before = Glyphs.of(Loader.loadPDF(original.toFile()));
        List<Glyphs> after = Glyphs.of(Loader.loadPDF(pdf));
        for (String probe : List.of("Bewilligungsbescheid", "12345BG0012345,", "1.075,00")) {
            Glyphs a = before.stream().filter(g -> g.text.equals(probe)).findFirst()
                    .orElseThrow(() -> new AssertionError(probe + " not in the original: " + before));
            Glyphs b = after.stream().filter(g -> g.text.equals(probe)).findFirst()
                    .orElseThrow(() -> new AssertionError(probe + " not in the output: " + after));
            assertThat((double) b.left).as("left of %s", probe).isCloseTo(a.left, within(0.5));
            assertThat((double) b.right).as("right of %s", probe).isCloseTo(a.right, within(1.0));
            assertThat((double) b.baseline).as("baseline of %s", probe).isCloseTo(a.baseline, within(0.5));
        }
    }

    @Test
    void aPageVeraPdfRejectsIsRenderedWhileTheOthersStayCopied() throws Exception {
        Path original = dir.resolve("cmyk.pdf");
        // Page 2 paints in DeviceCMYK, which the cheap check does not look for; veraPDF names that page.
        BornDigitalPdfs.letter(original, 2, BornDigitalPdfs::embedded, (doc, page, cs) -> {
            if (doc.getPages().indexOf(page) == 1) {
                BornDigitalPdfs.cmykBox(doc, page, cs);
            }
        });

        SearchablePdfBuilder.Built built = builder.buildReport(textLayerPages(2), original, noImages(), "BESCHEID");

        assertThat(built.copiedPages()).isEqualTo(1);
        assertThat(built.renderedPages()).isEqualTo(1);
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
        assertThat(words(text(built.pdf()))).isEqualTo(words(text(original)));
        try (PDDocument out = Loader.loadPDF(built.pdf())) {
            assertThat(out.getPage(0).getResources().getXObjectNames()).isEmpty();
            assertThat(out.getPage(1).getResources().getXObjectNames()).hasSize(1);
            PDImageXObject image = (PDImageXObject) out.getPage(1).getResources()
                    .getXObject(out.getPage(1).getResources().getXObjectNames().iterator().next());
            assertThat(image.getCOSObject().getFilters()).as("a red box: colour JPEG").isEqualTo(COSName.DCT_DECODE);
        }
    }

    @Test
    void forbiddenActionsAndUnprintableAnnotationsAreRemovedFromCopiedPages() throws Exception {
        Path original = dir.resolve("actions.pdf");
        BornDigitalPdfs.letter(original, 1, BornDigitalPdfs::embedded, (doc, page, cs) -> {
            PDPageAdditionalActions aa = new PDPageAdditionalActions();
            aa.setO(new PDActionJavaScript("app.alert('x')"));
            page.setActions(aa);
            PDAnnotationLink web = new PDAnnotationLink();
            web.setRectangle(new PDRectangle(60, 700, 100, 12));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.arbeitsagentur.de/");
            web.setAction(uri);
            PDAnnotationLink script = new PDAnnotationLink();
            script.setRectangle(new PDRectangle(60, 680, 100, 12));
            script.setAction(new PDActionJavaScript("this.print()"));
            PDAnnotationText note = new PDAnnotationText(); // a sticky note without appearance stream
            note.setRectangle(new PDRectangle(300, 700, 20, 20));
            note.setContents("interne Notiz");
            page.setAnnotations(new ArrayList<>(List.of(web, script, note)));
        });

        SearchablePdfBuilder.Built built = builder.buildReport(textLayerPages(1), original, noImages(), "BESCHEID");

        assertThat(built.copiedPages()).isEqualTo(1);
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
        try (PDDocument out = Loader.loadPDF(built.pdf())) {
            PDPage page = out.getPage(0);
            assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            List<PDAnnotation> annotations = page.getAnnotations();
            assertThat(annotations).hasSize(2).allSatisfy(a -> {
                assertThat(a).isInstanceOf(PDAnnotationLink.class);
                assertThat(a.isPrinted()).isTrue();
            });
            assertThat(((PDAnnotationLink) annotations.get(0)).getAction()).isInstanceOf(PDActionURI.class);
            assertThat(((PDAnnotationLink) annotations.get(1)).getAction()).as("JavaScript removed").isNull();
        }
    }

    @Test
    void mixedDocumentsCopyTextPagesAndKeepOcrPagesAsImages() throws Exception {
        Path original = dir.resolve("mixed.pdf");
        BornDigitalPdfs.letter(original, 1, BornDigitalPdfs::standard14);
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(600, 800,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        byte[] png = de.kommune.intake.pipeline.ocr.PageImages.encode(white, true);
        PageResult scanned = new PageResult(2, "", List.of(), PageResult.OCR, 80, 600, 800, 100, List.of(), false,
                List.of());

        SearchablePdfBuilder.Built built = builder.buildReport(List.of(textLayerPages(1).get(0), scanned), original,
                p -> png, "BESCHEID");

        assertThat(built.renderedPages()).isEqualTo(1);
        assertThat(SearchablePdfBuilderTest.pdfaFailures(built.pdf())).isEmpty();
        try (PDDocument out = Loader.loadPDF(built.pdf())) {
            assertThat(out.getNumberOfPages()).isEqualTo(2);
        }
    }

    /** A word as PDFTextStripper sees it, in points from the top left of the displayed page. */
    private record Glyphs(String text, float left, float right, float baseline) {
        static List<Glyphs> of(PDDocument doc) throws IOException {
            try (doc) {
                List<Glyphs> out = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> line) {
                        List<TextPosition> word = new ArrayList<>();
                        for (TextPosition g : line) {
                            if (!g.getUnicode().isBlank()) {
                                word.add(g);
                            }
                            if ((g.getUnicode().isBlank() || g == line.get(line.size() - 1)) && !word.isEmpty()) {
                                StringBuilder sb = new StringBuilder();
                                word.forEach(w -> sb.append(w.getUnicode()));
                                TextPosition last = word.get(word.size() - 1);
                                out.add(new Glyphs(sb.toString(), word.get(0).getXDirAdj(),
                                        last.getXDirAdj() + last.getWidthDirAdj(), word.get(0).getYDirAdj()));
                                word.clear();
                            }
                        }
                    }
                };
                s.setSortByPosition(true);
                s.getText(doc);
                return out;
            }
        }
    }
}
