package de.kommune.intake.connector.xdomea;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The UUIDs of one message, derived from the document's idempotency key so that a redelivery produces the same
 * message (same {@code ProzessID}, same zip name) and overwrites it instead of adding a second one.
 *
 * @param processId  {@code ProzessID} of the message head, also the zip's name
 * @param documentId {@code Identifikation/ID} of the Dokument and prefix of the primary document's file name
 */
record MessageIds(UUID processId, UUID documentId) {

    static MessageIds of(String idempotencyKey) {
        // Name-based (RFC 4122 version 3) UUIDs: deterministic, and the purposes never collide.
        return new MessageIds(nameBased("process", idempotencyKey), nameBased("document", idempotencyKey));
    }

    private static UUID nameBased(String purpose, String key) {
        return UUID.nameUUIDFromBytes(("intake:xdomea:0605:" + purpose + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
