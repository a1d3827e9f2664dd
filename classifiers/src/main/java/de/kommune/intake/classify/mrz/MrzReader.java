package de.kommune.intake.classify.mrz;

import de.kommune.intake.classify.text.Line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a machine-readable zone among the text lines of a document (consecutive lines of 26-48
 * MRZ characters containing '<') and parses it. Word-box based reading of the bottom band can
 * replace this later; the parser stays the same.
 */
public final class MrzReader {

    /** An MRZ found in the text, with the line it starts on. */
    public record Found(MrzData data, Line firstLine) {
    }

    private final MrzParser parser;

    public MrzReader(LocalDate reference) {
        this.parser = new MrzParser(reference);
    }

    public Optional<Found> find(List<Line> lines) {
        Found best = null;
        int i = 0;
        while (i < lines.size()) {
            if (!isCandidate(lines.get(i).text())) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && isCandidate(lines.get(j).text())) {
                j++;
            }
            List<String> group = new ArrayList<>();
            for (int k = i; k < j; k++) {
                group.add(lines.get(k).text());
            }
            Found f = parseGroup(group, lines.get(i));
            if (f != null && (best == null || score(f.data()) > score(best.data()))) {
                best = f;
            }
            i = j;
        }
        return Optional.ofNullable(best);
    }

    private Found parseGroup(List<String> group, Line first) {
        Found best = null;
        for (int size : new int[] {3, 2}) {
            for (int s = 0; s + size <= group.size(); s++) {
                Optional<MrzData> d = parser.parse(group.subList(s, s + size).toArray(String[]::new));
                if (d.isPresent() && (best == null || score(d.get()) > score(best.data()))) {
                    best = new Found(d.get(), first);
                }
            }
        }
        return best;
    }

    private static int score(MrzData d) {
        return MrzParser.score(d);
    }

    static boolean isCandidate(String line) {
        String c = MrzParser.clean(line);
        String compact = line.replaceAll("\\s+", "");
        if (c.length() < 26 || c.length() > 48 || c.indexOf('<') < 0) {
            return false;
        }
        // mostly MRZ alphabet: allow a few OCR stray characters
        return c.length() >= compact.length() * 0.9;
    }
}
