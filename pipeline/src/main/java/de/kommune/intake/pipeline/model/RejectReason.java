package de.kommune.intake.pipeline.model;

/** Why an input could not be processed at all. The codes appear in {@code rejected/<name>.reason.json}. */
public enum RejectReason {
    EMPTY("The file is empty (0 bytes)."),
    TOO_LARGE("The file is larger than the configured limit."),
    TOO_MANY_PAGES("The document has more pages than the configured limit."),
    TOO_MANY_PIXELS("An image has more pixels than the configured limit."),
    UNSUPPORTED_TYPE("The file type is not supported."),
    CORRUPT("The file is damaged and cannot be read."),
    ENCRYPTED("The file is password-protected."),
    DUPLICATE("The same content (SHA-256) was already received."),
    UNREADABLE("The file could not be read from the input folder."),
    PROCESSING_FAILED("The pipeline failed on this file repeatedly.");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
