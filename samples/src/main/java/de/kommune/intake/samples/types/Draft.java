package de.kommune.intake.samples.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;

/** A document before layout: content blocks, style and the ground truth the template printed. */
public final class Draft {

    public final DocumentType type;
    public final DocBuilder body = new DocBuilder();
    public final Map<String, String> fields = new LinkedHashMap<>();
    public final List<String> absentFields = new ArrayList<>();
    public final Map<String, Object> notes = new LinkedHashMap<>();
    public String variant;
    public Style style;

    public Draft(DocumentType type, String variant, Style style) {
        this.type = type;
        this.variant = variant;
        this.style = style;
    }

    /** Records a field value in its normalised form. */
    public Draft field(String key, String normalisedValue) {
        fields.put(key, normalisedValue);
        absentFields.remove(key);
        return this;
    }

    /** Records that a key field is deliberately not on the document. */
    public Draft absent(String key) {
        fields.remove(key);
        if (!absentFields.contains(key)) {
            absentFields.add(key);
        }
        return this;
    }

    public Draft note(String key, Object value) {
        notes.put(key, value);
        return this;
    }
}
