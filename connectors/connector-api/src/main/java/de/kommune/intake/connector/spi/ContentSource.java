package de.kommune.intake.connector.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * A piece of content the connector may read any number of times. Each call opens a new stream that the
 * caller closes.
 *
 * @since 1.0
 */
public interface ContentSource {

    InputStream openStream() throws IOException;

    /** Size in bytes. */
    long size();

    /** MIME type, e.g. {@code application/pdf}. */
    String mediaType();
}
