package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;

import java.util.List;

/**
 * Phrases for reading letter structure.
 *
 * @param closings        complimentary closes ("Mit freundlichen Grüßen"); the sender follows
 * @param signatureLabels captions near a signature ("Unterschrift", "Ort, Datum")
 * @param healthMarkers   words near which ICD-like codes mean health data ("Diagnose", "ICD-10")
 */
public record LetterCues(List<Phrase> closings, List<Phrase> signatureLabels, List<Phrase> healthMarkers) {

    public LetterCues {
        closings = List.copyOf(closings);
        signatureLabels = List.copyOf(signatureLabels);
        healthMarkers = List.copyOf(healthMarkers);
    }
}
