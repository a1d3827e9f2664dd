package de.kommune.intake.connector.filesystem;

/** This document's index cannot be written in the configured format; the reason never quotes document content. */
final class UnrenderableIndexException extends Exception {

    UnrenderableIndexException(String reason) {
        super(reason);
    }
}
