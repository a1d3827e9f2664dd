package org.example.dms.acme;

import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

/**
 * Files each document as {@code <root>/<case key or ohne-akte>/<TYPE>/<key>.pdf} plus {@code <key>.idx}, the
 * archive's UTF-8 key=value index that its import job waits for. The idempotency key names the files, so a
 * redelivery finds the index and files nothing twice. The root is the archive's share: never created here.
 */
final class AcmeArchiveConnector implements DmsConnector {

    private final Path root;
    private final long maxBytes;

    AcmeArchiveConnector(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    @Override
    public DeliveryResult deliver(FiledDocument doc) {
        if (doc.pdf().size() > maxBytes) {
            return new DeliveryResult.Rejected("ACME Archiv accepts PDFs up to " + maxBytes + " bytes, this one has "
                    + doc.pdf().size());
        }
        String folder = safe(doc.caseKey() == null ? "ohne-akte" : doc.caseKey()) + "/" + safe(doc.documentType());
        String name = safe(doc.idempotencyKey());
        Path dir = root.resolve(folder);
        Path index = dir.resolve(name + ".idx");
        try {
            if (!Files.isDirectory(root)) {
                return new DeliveryResult.RetryLater("archive share not mounted: " + root, Duration.ofMinutes(1));
            }
            if (!Files.exists(index)) { // else: filed before, this is a redelivery
                Files.createDirectories(dir);
                try (InputStream in = doc.pdf().openStream()) {
                    writeAtomically(in, dir.resolve(name + ".pdf"));
                }
                writeAtomically(new java.io.ByteArrayInputStream(index(doc).getBytes(StandardCharsets.UTF_8)), index);
            }
            return new DeliveryResult.Delivered("acme:" + folder + "/" + name);
        } catch (IOException e) {
            return new DeliveryResult.RetryLater("archive not writable: " + e.getClass().getSimpleName(),
                    Duration.ofMinutes(1));
        }
    }

    @Override
    public HealthStatus check() {
        return Files.isDirectory(root) && Files.isWritable(root) ? HealthStatus.up("archive share writable: " + root)
                : HealthStatus.down("archive share missing or read-only: " + root);
    }

    private static void writeAtomically(InputStream in, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.copy(in, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String index(FiledDocument doc) {
        StringBuilder idx = new StringBuilder();
        line(idx, "id", doc.id());
        line(idx, "type", doc.documentType());
        line(idx, "case", doc.caseKey());
        line(idx, "source", doc.sourceFileName());
        line(idx, "received", String.valueOf(doc.receivedAt()));
        line(idx, "review", doc.reviewRequired() + " " + String.join(",", doc.reviewReasons()));
        doc.fields().forEach((code, field) -> line(idx, "field." + code, field.value()));
        return idx.toString();
    }

    private static void line(StringBuilder idx, String key, String value) {
        String v = value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        idx.append(key).append('=').append(v).append('\n');
    }

    /** Case keys, types and keys become folder and file names: nothing may climb out of the archive. */
    private static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
