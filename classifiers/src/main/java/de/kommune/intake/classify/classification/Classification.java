package de.kommune.intake.classify.classification;

import java.util.Map;

/**
 * The outcome of classifying one document.
 *
 * @param documentType chosen type code
 * @param confidence   in [0, 1]
 * @param scores       raw score per type that had any evidence (for diagnostics and model stacking)
 */
public record Classification(String documentType, double confidence, Map<String, Double> scores) {

    public Classification {
        scores = Map.copyOf(scores);
    }
}
