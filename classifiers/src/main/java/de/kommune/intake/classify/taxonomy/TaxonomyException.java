package de.kommune.intake.classify.taxonomy;

/** A taxonomy configuration error; the message names the offending key path. */
public class TaxonomyException extends RuntimeException {

    private final String path;

    public TaxonomyException(String path, String message) {
        super("taxonomy " + (path.isEmpty() ? "" : path + ": ") + message);
        this.path = path;
    }

    public TaxonomyException(String path, String message, Throwable cause) {
        super("taxonomy " + (path.isEmpty() ? "" : path + ": ") + message, cause);
        this.path = path;
    }

    /** Dotted key path, e.g. {@code types.KONTOAUSZUG.cues.Kontoauszug}. */
    public String path() {
        return path;
    }
}
