package de.kommune.intake.classify;

/** Machine codes for {@link AnalysisResult#reviewReasons()}; the review UI explains them. */
public final class ReviewReasons {

    /** The type confidence is below {@link AnalyzerSettings#minTypeConfidence()}. */
    public static final String LOW_TYPE_CONFIDENCE = "LOW_TYPE_CONFIDENCE";
    /** An IBAN-shaped string fails the mod-97 check; it is not output as {@code iban}. */
    public static final String INVALID_IBAN = "INVALID_IBAN";
    /**
     * An identity document's number passes its check digit in no reading (zone, face print, both merged); the
     * best guess is output, but one misread place makes it another person's number.
     */
    public static final String INVALID_DOCUMENT_NUMBER = "INVALID_DOCUMENT_NUMBER";
    /** A required key field of the type was not found. */
    public static final String MISSING_REQUIRED_FIELD = "MISSING_REQUIRED_FIELD";
    /** Values contradict each other or are impossible (period end before start, 31.02., ...). */
    public static final String IMPLAUSIBLE_VALUE = "IMPLAUSIBLE_VALUE";

    private ReviewReasons() {
    }
}
