package de.kommune.intake.classify.validate;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.PhraseMatch;
import de.kommune.intake.classify.text.TextView;

import java.util.regex.Pattern;

/**
 * Sensitivity of a document: the type's (AU_BESCHEINIGUNG is HEALTH), raised to HEALTH when any
 * other document shows an ICD-10-like code next to a health marker ("Diagnose", "ICD-10"). The
 * code itself is only detected, never extracted.
 */
public final class SensitivityRule {

    public static final String NORMAL = "NORMAL";
    public static final String HEALTH = "HEALTH";
    private static final Pattern ICD = Pattern.compile("(?<![\\p{L}\\d])[A-TV-Z]\\d{2}(?:\\.\\d{1,2})?\\s?[GVAZLRB]?(?![\\p{L}\\d])");

    private final Taxonomy taxonomy;

    public SensitivityRule(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public String sensitivity(TypeDefinition type, TextView view) {
        if (!NORMAL.equals(type.sensitivity())) {
            return type.sensitivity();
        }
        for (Phrase marker : taxonomy.letter().healthMarkers()) {
            for (PhraseMatch m : marker.findAll(view)) {
                Line line = view.lineAt(m.start());
                Line next = view.nextNonBlank(line);
                String near = view.text().substring(m.end(), line.end()) + " " + (next == null ? "" : next.text());
                if (ICD.matcher(near).find()) {
                    return HEALTH;
                }
            }
        }
        return NORMAL;
    }
}
