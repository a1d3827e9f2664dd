package de.kommune.intake.samples;

import java.util.List;
import java.util.Map;

import de.kommune.intake.samples.layout.PageContent;

/**
 * One synthetic document, laid out but not yet rendered to a channel.
 *
 * @param fields       ground truth in the normalised forms of taxonomy.md
 * @param absentFields key fields deliberately not on the document
 * @param notes        generator notes (variant details, MRZ lines, invalidIban, bgMark...)
 */
public record GeneratedDocument(DocumentType type, String variant, List<PageContent> pages,
                                Map<String, String> fields, List<String> absentFields, Map<String, Object> notes) {

    /** Ground-truth text of page {@code i} (0-based), lines separated by newlines. */
    public String pageText(int i) {
        return pages.get(i).text();
    }

    public String fullText() {
        StringBuilder sb = new StringBuilder();
        pages.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
