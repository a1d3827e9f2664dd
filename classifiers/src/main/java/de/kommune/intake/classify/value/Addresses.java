package de.kommune.intake.classify.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German postal addresses {@code Straße Nr[,] PLZ Ort}, also in prose ({@code Ostwall 116 in 55138 Mainz}),
 * normalised to {@code Straße Nr, PLZ Ort}.
 * The street is cut back to what a street name looks like ("des Hauses Industriestraße 54" gives
 * "Industriestraße 54"): a word with a street suffix, a preceding adjective for stand-alone
 * suffixes ("Königsberger Straße") and prepositions ("Am Markt", "An der Alster").
 */
public final class Addresses {

    /** An address found in text. */
    public record AddressMatch(int start, int end, String street, String number, String postcode, String city) {

        public String normalized() {
            return street + " " + number + ", " + postcode + " " + city;
        }
    }

    private static final String WORD = "\\p{Lu}[\\p{L}ß'’.\\-]*";
    /** Rivers and regions that follow a town's name ("Frankfurt am Main", "Freiburg im Breisgau"). */
    private static final String RIVER_OR_REGION = "(?:Main|Rhein|Neckar|Oder|Donau|Ruhr|Saale|Havel|Elbe|Weser|Lahn"
            + "|Mosel|Inn|Isar|Lech|Spree|Fulda|Werra|Ilm|Ems|Wupper|Sieg|Nahe|Breisgau|Oberpfalz|Weinstraße|Tauber"
            + "|Höhe|Harz|Taunus|Schwarzwald|Ostsee|Pfalz|Lausitz)(?![\\p{L}])";
    /** The words that join a town's name to its river or region ("Frankfurt am Main", "Rothenburg ob der Tauber"). */
    private static final String TOWN_JOINER = "(?:am|an der|im|in der|ob der|a\\.[ \\t]?d\\.|a\\.[ \\t]?M\\.|bei|vor der)";
    private static final String ARTICLE = "(?:der|den|dem|die|des|d\\.)";
    private static final Pattern ADDRESS = Pattern.compile(
            "((?:(?:" + WORD + "|" + ARTICLE + ")[ \\t]+){0,3}" + WORD + ")[ \\t]+"
                    + "(\\d{1,4}(?:[ \\t]?[a-zA-Z](?![\\p{L}]))?(?:[ \\t]?[-/][ \\t]?\\d{1,4}(?:[ \\t]?[a-zA-Z](?![\\p{L}]))?)?)"
                    + "\\s*(?:[,·•|–]\\s*|-\\s+|in\\s+)?(?<!\\d)(\\d{5})(?!\\d)(?:[ \\t]+|[ \\t]*\\n[ \\t]*)"
                    + "(\\p{Lu}[\\p{L}\\-.]*(?:[ \\t]\\([\\p{L} .]+\\))?"
                    // "Freiburg im Breisgau", also when the line breaks after "im"
                    + "(?:[ \\t]" + TOWN_JOINER + "(?:[ \\t]|[ \\t]*\\n[ \\t]*)"
                    + "\\p{Lu}[\\p{L}\\-.]*"
                    // "Offenbach" / "am Main": broken before the joiner, only before a river or region, since a
                    // line after a town may start a sentence ("am Montag", "bei Fragen")
                    + "|[ \\t]*\\n[ \\t]*" + TOWN_JOINER + "[ \\t]+" + RIVER_OR_REGION + ")?)");
    private static final String[] SUFFIXES = {"straße", "strasse", "str.", "str", "weg", "allee", "platz", "ring",
        "gasse", "damm", "ufer", "chaussee", "steig", "pfad", "markt", "berg", "hof", "park", "stieg", "wall",
        "graben", "kamp", "feld", "garten", "höhe", "brücke", "tor", "promenade", "zeile", "anger", "aue", "kai",
        "deich", "bogen", "grund", "winkel", "heide", "tal", "blick", "hain", "siedlung", "acker", "busch", "wiese",
        "kreuz", "stiege", "gang", "leite", "reihe", "hang", "redder", "twiete", "wende", "hütte", "mühle"};
    private static final Set<String> PREPOSITIONS = Set.of("am", "an", "auf", "im", "in", "zum", "zur", "unter",
        "vor", "hinter", "bei", "über", "alte", "alter", "altes", "neue", "neuer", "neues", "große", "kleine",
        "ober", "nieder", "st.", "sankt", "der", "den", "dem", "die", "des", "d.");

