package de.kommune.intake.classify;

import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Settings of the {@link RuleBasedAnalyzer}.
 *
 * @param minTypeConfidence     below this type confidence a document goes to review
 *                              ({@code LOW_TYPE_CONFIDENCE})
 * @param bgNumberPattern       regex for BG numbers in text and barcodes; null = the taxonomy's
 * @param bgNumberFormat        replacement giving the normalised BG number ({@code $1BG$2}); null = the taxonomy's
 * @param customerNumberPattern regex for the Jobcenter Kundennummer; null = the taxonomy's
 * @param referenceDate         "today" for plausibility checks and two-digit years; null = the current date
 */
public record AnalyzerSettings(double minTypeConfidence, String bgNumberPattern, String bgNumberFormat,
                               String customerNumberPattern, LocalDate referenceDate) {

    public static final double DEFAULT_MIN_TYPE_CONFIDENCE = 0.55;

    public AnalyzerSettings {
        if (!(minTypeConfidence >= 0 && minTypeConfidence <= 1)) {
            throw new IllegalArgumentException("minTypeConfidence must be in [0, 1], got " + minTypeConfidence);
        }
        check("bgNumberPattern", bgNumberPattern);
        check("customerNumberPattern", customerNumberPattern);
    }

    public static AnalyzerSettings defaults() {
        return new AnalyzerSettings(DEFAULT_MIN_TYPE_CONFIDENCE, null, null, null, null);
    }

    public AnalyzerSettings withMinTypeConfidence(double value) {
        return new AnalyzerSettings(value, bgNumberPattern, bgNumberFormat, customerNumberPattern, referenceDate);
    }

    public AnalyzerSettings withBgNumberPattern(String pattern, String format) {
        return new AnalyzerSettings(minTypeConfidence, pattern, format, customerNumberPattern, referenceDate);
    }

    public AnalyzerSettings withCustomerNumberPattern(String pattern) {
        return new AnalyzerSettings(minTypeConfidence, bgNumberPattern, bgNumberFormat, pattern, referenceDate);
    }

    public AnalyzerSettings withReferenceDate(LocalDate date) {
        return new AnalyzerSettings(minTypeConfidence, bgNumberPattern, bgNumberFormat, customerNumberPattern, date);
    }

    /** The reference date, or today when none is set. */
    public LocalDate referenceDateOrToday() {
        return referenceDate != null ? referenceDate : LocalDate.now();
    }

    private static void check(String name, String regex) {
        if (regex == null) {
            return;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid regular expression: " + e.getDescription());
        }
    }
}
