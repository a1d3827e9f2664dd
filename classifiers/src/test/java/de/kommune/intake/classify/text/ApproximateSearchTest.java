package de.kommune.intake.classify.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ApproximateSearchTest {

    private static final String ALPHABET = "aeinrstudhlmcgoAEINRSTU 0123456789äöüß.";

    @Test
    void findsAPhraseWithUpToKEditsAtItsWordStart() {
        List<int[]> hits = ApproximateSearch.find("kontostand vom", "alter kontostamd vom 01.02.", 2);

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).containsExactly(6, 20);
        assertThat(ApproximateSearch.find("kontostand vom", "alter saldo am 01.02.", 2)).isEmpty();
    }

    @Test
    void theFilterNeverDropsAMatchTheScanFinds() {
        Random random = new Random(42);
        int withMatches = 0;
        int filteredOut = 0;
        for (int round = 0; round < 20_000; round++) {
            String pattern = random(random, 3 + random.nextInt(25));
            int k = random.nextInt(4);
            StringBuilder text = new StringBuilder(random(random, random.nextInt(60)));
            if (random.nextBoolean()) {
                text.append(' ').append(mutated(random, pattern, random.nextInt(k + 2))).append(' ');
            }
            text.append(random(random, random.nextInt(60)));

            List<int[]> scanned = ApproximateSearch.scan(pattern, text.toString(), k);
            List<int[]> found = ApproximateSearch.find(pattern, text.toString(), k);

            assertThat(found).as("%s in '%s', k=%d", pattern, text, k)
                    .usingElementComparator((a, b) -> java.util.Arrays.equals(a, b) ? 0 : 1)
                    .containsExactlyElementsOf(scanned);
            withMatches += scanned.isEmpty() ? 0 : 1;
            filteredOut += ApproximateSearch.anyPieceOccurs(pattern, text.toString(), k) ? 0 : 1;
        }
        assertThat(withMatches).as("cases with a match").isGreaterThan(2_000);
        assertThat(filteredOut).as("cases the filter settles alone").isGreaterThan(2_000);
    }

    private static String random(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The string with {@code edits} random substitutions, insertions and deletions. */
    private static String mutated(Random random, String s, int edits) {
        StringBuilder b = new StringBuilder(s);
        for (int e = 0; e < edits && b.length() > 1; e++) {
            int at = random.nextInt(b.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.setCharAt(at, c);
                case 1 -> b.insert(at, c);
                default -> b.deleteCharAt(at);
            }
        }
        return b.toString();
    }
}
