package de.kommune.intake.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ground truth of one document inside an input (for batch inputs: one entry of {@code documents}). */
public record DocumentLabel(List<Integer> pages, DocumentType documentType, String variant, Map<String, String> fields,
                            List<String> absentFields, List<String> gtText, Map<String, Object> notes) {

    public boolean invalidIban() {
        return Boolean.TRUE.equals(notes.get("invalidIban"));
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("documentType", documentType.name());
        m.put("variant", variant);
        m.put("fields", fields);
        m.put("absentFields", absentFields);
        m.put("gtText", gtText);
        if (invalidIban()) {
            m.put("invalidIban", true);
        }
        if (!notes.isEmpty()) {
            m.put("notes", notes);
        }
        return m;
    }
}
