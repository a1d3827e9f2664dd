package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;

/** A weighted phrase that speaks for (positive weight) or against (negative) a document type. */
public record Cue(Phrase phrase, double weight) {
}
