package de.kommune.intake.connector.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One document as the target holds it, found by a {@link TargetProbe}.
 *
 * @param location where the target keeps it (path, DMS id, URL), for failure messages
 * @param pdf      opens the stored PDF as the target returns it
 * @param metadata every piece of metadata the target holds for the document (index record, properties, key=value
 *                 file, ...) as text, decoded the way the target means it; the kit looks for field values and the
 *                 source file name in it
 */
public record StoredDocument(String location, Content pdf, String metadata) {

    /** Opens stored content; the kit closes what it opens. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public StoredDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** For folder-based targets: the PDF file and a UTF-8 metadata file next to it. */
    public static StoredDocument ofFiles(Path pdf, Path metadataFile) {
        try {
            return new StoredDocument(pdf.toString(), () -> Files.newInputStream(pdf),
                    Files.readString(metadataFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
