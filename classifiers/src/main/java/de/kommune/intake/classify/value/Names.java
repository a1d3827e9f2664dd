package de.kommune.intake.classify.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans person and party names read next to a label or from a letter: drops salutations and
 * academic titles, turns "Surname, Given" into "Given Surname", and cuts trailing material (birth
 * data, addresses, other columns). Returns empty when the text does not look like a name, so prose
 * after a label ("Der Arbeitgeber ist verpflichtet ...") is not taken for one.
 */
public final class Names {

    private static final Set<String> SALUTATIONS = Set.of("herr", "herrn", "frau", "fr.", "hr.", "familie", "fam.",
            "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(?:prof\\.|professor|dr\\.(?:-ing\\.)?|dr|med\\.|dent\\.|vet\\.|rer\\.|nat\\.|pol\\.|phil\\.|jur\\.|oec\\.|"
                    + "dipl\\.-?[\\p{L}.]*|mag\\.|m\\.\\s?sc\\.?|b\\.\\s?sc\\.?|m\\.\\s?a\\.|b\\.\\s?a\\.|ll\\.\\s?m\\.|h\\.\\s?c\\.)");
    private static final Set<String> PARTICLES = Set.of("von", "van", "vom", "de", "der", "den", "du", "da", "di",
            "zu", "zur", "al", "el", "bin", "ibn", "le", "la", "ter", "ten", "y", "del", "dos");
    private static final Set<String> CONNECTORS = Set.of("und", "u.", "&", "+", "-", "–", "am", "an", "der", "die",
            "das", "des", "dem", "den", "für", "im", "in", "zu", "zum", "zur", "von", "vom", "bei", "auf", "mbh", "eg",
            "e.g.", "e.v.", "e.k.", "e.kfm.", "e.kfr.", "ggmbh", "gmbh", "kg", "ag", "ohg", "gbr", "co.", "co", "kgaa",
            "se", "ug", "a.", "d.", "i.", "o.", "dr.", "med.");
    /** Legal forms as companies print them: no person's name carries one. */
    private static final Set<String> PERSON_NEVER = Set.of("GmbH", "gGmbH", "mbH", "AG", "KG", "KGaA", "OHG", "GbR",
            "eG", "e.V.", "e.K.", "UG", "SE");
    /** Words that are labels, not names: a value that starts with one is a header row. */
    private static final Set<String> NOT_NAMES = Set.of("name", "vorname", "vornamen", "familienname", "nachname",
            "anschrift", "adresse", "geburtsdatum", "datum", "unterschrift", "straße", "strasse", "bankverbindung",
            "kontoinhaber", "iban", "bic", "telefon", "tel.", "fax", "e-mail", "seite", "betrag", "position",
            "kundennummer", "postfach", "ort", "plz", "wohnort", "geb.", "geboren", "status", "zeitraum",
            "hiermit", "sehr", "mit", "betreff", "ihr", "ihre", "unser", "unsere", "bitte", "nein", "ja");
    private static final Pattern LEADING_SPECK = Pattern.compile("^(\\p{Ll})\\s+(?=\\p{Lu})");
    /** A closing Roman numeral II or III with an l or 1 for one of its I's. */
    private static final Pattern ROMAN_MISREAD = Pattern.compile("(?=.*[l1])[Il1]{2,3}");
    /** Nouns that name an institution: a word that is one, or a compound ending in one, is nobody's name. */
    private static final Set<String> INSTITUTIONS = Set.of("schule", "gymnasium", "jobcenter", "stadt", "landkreis",
            "gemeinde", "amt", "klinik", "klinikum", "praxis", "kasse", "bank", "verwaltung", "werke",
            "zentrum", "gesellschaft", "kindergarten", "kita", "universität", "hochschule", "akademie", "behörde",
            "verband", "versicherung", "genossenschaft", "agentur", "stiftung", "kanzlei", "apotheke", "krankenhaus");
    /** Surnames end in these ("Eisenstadt"): only the word itself names an institution. */
    private static final Set<String> NOT_IN_COMPOUNDS = Set.of("stadt");
    /** A compound keeps this many letters before the institution noun ("Grund|schule", "Finanz|amt"). */
    private static final int COMPOUND_PREFIX = 4;
    /** The start of the one parenthesis that belongs to a name: the legal form "UG (haftungsbeschränkt)". */
    private static final String LEGAL_FORM_PARENTHESIS = "(haftungsbeschr";
    private static final Pattern CUT = Pattern.compile(
            "\\s{3,}|\\t| · | • | \\| |[:;]|\\((?!" + LEGAL_FORM_PARENTHESIS.substring(1) + ")|,?\\s+(?:geb\\.|geboren|geb\\b|wohnhaft|whft\\.|vertreten|"
                    + "Tel\\.|Telefon|Bankverbindung|IBAN|BIC)\\b");

