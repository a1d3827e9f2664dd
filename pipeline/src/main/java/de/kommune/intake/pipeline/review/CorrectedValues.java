package de.kommune.intake.pipeline.review;

import de.kommune.intake.classify.check.BgNumber;
import de.kommune.intake.classify.check.Iban;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks and normalises what a reviewer typed, per the taxonomy's field kind, to the formats the index record
 * uses (IBAN without spaces, {@code 12345BG1234567}, ISO dates, amounts with a point). Wrong values are refused
 * with the field named, never silently filed.
 */
public final class CorrectedValues {

    private final Taxonomy taxonomy;

    public CorrectedValues(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** @return normalised values without blanks, in the given order */
    public Map<String, String> normalise(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((code, raw) -> {
            if (raw != null && !raw.isBlank()) {
                out.put(code, normalise(code, raw.strip()));
            }
        });
        return out;
    }

    private String normalise(String code, String value) {
        FieldKind kind = taxonomy.hasField(code) ? taxonomy.field(code).kind() : FieldKind.TEXT;
        return switch (kind) {
            case IBAN -> {
                String iban = Iban.normalize(value);
                if (!Iban.isValid(iban)) {
                    throw invalid(code, "not a valid IBAN (check digits)");
                }
                yield iban;
            }
            case BG_NUMBER -> BgNumber.normalize(value).filter(BgNumber::isValid)
                    .orElseThrow(() -> invalid(code, "expected a BG number like 07402BG0094744"));
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw invalid(code, "expected a date as YYYY-MM-DD");
                }
            }
            case AMOUNT -> {
                if (!value.matches("-?\\d+(\\.\\d{1,2})?")) {
                    throw invalid(code, "expected an amount like 1234.56");
                }
                yield value;
            }
            default -> value;
        };
    }

    private static ReviewDecisionException invalid(String code, String what) {
        return new ReviewDecisionException(ReviewDecisionException.Kind.INVALID, "field " + code + ": " + what);
    }
}
