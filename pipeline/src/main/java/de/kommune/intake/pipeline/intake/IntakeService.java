package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one entry point of every channel (batch, upload, hot folder): stores the original, records it in the
 * ledger and queues it. From here on nothing can be lost: the original is in the store and the ticket in a
 * persistent queue.
 */
public final class IntakeService {

    private final ContentStore store;
    private final Ledger ledger;
    private final TicketPublisher publisher;

    public IntakeService(ContentStore store, Ledger ledger, TicketPublisher publisher) {
        this.store = store;
        this.ledger = ledger;
        this.publisher = publisher;
    }

    /** Takes in a stream under a fresh id (uploads, hot folder). */
    public InputTicket submit(InputStream content, String fileName, String channel) throws IOException {
        return submit(content, fileName, channel, UUID.randomUUID().toString());
    }

    /**
     * Takes in a stream under the given id. Submitting the same id again (a restarted batch) does nothing but
     * return the ticket, unless the earlier attempt never reached the queue.
     */
    public InputTicket submit(InputStream content, String fileName, String channel, String inputId) throws IOException {
        return submit(content, fileName, channel, inputId, null);
    }

    /** As {@link #submit(InputStream, String, String, String)}, as part of a batch ({@code null}: none). */
    public InputTicket submit(InputStream content, String fileName, String channel, String inputId, String batchId)
            throws IOException {
        Optional<InputRecord> existing = ledger.input(inputId);
        if (existing.isPresent() && existing.get().status() != Outcome.RECEIVED) {
            InputTicket ticket = ticketOf(existing.get());
            if (!existing.get().status().terminal()) {
                // Restarted while in flight: nudge it again. Stages skip finished work, so a second copy of a
                // message that still sits in the queue costs time but never a duplicate document.
                publisher.resume(ticket);
            }
            return ticket;
        }
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(content, sha)) {
            store.put(StoreKeys.original(inputId), in);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        long size = store.size(StoreKeys.original(inputId));
        Instant now = Instant.now();
        InputRecord record = existing.orElseGet(() -> new InputRecord(inputId, fileName, channel, hash, size, now,
                Outcome.RECEIVED, null, null, null, 0,
                List.of(new HistoryEntry(now, Outcome.RECEIVED, "intake", channel)), batchId));
        ledger.saveInput(record);
        InputTicket ticket = ticketOf(record);
        publisher.publish(ticket);
        return ticket;
    }

    public InputTicket submit(Path file, String fileName, String channel, String inputId) throws IOException {
        return submit(file, fileName, channel, inputId, null);
    }

    public InputTicket submit(Path file, String fileName, String channel, String inputId, String batchId)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return submit(in, fileName, channel, inputId, batchId);
        }
    }

    /** A stable id for a batch file: the same file in the same place gets the same id after a restart. */
    public static String batchInputId(String relativeName, Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String key = "batch:" + relativeName + ":" + HexFormat.of().formatHex(sha.digest());
        return UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static InputTicket ticketOf(InputRecord r) {
        return new InputTicket(r.inputId(), r.fileName(), r.channel(), r.sha256(), r.size(), r.receivedAt(), null);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
