package de.kommune.intake.classify.text;

/**
 * Where a phrase occurs, in original-text offsets.
 *
 * @param phrase the phrase that matched
 * @param start  original offset of the first matched character
 * @param end    original offset after the last matched character
 * @param fuzzy  true when matched with OCR-tolerant edit distance rather than exactly
 */
public record PhraseMatch(Phrase phrase, int start, int end, boolean fuzzy) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(PhraseMatch o) {
        return start < o.end && o.start < end;
    }
}
