package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PDF pages: a page with a usable text layer keeps it (no OCR); a plain scan page gives its embedded image
 * ({@link EmbeddedScan}), enlarged the renderer's way ({@link RenderedScan}) when it is below 250 dpi; any other
 * page is rendered in grey at the configured resolution. Pages are read one at a time, with PDFBox caching
 * streams in temp files, so large PDFs stay within a small heap.
 */
final class PdfPageSource implements PageSource {

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final int dpi;
    private final int minTextChars;
    private final long maxPixels;

    PdfPageSource(Path file, int dpi, int minTextChars, long maxPixels) {
        this.dpi = dpi;
        this.minTextChars = minTextChars;
        this.maxPixels = maxPixels;
        try {
            this.document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new InputRejectedException(RejectReason.ENCRYPTED,
                    "The PDF is password-protected; send it without a password.");
        } catch (IOException e) {
            throw new InputRejectedException(RejectReason.CORRUPT, "The PDF cannot be read: " + technical(e));
        }
        this.renderer = new PDFRenderer(document);
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public SourcePage page(int index) throws IOException {
        String text = textLayer(index);
        if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() >= minTextChars) {
            return new SourcePage.Text(text, "TEXT_LAYER");
        }
        PDPage pdfPage = document.getPage(index);
        int pageDpi = dpiWithinPixelLimit(pdfPage);
        // A scan near 300 dpi is taken as it is. One below (office copiers write 200 dpi) is enlarged as the renderer
        // would ({@link RenderedScan}): its nearest-neighbour enlarging read better than resampling the embedded
        // image smoothly (dev corpus, batch channel CER 4.9 vs 5.1-5.3 % for OpenCV's cubic, linear and Lanczos).
        // An image asking to be smoothed (/Interpolate) is left to the renderer, which then interpolates it. A colour
        // scan is taken only near 300 dpi: enlarged, its edges would be blended in grey, the renderer blends colour.
        Optional<EmbeddedScan.Scan> scan = EmbeddedScan.of(pdfPage, maxPixels, (scanDpi, interpolate, colour) ->
                !PagePreparer.needsResampling(scanDpi) || (!colour && scanDpi < pageDpi && !interpolate));
        if (scan.isPresent() && !PagePreparer.needsResampling(scan.get().dpi())) {
            return new SourcePage.Image(scan.get().image(), scan.get().dpi(),
                    List.of("embedded-image:" + scan.get().dpi() + "dpi"));
        }
        BufferedImage image = scan.isPresent() ? RenderedScan.at(scan.get(), pdfPage.getCropBox(), pageDpi)
                : renderer.renderImageWithDPI(index, pageDpi, ImageType.GRAY);
        List<String> corrections = new ArrayList<>();
        corrections.add("render:" + pageDpi + "dpi");
        return new SourcePage.Image(image, pageDpi, corrections);
    }

    private String textLayer(int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(document).strip();
    }

    /** A poster-sized page would render to gigapixels: lower the resolution instead of failing. */
    private int dpiWithinPixelLimit(PDPage page) {
        PDRectangle box = page.getCropBox();
        double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        int limit = (int) Math.floor(Math.sqrt(maxPixels / Math.max(inches, 0.01)));
        return Math.max(72, Math.min(dpi, limit));
    }

    static String technical(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " (" + (m.length() > 160 ? m.substring(0, 160) : m) + ")");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
