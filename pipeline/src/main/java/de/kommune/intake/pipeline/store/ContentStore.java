package de.kommune.intake.pipeline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Holds originals and intermediate files so queue messages carry keys, not bytes (claim check).
 * Keys are {@code /}-separated relative names such as {@code inputs/<id>/original}.
 */
public interface ContentStore {

    /** Stores the stream under the key, replacing what was there; atomic for readers. */
    void put(String key, InputStream content) throws IOException;

    void put(String key, byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    byte[] read(String key) throws IOException;

    boolean exists(String key);

    long size(String key) throws IOException;

    /**
     * A local file for libraries that need random access (PDFBox); for this store it is the stored file itself,
     * which callers must not modify.
     */
    Path localFile(String key) throws IOException;

    /**
     * Deletes the key and everything below it.
     *
     * @return the bytes of the files deleted (0 when nothing was stored under the key)
     */
    long deleteTree(String prefix) throws IOException;
}
