package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.text.Phrase;

/**
 * A label found in the document.
 *
 * @param field  the field it introduces, or null for a stop label (ends values only)
 * @param phrase the configured label
 * @param rank   position in the field's label list (0 = most specific)
 * @param start  original offset
 * @param end    original offset after the label
 * @param fuzzy  matched with edits
 */
public record LabelHit(String field, Phrase phrase, int rank, int start, int end, boolean fuzzy) {

    public boolean isStop() {
        return field == null;
    }

    boolean contains(LabelHit o) {
        return start <= o.start && o.end <= end && (end - start) > (o.end - o.start);
    }
}
