package de.kommune.intake.classify.tools;

import java.util.Map;
import java.util.Random;

/**
 * Simulated OCR errors for robustness checks: per letter/digit, with the given rate, a typical
 * glyph confusion (e↔c, l↔1, O↔0, rn→m, lost umlaut dots ...), a random letter, or a deletion.
 */
final class OcrNoise {

    private static final Map<Character, String> CONFUSIONS = Map.ofEntries(
            Map.entry('e', "c"), Map.entry('c', "e"), Map.entry('i', "l"), Map.entry('l', "1"), Map.entry('1', "l"),
            Map.entry('o', "0"), Map.entry('0', "O"), Map.entry('O', "0"), Map.entry('S', "5"), Map.entry('5', "S"),
            Map.entry('B', "8"), Map.entry('8', "B"), Map.entry('m', "rn"), Map.entry('n', "m"), Map.entry('u', "v"),
            Map.entry('a', "o"), Map.entry('t', "f"), Map.entry('h', "b"), Map.entry('r', "n"), Map.entry('ü', "u"),
            Map.entry('ä', "a"), Map.entry('ö', "o"), Map.entry('ß', "B"), Map.entry('g', "q"), Map.entry('I', "l"),
            Map.entry('Z', "2"), Map.entry('G', "6"), Map.entry('6', "G"), Map.entry('3', "8"), Map.entry('7', "1"));
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final double rate;
    private final Random random;

    OcrNoise(double rate, long seed) {
        this.rate = rate;
        this.random = new Random(seed);
    }

    String apply(String text) {
        if (rate <= 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (!Character.isLetterOrDigit(c) || random.nextDouble() >= rate) {
                sb.append(c);
                continue;
            }
            double r = random.nextDouble();
            String conf = CONFUSIONS.get(c);
            if (r < 0.6 && conf != null) {
                sb.append(conf);
            } else if (r < 0.85) {
                sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            // else: deleted
        }
        return sb.toString();
    }
}
