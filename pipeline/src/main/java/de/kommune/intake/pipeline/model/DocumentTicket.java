package de.kommune.intake.pipeline.model;

import java.util.List;

/**
 * The message for one document cut out of an input (all its pages, or the pages between separator sheets).
 *
 * @param documentId  stable id derived from the content hash and the pages, so a retry yields the same id
 * @param input       the input it came from
 * @param sourcePages 1-based pages of the input that make up this document
 */
public record DocumentTicket(String documentId, InputTicket input, List<Integer> sourcePages) {

    public DocumentTicket {
        sourcePages = List.copyOf(sourcePages);
    }
}
