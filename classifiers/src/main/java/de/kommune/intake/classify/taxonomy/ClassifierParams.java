package de.kommune.intake.classify.taxonomy;

/**
 * Parameters of the cue classifier.
 *
 * @param fallbackType  type chosen when no type is convincing ({@code SONSTIGES})
 * @param baseline      score the fallback type gets in the softmax
 * @param minScore      a type needs at least this cue score to be chosen over the fallback
 * @param temperature   softmax temperature; larger = less confident
 * @param headingBoost  cue weight factor when the cue stands in a short line near the top
 * @param headingLines  how many lines from the top count as heading area
 */
public record ClassifierParams(String fallbackType, double baseline, double minScore, double temperature,
                               double headingBoost, int headingLines) {
}
