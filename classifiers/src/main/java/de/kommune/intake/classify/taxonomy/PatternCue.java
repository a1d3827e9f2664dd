package de.kommune.intake.classify.taxonomy;

import java.util.regex.Pattern;

/** A weighted regular expression on the original text (e.g. an MRZ line shape). */
public record PatternCue(Pattern pattern, double weight) {
}
