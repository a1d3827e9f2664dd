package de.kommune.intake.classify.taxonomy;

import java.util.List;

/** A cross-field check; a violation adds {@code IMPLAUSIBLE_VALUE}. */
public sealed interface PlausibilityRule {

    /** Date {@code earlier} must not lie after date {@code later}. */
    record Order(String earlier, String later) implements PlausibilityRule {
    }

    /** Amount {@code smaller} must not exceed amount {@code larger}. */
    record NotGreater(String smaller, String larger) implements PlausibilityRule {
    }

    /** {@code total} must equal the sum of the present {@code parts} (checked with 2+ parts present). */
    record Sum(String total, List<String> parts) implements PlausibilityRule {
        public Sum {
            parts = List.copyOf(parts);
        }
    }
}
