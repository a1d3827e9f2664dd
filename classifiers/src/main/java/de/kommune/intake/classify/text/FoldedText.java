package de.kommune.intake.classify.text;

import java.util.Arrays;

/**
 * Folded text with a map back to the original, so that a phrase found in folded form can be
 * located in the original text (values are always read from the original).
 *
 * @param text   folded text: words of [a-z0-9...] separated by single spaces
 * @param origin for each folded character, the index of the original character it came from
 */
public record FoldedText(String text, int[] origin) {

    /** Folds {@code original}; a line-end hyphenation ("Betriebskosten-\nabrechnung") is joined. */
    public static FoldedText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() * 2 + 1];
        boolean lastSpace = true;
        int n = original.length();
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c == '-' && i + 2 < n && original.charAt(i + 1) == '\n'
                    && Character.isLowerCase(original.charAt(i + 2)) && i > 0
                    && Character.isLetter(original.charAt(i - 1))) {
                i++; // drop "-\n"
                continue;
            }
            String f = Folding.fold(c);
            for (int k = 0; k < f.length(); k++) {
                char fc = f.charAt(k);
                if (fc == ' ') {
                    if (!lastSpace) {
                        map[sb.length()] = i;
                        sb.append(' ');
                        lastSpace = true;
                    }
                } else if (fc == 'i' && k == 0 && !lastSpace && sb.charAt(sb.length() - 1) == 'i'
                        && (sb.length() < 2 || sb.charAt(sb.length() - 2) != 'i')) {
                    // "Beziige fiir": OCR's ü is two i's. After 1/l/i fold to i, ll folds to u too, on both
                    // sides of every comparison alike
                    sb.setCharAt(sb.length() - 1, 'u');
                } else {
                    map[sb.length()] = i;
                    sb.append(fc);
                    lastSpace = false;
                }
            }
        }
        return new FoldedText(sb.toString(), Arrays.copyOf(map, sb.length()));
    }

    /** Original index of the folded character at {@code foldedIndex}. */
    public int originalStart(int foldedIndex) {
        return origin[Math.min(foldedIndex, origin.length - 1)];
    }

    /** Original end (exclusive) for a folded end (exclusive). */
    public int originalEnd(int foldedEnd) {
        return foldedEnd <= 0 ? 0 : origin[foldedEnd - 1] + 1;
    }
}
