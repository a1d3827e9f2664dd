package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.PageResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the searchable PDF/A-2b of one document: scanned pages as the stored page image with an invisible text
 * layer at the recognised word positions; office text set as plain pages; text-layer pages of a born-digital PDF
 * copied with their own fonts and text where they can be made PDF/A, otherwise rendered at 300 dpi with an
 * invisible layer of their own text at its own positions.
 *
 * <p>Which born-digital pages can be copied is decided in two steps: {@link CopiedPages#copyable} rules out pages
 * that cannot pass (fonts not embedded, the most common case: it costs no validation round), then veraPDF
 * validates the assembled document and the pages it names are rendered instead. Documents made only of our own
 * pages are compliant by construction and are not validated at run time (the tests validate them).
 */
public final class SearchablePdfBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SearchablePdfBuilder.class);
    private static final float TEXT_FONT_SIZE = 10f;
    private static final float MARGIN = 56f;

    /** Reads the stored image of a 1-based input page. */
    public interface PageImageSource {
        byte[] image(int page) throws IOException;
    }

    /**
     * @param pdf              the file
     * @param copiedPages      born-digital pages kept with their own content
     * @param renderedPages    born-digital pages rendered with their own text as invisible layer
     * @param validationMillis time spent in veraPDF (0 when nothing was copied)
     */
    public record Built(byte[] pdf, int copiedPages, int renderedPages, long validationMillis) {
    }

    private final PdfAValidator validator;

    public SearchablePdfBuilder() {
        this(new PdfAValidator());
    }

    SearchablePdfBuilder(PdfAValidator validator) {
        this.validator = validator;
    }

    public byte[] build(List<PageResult> pages, Path originalPdf, PageImageSource images, String title)
            throws IOException {
        return buildReport(pages, originalPdf, images, title).pdf();
    }

    public Built buildReport(List<PageResult> pages, Path originalPdf, PageImageSource images, String title)
            throws IOException {
        boolean bornDigital = originalPdf != null
                && pages.stream().anyMatch(p -> PageResult.TEXT_LAYER.equals(p.source()));
        if (!bornDigital) {
            return assemble(pages, null, images, title, Set.of()).built(0);
        }
        Set<Integer> render = new HashSet<>();
        try (PDDocument original = load(originalPdf)) {
            for (PageResult p : pages) {
                if (PageResult.TEXT_LAYER.equals(p.source()) && !CopiedPages.copyable(original.getPage(p.page() - 1))) {
                    render.add(p.page());
                }
            }
        }
        long validation = 0;
        // At most three rounds: copy what looks copyable, render what veraPDF names, render every text page.
        for (int round = 0; round < 3; round++) {
            Assembled built = assemble(pages, originalPdf, images, title, render);
            if (built.copiedAt().isEmpty()) {
                return logged(built.built(validation));
            }
            long start = System.nanoTime();
            PdfAValidator.Report report = validator.validate(built.pdf());
            validation += (System.nanoTime() - start) / 1_000_000;
            if (report.compliant()) {
                return logged(built.built(validation));
            }
            Set<Integer> failing = new HashSet<>();
            for (int outputPage : report.failingPages()) {
                Integer inputPage = built.copiedAt().get(outputPage);
                if (inputPage != null) {
                    failing.add(inputPage);
                }
            }
            boolean all = failing.isEmpty() || report.documentLevel() || round > 0;
            LOG.info("PDF/A: {} of {} copied page(s) fail {}; rendering {}", failing.size(), built.copiedAt().size(),
                    report.failures().subList(0, Math.min(3, report.failures().size())),
                    all ? "every text-layer page" : "those");
            if (all) {
                pages.stream().filter(p -> PageResult.TEXT_LAYER.equals(p.source())).forEach(p -> render.add(p.page()));
            } else {
                render.addAll(failing);
            }
        }
        throw new IllegalStateException("unreachable: the last round renders every page");
    }

    private static Built logged(Built b) {
        LOG.info("PDF/A: born-digital document with {} copied and {} rendered page(s), veraPDF {} ms",
                b.copiedPages(), b.renderedPages(), b.validationMillis());
        return b;
    }

    private static PDDocument load(Path pdf) throws IOException {
        PDDocument doc = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            try {
                // Filled-in form values become page content: the form itself cannot travel into PDF/A.
                form.flatten();
            } catch (IOException | RuntimeException e) {
                LOG.info("PDF/A: form fields could not be flattened ({}); their widgets are kept",
                        e.getClass().getSimpleName());
            }
        }
        return doc;
    }

    /** One assembled file plus, for each copied page, its 0-based output page and 1-based input page. */
    private record Assembled(byte[] pdf, int renderedPages, Map<Integer, Integer> copiedAt) {
        Built built(long validationMillis) {
            return new Built(pdf, copiedAt.size(), renderedPages, validationMillis);
        }
    }

    private Assembled assemble(List<PageResult> pages, Path originalPdf, PageImageSource images, String title,
                               Set<Integer> render) throws IOException {
        PDDocument original = null;
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            InvisibleText text = new InvisibleText(doc);
            RenderedPages rendered = null;
            Map<Integer, Integer> copiedAt = new HashMap<>();
            int renderedCount = 0;
            for (PageResult page : pages) {
                if (PageResult.TEXT_LAYER.equals(page.source()) && originalPdf != null) {
                    if (original == null) {
                        original = load(originalPdf);
                    }
                    if (render.contains(page.page())) {
                        if (rendered == null) {
                            rendered = new RenderedPages(original);
                        }
                        rendered.addTo(doc, page.page() - 1, text);
                        renderedCount++;
                    } else {
                        copiedAt.put(doc.getNumberOfPages(), page.page());
                        CopiedPages.copy(doc, original.getPage(page.page() - 1));
                    }
                } else if (page.hasImage()) {
                    addImagePage(doc, page, images.image(page.page()), text);
                } else {
                    addTextPages(doc, page.text(), text);
                }
            }
            PdfAMetadata.apply(doc, title, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Assembled(out.toByteArray(), renderedCount, Map.copyOf(copiedAt));
        } finally {
            if (original != null) {
                original.close();
            }
        }
    }

    private static void addImagePage(PDDocument doc, PageResult page, byte[] imageBytes, InvisibleText text)
            throws IOException {
        float scale = 72f / page.dpi();
        float width = page.imageWidth() * scale;
        float height = page.imageHeight() * scale;
        PDPage pdfPage = new PDPage(new PDRectangle(width, height));
        doc.addPage(pdfPage);
        PDImageXObject image = PdfPageImages.stored(doc, imageBytes);
        List<InvisibleText.Word> words = new ArrayList<>(page.words().size());
        for (OcrWord w : page.words()) {
            if (w.width() > 0 && w.height() > 0) {
                words.add(new InvisibleText.Word(w.text(), w.left() * scale, height - (w.top() + w.height()) * scale,
                        w.width() * scale, w.height() * scale));
            }
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
            cs.drawImage(image, 0, 0, width, height);
            text.draw(cs, words);
        }
    }

    private static void addTextPages(PDDocument doc, String content, InvisibleText text) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float leading = TEXT_FONT_SIZE * 1.3f;
        int linesPerPage = (int) ((a4.getHeight() - 2 * MARGIN) / leading);
        List<String> lines = TextWrap.wrap(text.printable(content), line -> {
            try {
                return text.font().getStringWidth(line) / 1000f * TEXT_FONT_SIZE;
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
                cs.setFont(text.font(), TEXT_FONT_SIZE);
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
