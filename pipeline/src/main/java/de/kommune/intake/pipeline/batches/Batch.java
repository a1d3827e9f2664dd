package de.kommune.intake.pipeline.batches;

import java.time.Instant;

/**
 * Inputs that arrived together.
 *
 * @param label          the hot-folder subfolder or the uploader's label; {@code null} when there is none
 * @param createdBy      the API client's name, or {@code hotfolder}
 * @param expectedInputs how many files the batch has, when known up front (a multi-file upload); else {@code null}
 */
public record Batch(String id, String label, String channel, Instant createdAt, String createdBy,
                    Integer expectedInputs) {
}
