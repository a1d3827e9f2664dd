package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.value.LostLetters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Picks one value per active field: the candidate with the highest confidence, then the earliest.
 * Names and addresses get back umlaut dots and ß that OCR lost ({@link LostLetters}).
 */
public final class FieldSelector {

    public Map<String, ExtractedField> select(ExtractionContext ctx) {
        Map<String, ExtractedField> out = new LinkedHashMap<>();
        LostLetters lostLetters = null;
        for (String field : ctx.activeFields()) {
            Optional<Candidate> best = ctx.best(field);
            if (best.isEmpty()) {
                continue;
            }
            Candidate c = best.get();
            String value = c.value();
            if (isNameOrAddress(ctx.field(field))) {
                if (lostLetters == null) {
                    lostLetters = new LostLetters(ctx.view().text());
                }
                value = lostLetters.restore(value);
            }
            out.put(field, new ExtractedField(value, round(c.confidence()), c.page()));
        }
        return out;
    }

    private static boolean isNameOrAddress(FieldDefinition def) {
        return def != null && (def.kind() == FieldKind.PERSON_NAME || def.kind() == FieldKind.PARTY_NAME
                || def.kind() == FieldKind.ADDRESS);
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
