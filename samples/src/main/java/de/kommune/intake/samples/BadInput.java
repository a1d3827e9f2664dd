package de.kommune.intake.samples;

/** Kinds of broken input the pipeline must reject (never lose). */
public enum BadInput {
    /** A zero-byte file named .pdf. */
    EMPTY("leer.pdf"),
    /** A valid PDF cut off in the middle, followed by garbage. */
    TRUNCATED("abgebrochen_upload.pdf"),
    /** A PDF that needs a user password to open. */
    ENCRYPTED("passwortgeschuetzt.pdf"),
    /** Random bytes named .pdf. */
    RANDOM_BYTES("datenmuell.pdf"),
    /** A ZIP archive named .pdf. */
    ZIP_AS_PDF("scan_archiv.pdf");

    private final String fileName;

    BadInput(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public static BadInput of(String id) {
        return valueOf(id.trim().toUpperCase().replace('-', '_'));
    }
}
