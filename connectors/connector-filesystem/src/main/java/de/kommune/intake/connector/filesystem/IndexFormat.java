package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.FiledDocument;

/** Turns a document's metadata into the bytes of its index file {@code <id>.<extension()>}. */
interface IndexFormat {

    /** File extension of the index file, without the dot. */
    String extension();

    /**
     * The complete index file. Index files are small (metadata only), so they are built in memory and written
     * atomically after the PDF.
     *
     * @param pdfFileName the name the PDF is written under, next to the index file
     * @throws UnrenderableIndexException when this document cannot be expressed in the format (a person must look)
     */
    byte[] render(FiledDocument document, String pdfFileName) throws UnrenderableIndexException;
}
