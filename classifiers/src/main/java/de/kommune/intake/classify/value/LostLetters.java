package de.kommune.intake.classify.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives names and addresses back the letters OCR most often loses: umlaut dots ("Bohm" for "Böhm")
 * and ß read as a capital B ("Thießen" as "ThieBen", "Rosenstraße" as "RosenstraBe").
 * <p>
 * A word is first looked up among the document's other words: when the same name is printed
 * elsewhere with its umlauts or ß ("Familienname Bohm" beside "Herr Thomas Böhm"), that spelling
 * is taken, since OCR drops dots far more often than it invents them. A B that is left between a
 * lower-case vowel and a lower-case letter that may follow ß, or ends the word ("VoB"), is then
 * taken for ß: no German word puts a capital B there. A doubled i inside a word ("GriinStrom",
 * "Kiihn") is OCR's reading of ü: German names have no "ii".
 * <p>
 * Build one per document text; it is not shared.
 */
public final class LostLetters {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** B after a lower-case vowel, followed by the end of the word or a letter ß is followed by. */
    private static final Pattern ESZETT_AS_B = Pattern.compile(
            "(?<=\\p{Lu}\\p{Ll}{0,20}[aeiouäöüy])B(?=[^\\p{L}]|$|[bcdefghjklmnpstwz])");
    private static final Pattern U_AS_II = Pattern.compile("(?<=\\p{L})ii(?=\\p{Ll})");

    /**
     * Frequent German names with an umlaut whose dotless spelling is no name of its own in Germany ("Jurgen",
     * "Muller"): a word spelled so in a name or address is OCR's reading of the name. Names that also exist
     * without dots ("Gunther", "Kuhn") and words ("Schutz") are left out.
     */
    private static final List<String> NAMES_WITH_UMLAUTS = List.of(
            // given names
            "Jürgen", "Jörg", "Björn", "Sören", "Bärbel", "Käthe", "Jörn",
            // surnames among the most frequent in Germany ("Kuhn", "Forster", "Bruckner" are names of their own)
            "Müller", "Schröder", "Schäfer", "Krüger", "Jäger", "Möller", "Köster", "Jürgens", "Böttcher");
    /** Words spelled one way: the legal form "UG (haftungsbeschränkt)", the names above. */
    private static final Map<String, String> FIXED_SPELLINGS = fixedSpellings();

    private static Map<String, String> fixedSpellings() {
        Map<String, String> m = new HashMap<>();
        m.put("haftungsbeschrankt", "haftungsbeschränkt"); // the legal form "UG (haftungsbeschränkt)"
        for (String name : NAMES_WITH_UMLAUTS) {
            m.put(degrade(name), name);
        }
        return Map.copyOf(m);
    }

    /** Nouns of trades and institutions with an umlaut that start company names ({@link #withCommonStem}). */
    private static final List<String> COMMON_STEMS = List.of("Gebäude", "Bäckerei", "Getränke", "Möbel", "Wärme",
            "Gärtnerei", "Sanitär", "Schlüssel", "Hörgeräte", "Wäscherei", "Gemeinnützig", "Bürgeramt", "Bürgerbüro",
            "Ärzte");
    /** Each stem as OCR degrades it, beside the stem. */
    private static final List<String[]> DEGRADED_STEMS = COMMON_STEMS.stream()
            .map(stem -> new String[] {degrade(stem), stem}).toList();
    /** Degraded form → the spelling with dots or ß, or "" when two spellings compete. */
    private final Map<String, String> spellings = new HashMap<>();

    public LostLetters(String documentText) {
        Matcher m = WORD.matcher(documentText);
        while (m.find()) {
            String word = m.group();
            String degraded = degrade(word);
            if (!degraded.equals(word) && word.length() >= 3) {
                spellings.merge(degraded, word, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    /** {@code word} with a capital B where OCR's reading puts it for ß ("StraBe", "GroBe"), nothing else. */
    public static String sharpS(String word) {
        return ESZETT_AS_B.matcher(word).replaceAll("ß");
    }

    /** {@code value} with every word the document spells with dots or ß elsewhere so spelled, then B → ß, ii → ü. */
    public String restore(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        Matcher m = WORD.matcher(value);
        int last = 0;
        while (m.find()) {
            out.append(value, last, m.start());
            String word = m.group();
            String spelled = spellings.get(word);
            if (spelled == null || spelled.isEmpty()) {
                spelled = withCommonStem(FIXED_SPELLINGS.getOrDefault(word, word));
            }
            out.append(spelled);
            last = m.end();
        }
        out.append(value, last, value.length());
        return U_AS_II.matcher(ESZETT_AS_B.matcher(out).replaceAll("ß")).replaceAll("ü");
    }

    /**
     * "Gebaudeservice" → "Gebäudeservice": a word that starts with a trade's noun that has an umlaut, as company
     * names are built ("Gebäudereinigung", "Bäckerei", "Getränkemarkt"), OCR's dots lost. Only nouns no surname or
     * other word starts with the same letters.
     */
    static String withCommonStem(String word) {
        for (String[] pair : DEGRADED_STEMS) {
            String degraded = pair[0];
            String stem = pair[1];
            if (word.length() >= degraded.length() && word.regionMatches(true, 0, degraded, 0, degraded.length())
                    && !word.regionMatches(0, stem, 0, stem.length())) {
                String head = Character.isUpperCase(word.charAt(0)) ? stem
                        : Character.toLowerCase(stem.charAt(0)) + stem.substring(1);
                return head + word.substring(degraded.length());
            }
        }
        return word;
    }

    /** The word as OCR commonly misreads it: umlauts without dots, ß as B. */
    static String degrade(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(switch (c) {
                case 'ä' -> 'a';
                case 'ö' -> 'o';
                case 'ü' -> 'u';
                case 'Ä' -> 'A';
                case 'Ö' -> 'O';
                case 'Ü' -> 'U';
                case 'ß' -> 'B';
                default -> c;
            });
        }
        return sb.toString();
    }
}
