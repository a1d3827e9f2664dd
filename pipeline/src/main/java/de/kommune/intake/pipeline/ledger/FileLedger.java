package de.kommune.intake.pipeline.ledger;

import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A ledger of one small file per record, written atomically (temp file + rename), so a process killed at any
 * instant leaves either the old or the new record. The content index uses {@code createFile}, which is atomic
 * across processes. Updates of one record are serialised within the process; across processes each message is
 * handled by one consumer at a time, so records are not written concurrently.
 */
public final class FileLedger implements Ledger {

    private static final int LOCK_STRIPES = 64;

    private final Path inputs;
    private final Path documents;
    private final Path content;
    private final ObjectMapper json;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public FileLedger(Path root, ObjectMapper json) {
        this.inputs = root.resolve("inputs");
        this.documents = root.resolve("documents");
        this.content = root.resolve("sha256");
        this.json = json;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
        try {
            Files.createDirectories(inputs);
            Files.createDirectories(documents);
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create ledger at " + root, e);
        }
    }

    @Override
    public String claimContent(String sha256, String inputId) {
        Path marker = content.resolve(checkedId(sha256));
        // Write the owner first, then hard-link it into place: link() fails atomically if the marker exists,
        // so a concurrent claimer (another thread or process) never sees a half-written marker.
        Path tmp = content.resolve("." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, inputId);
            try {
                Files.createLink(marker, tmp);
                return inputId;
            } catch (FileAlreadyExistsException e) {
                return Files.readString(marker).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a stray temp file is harmless
            }
        }
    }

    @Override
    public void transferClaim(String sha256, String fromInputId, String toInputId) {
        Path marker = content.resolve(checkedId(sha256));
        synchronized (lockFor(sha256)) {
            try {
                if (Files.exists(marker) && Files.readString(marker).trim().equals(fromInputId)) {
                    Path tmp = content.resolve("." + UUID.randomUUID() + ".tmp");
                    Files.writeString(tmp, checkedId(toInputId));
                    Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void saveInput(InputRecord record) {
        write(inputs.resolve(checkedId(record.inputId())), record);
    }

    @Override
    public Optional<InputRecord> input(String inputId) {
        return read(inputs.resolve(checkedId(inputId)), InputRecord.class);
    }

    @Override
    public InputRecord updateInput(String inputId, UnaryOperator<InputRecord> change) {
        synchronized (lockFor(inputId)) {
            InputRecord current = input(inputId).orElseThrow(() -> new IllegalStateException("no input " + inputId));
            InputRecord updated = change.apply(current);
            saveInput(updated);
            return updated;
        }
    }

    @Override
    public void saveDocument(DocumentRecord record) {
        write(documents.resolve(checkedId(record.documentId())), record);
    }

    @Override
    public Optional<DocumentRecord> document(String documentId) {
        return read(documents.resolve(checkedId(documentId)), DocumentRecord.class);
    }

    @Override
    public DocumentRecord updateDocument(String documentId, UnaryOperator<DocumentRecord> change) {
        synchronized (lockFor(documentId)) {
            DocumentRecord current = document(documentId)
                    .orElseThrow(() -> new IllegalStateException("no document " + documentId));
            DocumentRecord updated = change.apply(current);
            saveDocument(updated);
            return updated;
        }
    }

    @Override
    public List<InputRecord> inputs() {
        List<InputRecord> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(inputs)) {
            files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .forEach(p -> read(p, InputRecord.class).ifPresent(all::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private Object lockFor(String id) {
        return locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)];
    }

    private void write(Path target, Object record) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(record));
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ledger record " + target.getFileName(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: a stray temp file is skipped by readers
            }
        }
    }

    private <T> Optional<T> read(Path file, Class<T> type) {
        try {
            return Optional.of(json.readValue(Files.readString(file, StandardCharsets.UTF_8), type));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ledger record " + file.getFileName(), e);
        }
    }

    /** Ids are UUIDs and hashes; refuse anything that could name another file. */
    private static String checkedId(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,128}")) {
            throw new IllegalArgumentException("invalid id");
        }
        return id;
    }
}