    private Names() {
    }

    /** A person's name as "Given Surname", or empty. */
    public static Optional<String> person(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = cut(raw);
        Matcher speck = LEADING_SPECK.matcher(s);
        if (speck.find() && !PARTICLES.contains(speck.group(1))) {
            s = s.substring(speck.end()); // "Vorname j Jana": a speck OCR read as a lower-case letter
        }
        int digit = firstDigit(s);
        if (digit >= 0) {
            s = s.substring(0, digit);
        }
        s = s.replaceAll("[,\\s]+$", "").trim();
        String given = null;
        int comma = s.indexOf(',');
        if (comma >= 0) {
            String left = s.substring(0, comma).trim();
            String right = s.substring(comma + 1).trim();
            int c2 = right.indexOf(',');
            if (c2 >= 0) {
                right = right.substring(0, c2).trim();
            }
            s = left;
            given = right.isEmpty() ? null : right;
        }
        List<String> surname = nameTokens(stripLeading(s));
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        if (given != null) {
            List<String> g = nameTokens(stripLeading(given));
            if (!g.isEmpty() && g.size() + surname.size() <= 6) {
                all.addAll(g);
            }
        }
        all.addAll(surname);
        if (all.size() > 6 || all.stream().allMatch(t -> PARTICLES.contains(t.toLowerCase(Locale.GERMAN)))
                || all.stream().anyMatch(t -> PERSON_NEVER.contains(t) || isInstitutionWord(t))) {
            // "Falkenberg Gebäudeservice AG", "Astrid-Lindgren-Grundschule": an organisation, whatever block it stands in
            return Optional.empty();
        }
        if (all.size() == 1 && all.get(0).matches("\\p{Lu}{1,3}")) {
            return Optional.empty(); // "WBA" in a form's footer: an abbreviation, not a surname
        }
        return Optional.of(String.join(" ", all));
    }

