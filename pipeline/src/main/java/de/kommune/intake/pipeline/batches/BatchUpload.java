package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.model.InputTicket;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Takes several uploaded files in as one batch, or files an upload under a batch its uploader names. */
public final class BatchUpload {

    static final String CHANNEL = "upload";
    private static final int MAX_LABEL = 200;

    /** One uploaded file; {@code content} is opened once. */
    public record Part(String fileName, StreamSource content) {
    }

    @FunctionalInterface
    public interface StreamSource {
        InputStream open() throws IOException;
    }

    public record Received(Batch batch, List<InputTicket> inputs) {
    }

    private final BatchStore batches;
    private final IntakeService intake;

    public BatchUpload(BatchStore batches, IntakeService intake) {
        this.batches = batches;
        this.intake = intake;
    }

    public Received submit(String label, List<Part> parts, String client) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one file (multipart field 'files')");
        }
        Batch batch = batches.create(cleanLabel(label), CHANNEL, client, parts.size());
        List<InputTicket> tickets = new ArrayList<>();
        try {
            for (Part part : parts) {
                try (InputStream in = part.content().open()) {
                    tickets.add(intake.submit(in, part.fileName(), CHANNEL, UUID.randomUUID().toString(),
                            batch.id()));
                }
            }
        } catch (IOException | RuntimeException e) {
            batches.expectOnly(batch.id(), tickets.size());
            throw e;
        }
        return new Received(batch, tickets);
    }

    /** The batch an uploader names on a single upload: the same label from the same client is the same batch. */
    public String named(String label, String client) {
        String clean = cleanLabel(label);
        if (clean == null) {
            throw new IllegalArgumentException("the batch label is empty");
        }
        return batches.openNamed(CHANNEL + ":" + client + ":" + clean, clean, CHANNEL, client);
    }

    /** Labels are shown in the dashboard: one line, no control characters, bounded. */
    static String cleanLabel(String label) {
        if (label == null) {
            return null;
        }
        String clean = label.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > MAX_LABEL ? clean.substring(0, MAX_LABEL) : clean;
    }
}
