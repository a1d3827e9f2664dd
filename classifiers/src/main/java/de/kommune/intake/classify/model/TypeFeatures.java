package de.kommune.intake.classify.model;

import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.TextView;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statistical model's view of a document: a set of feature strings. Words are folded (lower case,
 * diacritics and ß dropped, so lost umlaut dots do not matter); numbers become their shape ({@code #4} for
 * four digits), since values differ from document to document but their layout does not. Besides words there
 * are word pairs, word prefixes (robust against OCR errors at the end of a word) and the words of the heading
 * area, where documents name their type. Each feature counts once per document, so long documents do not
 * outweigh short ones.
 */
public final class TypeFeatures {

    /** Lines from the top that count as heading area. */
    static final int HEADING_LINES = 12;
    /** Enough words to see a document's type; bounds the work on very long documents. */
    static final int MAX_WORDS = 1500;
    private static final int PREFIX = 5;

    private TypeFeatures() {
    }

    public static String[] of(TextView view) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        int nonBlank = 0;
        for (Line line : view.lines()) {
            if (line.isBlank()) {
                continue;
            }
            boolean heading = nonBlank++ < HEADING_LINES;
            String prev = null;
            for (String w : words(line.text())) {
                if (words.size() >= MAX_WORDS) {
                    break;
                }
                words.add(w);
                out.add(w);
                boolean numeric = w.charAt(0) == '#';
                if (!numeric && w.length() > PREFIX + 1) {
                    out.add("p:" + w.substring(0, PREFIX));
                }
                if (heading && !numeric) {
                    out.add("h:" + w);
                }
                if (prev != null) {
                    out.add(prev + "_" + w);
                }
                prev = w;
            }
        }
        return out.toArray(String[]::new);
    }

    /** Folded words of one line; single letters are dropped (OCR debris), digit runs become shapes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int digits = 0;
        String folded = fold(line);
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isDigit(c)) {
                if (cur.length() > 0) {
                    flushWord(cur, out);
                }
                digits++;
                continue;
            }
            if (digits > 0) {
                out.add("#" + Math.min(digits, 9));
                digits = 0;
            }
            if (Character.isLetter(c)) {
                cur.append(c);
            } else {
                flushWord(cur, out);
            }
        }
        return out;
    }

    private static void flushWord(StringBuilder cur, List<String> out) {
        if (cur.length() > 1) {
            out.add(cur.toString());
        }
        cur.setLength(0);
    }

    static String fold(String s) {
        String lower = s.toLowerCase(Locale.GERMAN).replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
