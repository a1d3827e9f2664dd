package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;

import java.io.IOException;
import java.nio.file.Path;

/** Picks the page source for a detected media type. */
final class PageSources {

    private PageSources() {
    }

    static PageSource open(Path file, String mediaType, int dpi, int minTextChars, long maxPixels) throws IOException {
        if (MediaTypeDetector.PDF.equals(mediaType)) {
            return new PdfPageSource(file, dpi, minTextChars, maxPixels);
        }
        if (MediaTypeDetector.isImage(mediaType)) {
            return new ImagePageSource(file, mediaType, maxPixels);
        }
        if (MediaTypeDetector.isTextDocument(mediaType)) {
            return new TextDocumentSource(file, mediaType);
        }
        throw new InputRejectedException(RejectReason.UNSUPPORTED_TYPE, "Type " + mediaType + " is not supported.");
    }
}
