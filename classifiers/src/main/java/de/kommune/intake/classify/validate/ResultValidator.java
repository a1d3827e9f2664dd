package de.kommune.intake.classify.validate;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.classify.ReviewReasons;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.PlausibilityRule;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the analysis into review reasons: low type confidence, invalid IBAN, missing required
 * fields, and implausible values (the taxonomy's cross-field rules plus dates outside any
 * sensible range). The pseudo-field {@code today} in order rules stands for the reference date.
 */
public final class ResultValidator {

    public static final String TODAY = "today";
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final Taxonomy taxonomy;

    public ResultValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<String> reasons(TypeDefinition type, double typeConfidence, double minTypeConfidence,
                                Map<String, ExtractedField> fields, Set<String> issues, LocalDate reference) {
        List<String> out = new ArrayList<>();
        if (typeConfidence < minTypeConfidence) {
            out.add(ReviewReasons.LOW_TYPE_CONFIDENCE);
        }
        if (issues.contains(ReviewReasons.INVALID_IBAN)) {
            out.add(ReviewReasons.INVALID_IBAN);
        }
        if (issues.contains(ReviewReasons.INVALID_DOCUMENT_NUMBER)) {
            out.add(ReviewReasons.INVALID_DOCUMENT_NUMBER);
        }
        for (String f : type.requiredFields()) {
            if (!fields.containsKey(f)) {
                out.add(ReviewReasons.MISSING_REQUIRED_FIELD);
                break;
            }
        }
        if (issues.contains(ReviewReasons.IMPLAUSIBLE_VALUE) || implausible(fields, reference)) {
            out.add(ReviewReasons.IMPLAUSIBLE_VALUE);
        }
        return out;
    }

    /** Confidence factor for the fields of a violated cross-field check: one of them is wrong, which is unknown. */
    public static final double IMPLAUSIBLE_FACTOR = 0.5;

    /**
     * The fields with the confidence of those in a violated cross-field check (and of impossible dates) lowered
     * by {@link #IMPLAUSIBLE_FACTOR}; the others unchanged.
     */
    public Map<String, ExtractedField> lowerImplausible(Map<String, ExtractedField> fields, LocalDate reference) {
        java.util.Set<String> suspect = new java.util.HashSet<>();
        for (Map.Entry<String, ExtractedField> e : fields.entrySet()) {
            if (taxonomy.hasField(e.getKey()) && taxonomy.field(e.getKey()).kind() == FieldKind.DATE) {
                LocalDate d = date(e.getValue().value());
                if (d == null || d.getYear() < 1900 || d.isAfter(reference.plusYears(60))) {
                    suspect.add(e.getKey());
                }
            }
        }
        for (PlausibilityRule rule : taxonomy.plausibility()) {
            if (violated(rule, fields, reference)) {
                suspect.addAll(fieldsOf(rule));
            }
        }
        if (suspect.isEmpty()) {
            return fields;
        }
        Map<String, ExtractedField> out = new java.util.LinkedHashMap<>(fields);
        for (String f : suspect) {
            ExtractedField v = out.get(f);
            if (v != null) {
                out.put(f, new ExtractedField(v.value(), Math.round(v.confidence() * IMPLAUSIBLE_FACTOR * 1000) / 1000.0,
                        v.page()));
            }
        }
        return out;
    }

    private static List<String> fieldsOf(PlausibilityRule rule) {
        if (rule instanceof PlausibilityRule.Order o) {
            return List.of(o.earlier(), o.later());
        }
        if (rule instanceof PlausibilityRule.NotGreater n) {
            return List.of(n.smaller(), n.larger());
        }
        if (rule instanceof PlausibilityRule.Sum s) {
            List<String> all = new ArrayList<>(s.parts());
            all.add(s.total());
            return all;
        }
        return List.of();
    }

    boolean implausible(Map<String, ExtractedField> fields, LocalDate reference) {
        for (Map.Entry<String, ExtractedField> e : fields.entrySet()) {
            if (taxonomy.hasField(e.getKey()) && taxonomy.field(e.getKey()).kind() == FieldKind.DATE) {
                LocalDate d = date(e.getValue().value());
                if (d == null || d.getYear() < 1900 || d.isAfter(reference.plusYears(60))) {
                    return true;
                }
            }
        }
        for (PlausibilityRule rule : taxonomy.plausibility()) {
            if (violated(rule, fields, reference)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violated(PlausibilityRule rule, Map<String, ExtractedField> fields, LocalDate reference) {
        if (rule instanceof PlausibilityRule.Order o) {
            LocalDate a = TODAY.equals(o.earlier()) ? reference : date(value(fields, o.earlier()));
            LocalDate b = TODAY.equals(o.later()) ? reference : date(value(fields, o.later()));
            return a != null && b != null && a.isAfter(b);
        }
        if (rule instanceof PlausibilityRule.NotGreater n) {
            BigDecimal a = amount(value(fields, n.smaller()));
            BigDecimal b = amount(value(fields, n.larger()));
            return a != null && b != null && a.compareTo(b) > 0;
        }
        if (rule instanceof PlausibilityRule.Sum s) {
            BigDecimal total = amount(value(fields, s.total()));
            BigDecimal sum = BigDecimal.ZERO;
            int present = 0;
            for (String p : s.parts()) {
                BigDecimal v = amount(value(fields, p));
                if (v != null) {
                    sum = sum.add(v);
                    present++;
                }
            }
            return total != null && present >= 2 && total.subtract(sum).abs().compareTo(TOLERANCE) > 0;
        }
        return false;
    }

    private static String value(Map<String, ExtractedField> fields, String code) {
        ExtractedField f = fields.get(code);
        return f == null ? null : f.value();
    }

    private static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal amount(String v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
