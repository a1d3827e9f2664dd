package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.pipeline.store.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A content-store entry handed to a connector. */
record StoredContent(ContentStore store, String key, String mediaType) implements ContentSource {

    @Override
    public InputStream openStream() throws IOException {
        return store.open(key);
    }

    @Override
    public long size() {
        try {
            return store.size(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
