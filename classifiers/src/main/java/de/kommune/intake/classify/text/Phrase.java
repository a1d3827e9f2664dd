package de.kommune.intake.classify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured phrase (cue or label), compiled for tolerant search in folded text.
 * <p>
 * Syntax: words separated by spaces, matched on word boundaries after {@link Folding}.
 * {@code kündig*} matches words starting with "kündig", {@code *bescheid} words ending with
 * "bescheid", and {@code …} (or {@code ...}) a gap of up to {@value #MAX_GAP_WORDS} words within
 * one sentence ("überweisen … bis zum"). Plain phrases of 8+ folded characters also match with a
 * few edits (OCR noise), see {@link #maxErrors()}.
 */
public final class Phrase {

    static final int MAX_GAP_WORDS = 16;
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{3,}[.!?](?:\\s|$)");

    private final String source;
    private final String folded;
    private final Pattern regex;
    private final int maxErrors;

    private Phrase(String source) {
        this.source = source;
        String s = source.trim();
        boolean special = s.contains("*") || s.contains("…") || s.contains("...");
        if (special) {
            this.regex = compileRegex(s);
            this.folded = Folding.fold(s.replace("*", "").replace("…", " ").replace("...", " "));
            this.maxErrors = 0;
        } else {
            this.regex = null;
            this.folded = Folding.fold(s).trim();
            int len = folded.length();
            this.maxErrors = len >= 30 ? 3 : len >= 20 ? 2 : len >= 8 ? 1 : 0;
        }
        if (folded.isBlank()) {
            throw new IllegalArgumentException("phrase has no letters or digits: '" + source + "'");
        }
    }

    public static Phrase of(String source) {
        return new Phrase(source);
    }

    private static Pattern compileRegex(String s) {
        StringBuilder re = new StringBuilder("(?<![^ ])");
        boolean first = true;
        boolean pendingGap = false;
        for (String tok : s.replace("…", " … ").replace("...", " … ").trim().split("\\s+")) {
            if (tok.equals("…")) {
                pendingGap = true;
                continue;
            }
            boolean prefix = tok.endsWith("*");
            boolean suffix = tok.startsWith("*");
            String core = Folding.fold(tok.replace("*", "")).trim();
            if (core.isEmpty()) {
                continue;
            }
            for (String part : core.split(" ")) {
                if (!first) {
                    re.append(pendingGap ? "(?: \\S+){0," + MAX_GAP_WORDS + "}? " : " ");
                }
                pendingGap = false;
                first = false;
                re.append(suffix ? "\\S*" : "").append(Pattern.quote(part)).append(prefix ? "\\S*" : "");
                suffix = false; // wildcards apply to the outer ends of a token only
            }
        }
        re.append("(?![^ ])");
        return Pattern.compile(re.toString());
    }

    public String source() {
        return source;
    }

    /** Folded form (for plain phrases the exact search key). */
    public String folded() {
        return folded;
    }

    /** Edits tolerated for plain phrases: 1 from 8 folded characters, 2 from 20, 3 from 30. */
    public int maxErrors() {
        return maxErrors;
    }

    /** True when this phrase occurs in {@code foldedText} (already folded), exactly. */
    public boolean occursIn(String foldedText) {
        String t = " " + foldedText + " ";
        if (regex != null) {
            return regex.matcher(t).find();
        }
        return t.contains(" " + folded + " ");
    }

    /** All occurrences in the view's text. */
    public List<PhraseMatch> findAll(TextView view) {
        return findAll(view.folded(), view.text());
    }

    public List<PhraseMatch> findAll(FoldedText ft, String original) {
        List<PhraseMatch> out = new ArrayList<>();
        String t = ft.text();
        if (regex != null) {
            Matcher m = regex.matcher(t);
            while (m.find()) {
                int s = ft.originalStart(m.start());
                int e = ft.originalEnd(m.end());
                if (!SENTENCE_END.matcher(original.substring(s, e)).find()) {
                    out.add(new PhraseMatch(this, s, e, false));
                }
            }
            return out;
        }
        List<int[]> exact = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = t.indexOf(folded, from);
            if (i < 0) {
                break;
            }
            int e = i + folded.length();
            if ((i == 0 || t.charAt(i - 1) == ' ') && (e == t.length() || t.charAt(e) == ' ')) {
                exact.add(new int[] {i, e});
                out.add(new PhraseMatch(this, ft.originalStart(i), ft.originalEnd(e), false));
            }
            from = i + 1;
        }
        if (maxErrors > 0 && folded.length() <= 63) {
            for (int[] f : ApproximateSearch.find(folded, t, maxErrors)) {
                if (!wordsAgree(t.substring(f[0], f[1]))) {
                    continue;
                }
                boolean overlapsExact = false;
                for (int[] x : exact) {
                    if (f[0] < x[1] && x[0] < f[1]) {
                        overlapsExact = true;
                        break;
                    }
                }
                if (!overlapsExact) {
                    out.add(new PhraseMatch(this, ft.originalStart(f[0]), ft.originalEnd(f[1]), true));
                }
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
    }

    /**
     * A fuzzy match must be OCR noise inside the words, not a different word: "EUR Kontostand vom"
     * is 2 edits from "neuer Kontostand vom" but not the same label. Same word count: each word
     * within 1 edit (2 for words of 8+ letters); one word more or less (a lost or extra blank):
     * equal up to one edit without blanks.
     */
    private boolean wordsAgree(String matched) {
        String[] a = folded.split(" ");
        String[] b = matched.trim().split(" ");
        if (a.length == b.length) {
            for (int i = 0; i < a.length; i++) {
                if (EditDistance.levenshtein(a[i], b[i]) > (a[i].length() >= 8 ? 2 : 1)) {
                    return false;
                }
            }
            return true;
        }
        return Math.abs(a.length - b.length) == 1
                && EditDistance.levenshtein(folded.replace(" ", ""), matched.replace(" ", "")) <= 1;
    }

    @Override
    public String toString() {
        return source;
    }
}
