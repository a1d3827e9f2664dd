package de.kommune.intake.pipeline.model;

import java.time.Instant;

/**
 * The message for one received input file. Carries references only: the bytes sit in the content store.
 *
 * @param inputId    id of the input (stable for a batch file across restarts)
 * @param fileName   name relative to the intake root, {@code /}-separated
 * @param channel    {@code batch}, {@code upload}, {@code hotfolder}
 * @param sha256     hex digest of the content
 * @param size       bytes
 * @param receivedAt when it arrived
 * @param mediaType  detected by content; {@code null} until the intake stage ran
 */
public record InputTicket(String inputId, String fileName, String channel, String sha256, long size,
                          Instant receivedAt, String mediaType) {

    public InputTicket withMediaType(String type) {
        return new InputTicket(inputId, fileName, channel, sha256, size, receivedAt, type);
    }
}
