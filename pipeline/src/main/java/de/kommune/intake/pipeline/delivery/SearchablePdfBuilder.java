package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.ocr.PageImages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the searchable PDF of one document: scanned pages as the stored page image with an invisible text layer
 * at the recognised word positions; text-layer pages of a born-digital PDF copied as they are; office text set
 * as plain pages. Adds XMP metadata, an sRGB output intent and, where every page is our own, the PDF/A-2b
 * identification.
 */
public final class SearchablePdfBuilder {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float TEXT_FONT_SIZE = 10f;
    private static final float MARGIN = 56f;

    /** Reads the stored image of a 1-based input page. */
    public interface PageImageSource {
        byte[] image(int page) throws IOException;
    }

    public byte[] build(List<PageResult> pages, Path originalPdf, PageImageSource images, String title)
            throws IOException {
        PDDocument original = null;
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font font;
            try (InputStream in = SearchablePdfBuilder.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(doc, in, true);
            }
            GlyphFilter glyphs = new GlyphFilter(font);
            for (PageResult page : pages) {
                if (PageResult.TEXT_LAYER.equals(page.source()) && originalPdf != null) {
                    if (original == null) {
                        original = Loader.loadPDF(originalPdf.toFile(), "", null, null,
                                IOUtils.createTempFileOnlyStreamCache());
                    }
                    doc.importPage(original.getPage(page.page() - 1));
                } else if (page.hasImage()) {
                    addImagePage(doc, page, images.image(page.page()), font, glyphs);
                } else {
                    addTextPages(doc, page.text(), font, glyphs);
                }
            }
            // Copied born-digital pages keep their fonts, which need not be embedded: claim PDF/A only for
            // documents made entirely of our own pages (PDF/A conversion of born-digital input: issue #3).
            markPdfA(doc, title, original == null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            if (original != null) {
                original.close();
            }
        }
    }

    private static void addImagePage(PDDocument doc, PageResult page, byte[] imageBytes, PDType0Font font,
                                     GlyphFilter glyphs) throws IOException {
        float scale = 72f / page.dpi();
        float width = page.imageWidth() * scale;
        float height = page.imageHeight() * scale;
        PDPage pdfPage = new PDPage(new PDRectangle(width, height));
        doc.addPage(pdfPage);
        // A stored JPEG goes in as it is (no second lossy pass); PNG (bilevel) is compressed losslessly.
        PDImageXObject image = PageImages.isJpeg(imageBytes)
                ? JPEGFactory.createFromByteArray(doc, imageBytes)
                : LosslessFactory.createFromImage(doc, PageImages.decode(imageBytes));
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
            cs.drawImage(image, 0, 0, width, height);
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            for (OcrWord w : page.words()) {
                String text = glyphs.printable(w.text());
                if (text.isBlank() || w.width() <= 0 || w.height() <= 0) {
                    continue;
                }
                float fontSize = Math.max(1f, w.height() * scale);
                float natural = font.getStringWidth(text) / 1000f * fontSize;
                if (natural <= 0) {
                    continue;
                }
                cs.setFont(font, fontSize);
                cs.setHorizontalScaling(100f * (w.width() * scale) / natural);
                cs.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, w.left() * scale,
                        height - (w.top() + w.height()) * scale));
                cs.showText(text);
            }
            cs.endText();
        }
    }

    private static void addTextPages(PDDocument doc, String text, PDType0Font font, GlyphFilter glyphs)
            throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float leading = TEXT_FONT_SIZE * 1.3f;
        int linesPerPage = (int) ((a4.getHeight() - 2 * MARGIN) / leading);
        List<String> lines = TextWrap.wrap(glyphs.printable(text), line -> {
            try {
                return font.getStringWidth(line) / 1000f * TEXT_FONT_SIZE;
            } catch (IOException e) {
                return Float.MAX_VALUE;
            }
        }, a4.getWidth() - 2 * MARGIN);
        int i = 0;
        do {
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, TEXT_FONT_SIZE);
                cs.setLeading(leading);
                cs.newLineAtOffset(MARGIN, a4.getHeight() - MARGIN);
                for (int n = 0; n < linesPerPage && i < lines.size(); n++, i++) {
                    cs.showText(lines.get(i));
                    cs.newLine();
                }
                cs.endText();
            }
        } while (i < lines.size());
    }

    private static void markPdfA(PDDocument doc, String title, boolean claimPdfA) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            if (claimPdfA) {
                PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
                id.setPart(2);
                id.setConformance("B");
            }
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            Calendar now = Calendar.getInstance();
            basic.setCreateDate(now);
            basic.setCreatorTool("intake-pipeline");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(out.toByteArray());
            catalog.setMetadata(metadata);
        } catch (Exception e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("intake-pipeline");
        if (catalog.getOutputIntents().isEmpty()) {
            ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb.getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
    }

    /** Replaces characters the embedded font cannot show, so a rare symbol never fails a whole document. */
    private static final class GlyphFilter {
        private final PDType0Font font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        GlyphFilter(PDType0Font font) {
            this.font = font;
        }

        String printable(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\t') {
                    sb.appendCodePoint(cp);
                } else if (Character.isISOControl(cp)) {
                    sb.append(' ');
                } else {
                    sb.append(known.computeIfAbsent(cp, this::encodable) ? new String(Character.toChars(cp)) : "?");
                }
            });
            return sb.toString();
        }

        private boolean encodable(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** Greedy word wrap by measured width. */
    static final class TextWrap {
        private TextWrap() {
        }

        static List<String> wrap(String text, java.util.function.ToDoubleFunction<String> width, double max) {
            List<String> lines = new java.util.ArrayList<>();
            for (String para : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : para.replace('\t', ' ').split(" ")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width.applyAsDouble(candidate) > max && line.length() > 0) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
