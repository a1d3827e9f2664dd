package de.kommune.intake.classify.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate substring search (Myers' bit-parallel algorithm, pattern up to 63 characters):
 * finds word-aligned places where a folded phrase occurs with at most k edits. Linear in the text,
 * so every long cue and label can be tried on every document.
 */
final class ApproximateSearch {

    private ApproximateSearch() {
    }

    /** Folded-text spans {start, end(exclusive)} of matches with at most {@code k} edits. */
    static List<int[]> find(String pattern, String text, int k) {
        if (!anyPieceOccurs(pattern, text, k)) {
            return new ArrayList<>();
        }
        return scan(pattern, text, k);
    }

    /**
     * The pigeonhole filter: cut into k + 1 pieces, a pattern matched with at most k edits has one piece that no
     * edit touched, so that piece occurs in the text as it is. Most cues are absent from most documents, and
     * {@link String#indexOf} rules them out several times faster than the scan would.
     */
    static boolean anyPieceOccurs(String pattern, String text, int k) {
        int m = pattern.length();
        int pieces = k + 1;
        if (k < 0 || m < pieces) {
            return true; // pieces would be empty: no filter
        }
        for (int i = 0; i < pieces; i++) {
            if (text.indexOf(pattern.substring(i * m / pieces, (i + 1) * m / pieces)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The bit-parallel scan itself, without the filter. */
    static List<int[]> scan(String pattern, String text, int k) {
        int m = pattern.length();
        List<int[]> out = new ArrayList<>();
        if (m == 0 || m > 63 || text.length() < m - k) {
            return out;
        }
        // match masks per character: a plain table for Latin-1 (folded German text is nearly all of it), a map
        // for the rest; the lookup runs once per text character for every cue, so it must not box
        long[] latin1 = new long[256];
        Map<Character, Long> others = new HashMap<>();
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(i);
            if (c < 256) {
                latin1[c] |= 1L << i;
            } else {
                others.merge(c, 1L << i, (a, b) -> a | b);
            }
        }
        long mask = (1L << m) - 1;
        long high = 1L << (m - 1);
        long pv = mask;
        long mv = 0;
        int score = m;
        int n = text.length();
        int bestEnd = -1;
        int bestScore = Integer.MAX_VALUE;
        int lastHit = -2;
        for (int j = 0; j < n; j++) {
            char c = text.charAt(j);
            long eq = c < 256 ? latin1[c] : others.isEmpty() ? 0L : others.getOrDefault(c, 0L);
            long xv = eq | mv;
            long xh = ((((eq & pv) + pv) & mask) ^ pv) | eq;
            long ph = mv | (~(xh | pv) & mask);
            long mh = pv & xh;
            if ((ph & high) != 0) {
                score++;
            } else if ((mh & high) != 0) {
                score--;
            }
            ph = (ph << 1) & mask;
            mh = (mh << 1) & mask;
            pv = mh | (~(xv | ph) & mask);
            mv = ph & xv;
            if (score <= k) {
                if (j != lastHit + 1 && bestEnd >= 0) {
                    emit(out, text, bestEnd, m, k);
                    bestEnd = -1;
                    bestScore = Integer.MAX_VALUE;
                }
                boolean boundary = j + 1 == n || text.charAt(j + 1) == ' ';
                if (boundary && score < bestScore) {
                    bestScore = score;
                    bestEnd = j;
                }
                lastHit = j;
            }
        }
        if (bestEnd >= 0) {
            emit(out, text, bestEnd, m, k);
        }
        return out;
    }

    private static void emit(List<int[]> out, String text, int endInclusive, int m, int k) {
        int start = Math.max(0, endInclusive + 1 - m);
        while (start < endInclusive && text.charAt(start) == ' ') {
            start++; // the phrase matched with a deleted character: do not start on a blank
        }
        if (start > 0 && text.charAt(start - 1) != ' ') {
            // snap to the nearest word start within k characters
            int left = start;
            while (left > 0 && text.charAt(left - 1) != ' ' && start - left < k) {
                left--;
            }
            if (left == 0 || text.charAt(left - 1) == ' ') {
                start = left;
            } else {
                int right = start;
                while (right <= endInclusive && text.charAt(right - 1) != ' ' && right - start < k) {
                    right++;
                }
                if (text.charAt(right - 1) != ' ') {
                    return; // inside a longer word: not a match of this phrase
                }
                start = right;
            }
        }
        out.add(new int[] {start, endInclusive + 1});
    }

}