    private Addresses() {
    }

    public static List<AddressMatch> findAll(CharSequence s) {
        List<AddressMatch> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(s);
        while (m.find()) {
            String[] tokens = m.group(1).trim().split("[ \\t]+");
            int first = streetStart(tokens);
            if (first < 0) {
                continue;
            }
            int offset = m.start(1);
            for (int i = 0; i < first; i++) {
                offset = indexOfToken(s, offset, tokens[i]) + tokens[i].length();
            }
            offset = indexOfToken(s, offset, tokens[first]);
            String street = String.join(" ", java.util.Arrays.copyOfRange(tokens, first, tokens.length));
            String number = m.group(2).replaceAll("\\s+", " ");
            String city = m.group(4).replaceAll("\\s+", " ");
            out.add(new AddressMatch(offset, m.end(), street, number, m.group(3), city));
        }
        return out;
    }

    public static Optional<AddressMatch> find(CharSequence s) {
        List<AddressMatch> all = findAll(s);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** True when {@code s} starts with a street and house number ("Parkstraße 19", "Am Markt 5"). */
    public static boolean startsWithStreet(String s) {
        Matcher m = STREET_LINE.matcher(LEADING_SPECKS.matcher(s.trim()).replaceFirst(""));
        if (!m.lookingAt()) {
            return false;
        }
        String[] tokens = m.group(1).trim().split("\\s+");
        return streetStart(tokens) == 0;
    }

    /** A quote or dot OCR read before a line's first word ("‘Zum Bräuhaus 102"). */
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[‘’'`\"„“.,:;_|~*]+\\s*");

    private static final Pattern STREET_LINE = Pattern.compile(
            "((?:(?:" + WORD + "|" + ARTICLE + ")[ \\t]+){0,3}" + WORD + ")[ \\t]+\\d{1,4}(?:[ \\t]?[a-zA-Z])?(?![\\d\\p{L}])");

    /** True when {@code s} starts with a postcode and a town ("34117 Kassel"). */
    public static boolean startsWithPostcode(String s) {
        return s.trim().matches("(?s)\\d{5}[ \\t]+\\p{Lu}.*");
    }

    /** Index of the first token that belongs to the street, or -1 when none looks like one. */
    private static boolean hasArticle(String[] tokens, int from) {
        for (int i = from; i < tokens.length; i++) {
            if (tokens[i].matches(ARTICLE)) {
                return true;
            }
        }
        return false;
    }

    private static int streetStart(String[] read) {
        // "GroBe StraBe 37": the words as OCR misreads ß, read as spelled
        String[] tokens = java.util.Arrays.stream(read).map(LostLetters::sharpS).toArray(String[]::new);
        int n = tokens.length;
        int suffixAt = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (hasStreetSuffix(tokens[i])) {
                suffixAt = i;
                break;
            }
        }
        int start;
        if (suffixAt >= 0) {
            start = suffixAt;
            if (isStandaloneSuffix(tokens[suffixAt]) && start > 0) {
                start--; // "Königsberger Straße", "Am Markt"
            }
            if (suffixAt < n - 1 && !isStandaloneSuffix(tokens[n - 1])) {
                // words after the suffix word ("Platz der Einheit"); without an article they are no part
                // of it ("Chantal Jäger Buchungszeitraum 18.03.": a name that ends like a street)
                start = hasArticle(tokens, suffixAt + 1) ? Math.min(start, suffixAt) : n - 1;
            }
        } else {
            start = n - 1;
        }
        while (start > 0 && PREPOSITIONS.contains(tokens[start - 1].toLowerCase(Locale.GERMAN))) {
            start--;
        }
        if (PREPOSITIONS.contains(tokens[start].toLowerCase(Locale.GERMAN)) && start == n - 1) {
            return -1;
        }
        return start;
    }

    private static boolean hasStreetSuffix(String token) {
        String t = token.toLowerCase(Locale.GERMAN);
        for (String s : SUFFIXES) {
            if (t.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStandaloneSuffix(String token) {
        String t = token.toLowerCase(Locale.GERMAN);
        for (String s : SUFFIXES) {
            if (t.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfToken(CharSequence s, int from, String token) {
        int i = s.toString().indexOf(token, from);
        return i < 0 ? from : i;
    }
}
