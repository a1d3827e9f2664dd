package de.kommune.intake.classify.model;

import java.util.Locale;

/** How the document type is decided. */
public enum ClassifierMode {
    /** Taxonomy cue rules only (no model needed). */
    CUES,
    /** The trained model only. */
    MODEL,
    /** Cue rules and model mixed (see {@link CombinedClassifier}). */
    COMBINED;

    public static ClassifierMode parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("classifier mode must be cues, model or combined, got '" + s + "'");
        }
    }
}
