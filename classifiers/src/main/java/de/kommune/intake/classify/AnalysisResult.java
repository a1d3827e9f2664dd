package de.kommune.intake.classify;

import java.util.List;
import java.util.Map;

/**
 * What the analyzer concluded about one document.
 *
 * @param documentType   taxonomy type code; {@code SONSTIGES} when nothing fits
 * @param typeConfidence in [0, 1]
 * @param fields         extracted fields by field code; a field not found is absent
 * @param reviewReasons  machine codes, e.g. {@code LOW_TYPE_CONFIDENCE}, {@code INVALID_IBAN},
 *                       {@code MISSING_REQUIRED_FIELD}, {@code IMPLAUSIBLE_VALUE}; empty when none
 * @param sensitivity    {@code NORMAL} or {@code HEALTH}
 */
public record AnalysisResult(String documentType, double typeConfidence, Map<String, ExtractedField> fields,
                             List<String> reviewReasons, String sensitivity) {

    public AnalysisResult {
        fields = Map.copyOf(fields);
        reviewReasons = List.copyOf(reviewReasons);
    }
}
