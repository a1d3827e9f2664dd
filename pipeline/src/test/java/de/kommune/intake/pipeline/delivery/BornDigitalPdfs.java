package de.kommune.intake.pipeline.delivery;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** Born-digital PDFs as office software writes them, built with PDFBox for the tests. */
final class BornDigitalPdfs {

    static final List<String> LETTER = List.of(
            "Jobcenter Bremen · Doventorsteinweg 48-52 · 28195 Bremen",
            "Frau Erika Müller, Lindenweg 4, 28199 Bremen",
            "Bewilligungsbescheid über Leistungen zur Sicherung des Lebensunterhalts",
            "Bedarfsgemeinschaft 12345BG0012345, Bewilligungszeitraum 01.03.2025 bis 28.02.2026",
            "Regelbedarf 563,00 €, Kosten der Unterkunft 512,00 €, Gesamtbetrag 1.075,00 €");

    private BornDigitalPdfs() {
    }

    /** Standard 14 Helvetica, not embedded: cannot be PDF/A as it is. */
    static PDFont standard14(PDDocument doc) {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Liberation Sans embedded in full as a simple TrueType font. */
    static PDFont embedded(PDDocument doc) throws IOException {
        try (InputStream in = BornDigitalPdfs.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDTrueTypeFont.load(doc, in, WinAnsiEncoding.INSTANCE);
        }
    }

    interface FontChoice {
        PDFont font(PDDocument doc) throws IOException;
    }

    interface PageDecoration {
        void decorate(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException;
    }

    static void letter(Path file, int pages, FontChoice fonts) throws IOException {
        letter(file, pages, fonts, (d, p, cs) -> {
        });
    }

    static void letter(Path file, int pages, FontChoice fonts, PageDecoration decoration) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = fonts.font(doc);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(16);
                    cs.newLineAtOffset(60, 760);
                    for (String line : LETTER) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.showText("Seite " + n + " von " + pages);
                    cs.endText();
                    decoration.decorate(doc, page, cs);
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A filled box in DeviceCMYK: fine in print PDFs, not under an sRGB output intent (veraPDF 6.2.4.3). */
    static void cmykBox(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException {
        cs.setNonStrokingColor(new PDColor(new float[]{0f, 0.8f, 0.8f, 0f}, PDDeviceCMYK.INSTANCE));
        cs.addRect(60, 600, 200, 40);
        cs.fill();
    }
}
