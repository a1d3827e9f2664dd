package de.kommune.intake.classify.extract;

/** Base confidences per strategy, ordered by how often each is right on real documents. */
final class Confidence {

    static final double BARCODE = 1.0;
    static final double MRZ_CHECKED = 0.99;
    static final double MRZ_UNCHECKED = 0.7;
    static final double LABEL_SAME_LINE = 0.9;
    static final double LABEL_BELOW = 0.8;
    static final double PATTERN_LABELLED = 0.95;
    static final double PATTERN_ONLY = 0.75;
    static final double RANGE_LABELLED = 0.9;
    static final double RANGE = 0.7;
    static final double PARTY = 0.85;
    static final double SENDER_LINE = 0.8;
    static final double RECIPIENT_BLOCK = 0.7;
    static final double LETTERHEAD = 0.6;
    static final double CLOSING = 0.55;
    static final double PLACE_DATE = 0.75;
    static final double SIGNATURE_DATE = 0.85;
    static final double HEADER_DATE = 0.5;
    static final double ENUM_FROM_LABEL = 0.9;
    static final double ENUM_DEFAULT = 0.4;
    static final double FUZZY_LABEL = 0.85;
    /** A label's value near one of the field's {@code demote} phrases: a last resort. */
    static final double DEMOTED = 0.5;
    static final double PER_GAP_WORD = 0.04;
    static final double PER_RANK = 0.015;
    static final double PER_SOURCE_RANK = 0.02;

    private Confidence() {
    }

    static double rankFactor(int rank) {
        return Math.max(0.85, 1.0 - PER_RANK * rank);
    }
}
