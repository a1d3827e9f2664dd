package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;
import de.kommune.intake.connector.spi.PartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes each document as {@code <id>.pdf}, {@code <id>.txt} and, last, its index file: {@code <id>.json} by
 * default, or {@code <id>.<extension>} in the configured {@link IndexFormat}.
 *
 * <p>Every file is written as a {@link PartFile} (a temporary name of its own, removed when the attempt fails,
 * swept at the first delivery when a killed worker left it) and atomically renamed, and the index record comes
 * last, so an import job that waits for the {@code .json} never sees a half-written document, even while a
 * redelivery of the same document runs. Redelivery overwrites the same three files: the document id is the
 * idempotency key, so a retry can never create a second document.
 */
final class FilesystemConnector implements DmsConnector {

    private final Path directory;
    private final boolean writeOriginal;
    private final IndexFormat indexFormat;
    private volatile boolean swept;

    FilesystemConnector(Path directory, boolean writeOriginal, IndexFormat indexFormat) {
        this.directory = directory;
        this.writeOriginal = writeOriginal;
        this.indexFormat = indexFormat;
    }

    @Override
    public DeliveryResult deliver(FiledDocument document) {
        String base = safeName(document.id());
        byte[] index;
        try {
            // Rendered before anything is written: a document the format cannot express leaves no orphan PDF.
            index = indexFormat.render(document, base + ".pdf");
        } catch (UnrenderableIndexException e) {
            return new DeliveryResult.Rejected(e.getMessage());
        }
        Path indexFile = directory.resolve(base + "." + indexFormat.extension());
        try {
            Files.createDirectories(directory);
            sweepLeftoversOnce();
            copy(document.pdf(), directory.resolve(base + ".pdf"));
            copy(document.text(), directory.resolve(base + ".txt"));
            if (writeOriginal && document.original() != null) {
                copy(document.original(), directory.resolve(base + ".original"));
            }
            writeAtomically(indexFile, index);
            return new DeliveryResult.Delivered(indexFile.toString());
        } catch (IOException e) {
            // A full or unmounted disk is transient from the pipeline's point of view: retry, never drop.
            return new DeliveryResult.RetryLater("cannot write to " + directory + ": " + e.getClass().getSimpleName(),
                    Duration.ofSeconds(30));
        }
    }

    @Override
    public HealthStatus check() {
        if (Files.isDirectory(directory) && Files.isWritable(directory)) {
            return HealthStatus.up("writable: " + directory);
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (!Files.exists(directory) && parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
            return HealthStatus.up("will be created: " + directory);
        }
        return HealthStatus.down("not writable: " + directory);
    }

    /** Once per connector: what a killed worker left half-written must not lie in the import folder for ever. */
    private void sweepLeftoversOnce() throws IOException {
        if (!swept) {
            PartFile.sweep(directory);
            swept = true;
        }
    }

    private static void copy(ContentSource source, Path target) throws IOException {
        try (PartFile part = PartFile.create(target); InputStream in = source.openStream()) {
            in.transferTo(part.stream());
            part.commit();
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        try (PartFile part = PartFile.create(target)) {
            part.stream().write(bytes);
            part.commit();
        }
    }

    /** Ids are UUIDs; anything else is reduced to a safe file name so an id can never escape the folder. */
    static String safeName(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }
}