    /** A company by its legal form ("Falkenberg Gebäudeservice AG", "Wohnbau GmbH & Co. KG"): never a person. */
    public static boolean isCompany(String name) {
        for (String t : name.trim().split("[\\s,]+")) {
            if (PERSON_NEVER.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True for a parenthesis that is part of a company's name: "Koch UG (haftungsbeschränkt)". */
    public static boolean partOfName(String parenthetical) {
        return parenthetical.toLowerCase(Locale.GERMAN).startsWith(LEGAL_FORM_PARENTHESIS);
    }

    /** A person or an organisation ("Becker Callcenter GmbH", "Landkreis X - Unterhaltsvorschusskasse"). */
    public static Optional<String> party(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = cut(raw);
        Optional<Addresses.AddressMatch> addr = Addresses.find(s);
        if (addr.isPresent()) {
            s = s.substring(0, addr.get().start());
        }
        s = s.replaceAll("^(?i)(?:der|die|dem)\\s+(?=Firma\\b)", "");
        s = s.replaceAll("^(?:Firma|Fa\\.)\\s+", "");
        s = s.replaceAll("[,\\s\\-–]+$", "").trim();
        if (looksLikeSurnameCommaGiven(s)) {
            return person(s);
        }
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).trim();
        }
        if (SALUTATIONS.contains(s.toLowerCase(Locale.GERMAN))) {
            return Optional.empty();
        }
        s = stripSalutation(s);
        String[] tokens = s.split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            String lower = t.toLowerCase(Locale.GERMAN);
            boolean ok;
            if (kept.isEmpty()) {
                // "Kontoauszug Nr. 3/2025" under "Kontoinhaber": a label word starts no party's name
                ok = (Character.isUpperCase(t.charAt(0)) || (Character.isDigit(t.charAt(0)) && !t.matches("\\d+[.)]?")))
                        && !NOT_NAMES.contains(lower.replaceAll("[:.,]$", "")) && !LabelWords.isLabelWord(t);
            } else {
                ok = Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                        || CONNECTORS.contains(lower) || PARTICLES.contains(lower)
                        || (lower.endsWith(".") && lower.length() <= 6) || t.equals("&")
                        || (partOfName(t) && kept.get(kept.size() - 1).equalsIgnoreCase("UG"));
            }
            if (!ok || (!kept.isEmpty() && LabelWords.isLabelWord(t))) {
                break;
            }
            kept.add(t);
        }
        while (!kept.isEmpty() && CONNECTORS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.GERMAN))
                && !isLegalForm(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        if (kept.isEmpty() || kept.size() > 10) {
            return Optional.empty();
        }
        String last = kept.get(kept.size() - 1);
        if (kept.size() > 1 && ROMAN_MISREAD.matcher(last).matches()) {
            // "Berufsbildende Schulen Schwerin Il": a numbered school or office whose II OCR read with an l or 1
            kept.set(kept.size() - 1, "I".repeat(last.length()));
        }
        String result = String.join(" ", kept);
        long letters = result.chars().filter(Character::isLetter).count();
        long digits = result.chars().filter(Character::isDigit).count();
        // "Rn" under a signature caption is a scribble read as letters: no party's name is that short
        if (letters < 3 || digits * 2 > letters || GermanDates.findAll(result).size() > 0) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private static boolean isLegalForm(String t) {
        return Set.of("gmbh", "mbh", "eg", "e.v.", "e.k.", "ag", "kg", "ohg", "gbr", "ggmbh", "se", "ug", "kgaa")
                .contains(t.toLowerCase(Locale.GERMAN));
    }

    private static boolean looksLikeSurnameCommaGiven(String s) {
        Matcher m = Pattern.compile("^(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+)?), "
                + "(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+)?)$").matcher(s);
        if (!m.matches()) {
            return false;
        }
        for (String t : s.split("[\\s,]+")) {
            if (isLegalForm(t) || isInstitutionWord(t)) {
                return false;
            }
        }
        return true;
    }

    /** "Schule", "Grundschule", "Astrid-Lindgren-Grundschule", "Finanzamt": a word that names an institution. */
    static boolean isInstitutionWord(String token) {
        String t = token.toLowerCase(Locale.GERMAN).replaceAll("[.,;:]+$", "");
        for (String noun : INSTITUTIONS) {
            if (t.equals(noun) || (t.endsWith(noun) && t.length() - noun.length() >= COMPOUND_PREFIX
                    && !NOT_IN_COMPOUNDS.contains(noun))) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String raw) {
        // "Name : _ Groß-Voß": the underline of a form field comes out as a leading "_"
        String s = raw.replace('\u00a0', ' ').replaceAll("^[\\s:.,;\\-–/|)\\]_]+", "");
        Matcher m = CUT.matcher(s);
        if (m.find()) {
            s = s.substring(0, m.start());
        }
        return s.replaceAll("^[\\s:.,;\\-–/|_]+", "").trim();
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripSalutation(String s) {
        String[] t = s.split("\\s+");
        int i = 0;
        while (i < t.length - 1 && SALUTATIONS.contains(t[i].toLowerCase(Locale.GERMAN))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(t, i, t.length));
    }

    private static String stripLeading(String s) {
        String[] t = s.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String tok : t) {
            String lower = tok.toLowerCase(Locale.GERMAN);
            if (out.isEmpty() && (SALUTATIONS.contains(lower) || TITLE.matcher(tok).matches())) {
                continue;
            }
            if (TITLE.matcher(tok).matches()) {
                continue; // titles between given name and surname are dropped too
            }
            out.add(tok);
        }
        return String.join(" ", out);
    }

    private static List<String> nameTokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.trim().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            String lower = t.toLowerCase(Locale.GERMAN);
            boolean token = t.matches("\\p{Lu}[\\p{L}'’\\-]*\\.?") && !t.matches("\\p{Lu}\\p{L}+\\.");
            boolean particle = !out.isEmpty() && PARTICLES.contains(lower);
            if (out.isEmpty() && (NOT_NAMES.contains(lower.replaceAll("[:.,]$", "")) || LabelWords.isLabelWord(t))) {
                return List.of();
            }
            if ((!token && !particle) || (!out.isEmpty() && LabelWords.isLabelWord(t))) {
                break;
            }
            out.add(t);
        }
        while (!out.isEmpty() && PARTICLES.contains(out.get(out.size() - 1).toLowerCase(Locale.GERMAN))) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
