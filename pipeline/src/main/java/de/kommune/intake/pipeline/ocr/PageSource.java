package de.kommune.intake.pipeline.ocr;

import java.io.IOException;

/** Opens an input page by page, so a 300-page file never has all its page images in memory at once. */
public interface PageSource extends AutoCloseable {

    int pageCount();

    /** @param index 0-based */
    SourcePage page(int index) throws IOException;

    @Override
    void close() throws IOException;
}
