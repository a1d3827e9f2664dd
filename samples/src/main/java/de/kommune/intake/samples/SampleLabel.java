package de.kommune.intake.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of labels.jsonl: an input file and what it contains. Single-document inputs have exactly one entry in
 * {@code documents} (written flat, as score.py expects); batch inputs list every document plus the separator pages;
 * bad inputs have none and {@code expectedOutcome = ["rejected"]}.
 *
 * @param file     path relative to the inputs/ folder, with "/" separators
 * @param channel  born-digital, scan, office, photo, batch or bad
 * @param notes    how the input was produced (scan mode, dpi, skew, EXIF orientation, separator kind...)
 */
public record SampleLabel(String file, String channel, int pageCount, List<DocumentLabel> documents,
                          List<Integer> separatorPages, List<String> expectedOutcome, Map<String, Object> notes) {

    public boolean isBatch() {
        return separatorPages != null;
    }

    /** The single document of a non-batch input (null for bad inputs). */
    public DocumentLabel document() {
        return documents.isEmpty() ? null : documents.get(0);
    }

    /** The JSON object written to labels.jsonl (keys in a fixed order). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("channel", channel);
        if (isBatch()) {
            m.put("pageCount", pageCount);
            m.put("separatorPages", separatorPages);
            m.put("documents", documents.stream().map(DocumentLabel::toMap).toList());
        } else if (!documents.isEmpty()) {
            DocumentLabel d = documents.get(0);
            m.put("documentType", d.documentType().name());
            m.put("variant", d.variant());
            m.put("fields", d.fields());
            m.put("absentFields", d.absentFields());
            m.put("pages", d.pages());
            m.put("pageCount", pageCount);
            m.put("gtText", d.gtText());
            if (d.invalidIban()) {
                m.put("invalidIban", true);
            }
        }
        if (expectedOutcome != null) {
            m.put("expectedOutcome", expectedOutcome);
        }
        Map<String, Object> allNotes = new LinkedHashMap<>();
        if (!isBatch() && !documents.isEmpty()) {
            allNotes.putAll(documents.get(0).notes());
        }
        allNotes.putAll(notes);
        m.put("notes", allNotes);
        return m;
    }

    public String toJson() {
        return Json.write(toMap());
    }
}
