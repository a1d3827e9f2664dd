package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.ExtractedField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Picks one value per active field: the candidate with the highest confidence, then the earliest. */
public final class FieldSelector {

    public Map<String, ExtractedField> select(ExtractionContext ctx) {
        Map<String, ExtractedField> out = new LinkedHashMap<>();
        for (String field : ctx.activeFields()) {
            Optional<Candidate> best = ctx.best(field);
            best.ifPresent(c -> out.put(field, new ExtractedField(c.value(), round(c.confidence()), c.page())));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
