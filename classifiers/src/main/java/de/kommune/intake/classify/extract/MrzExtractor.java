package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.ReviewReasons;
import de.kommune.intake.classify.check.IcaoCheckDigit;
import de.kommune.intake.classify.mrz.IcaoCodes;
import de.kommune.intake.classify.mrz.MrzData;
import de.kommune.intake.classify.mrz.MrzParser;
import de.kommune.intake.classify.mrz.MrzReader;
import de.kommune.intake.classify.text.EditDistance;
import de.kommune.intake.classify.text.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ID document fields from the machine-readable zone ({@code mrz:surname}, {@code mrz:givenNames},
 * {@code mrz:dateOfBirth}, {@code mrz:documentNumber}, {@code mrz:expiryDate},
 * {@code mrz:nationality}). Check-digit-verified values get near-certain confidence. The MRZ
 * spells umlauts as AE/OE/UE; when the visual zone prints the same name with umlauts, that
 * spelling is used.
 */
final class MrzExtractor implements FieldExtractor {

    /** A printed document number: letters and digits, at least one digit (words are no numbers). */
    private static final java.util.regex.Pattern NUMBER_LIKE =
            java.util.regex.Pattern.compile("(?=.*\\d)[A-Z0-9]{9}");
    /** A zone name the face print also has, every part of it. */
    private static final double PRINTED_NAME = 0.9;
    /** Places where zone and print may disagree for a merged number: with more, a check digit passes by chance. */
    private static final int MAX_MERGED_DIFFERENCES = 3;

    @Override
    public void extract(ExtractionContext ctx) {
        Map<String, String> fields = ctx.fieldsUsingPrefix("mrz:");
        if (fields.isEmpty()) {
            return;
        }
        Optional<MrzReader.Found> found = new MrzReader(ctx.reference()).find(ctx.view().lines());
        if (found.isEmpty()) {
            return;
        }
        MrzData d = found.get().data();
        int offset = found.get().firstLine().start();
        double repairFactor = d.repairs() > 0 ? 0.95 : 1.0;
        double namesConf = (d.compositeValid() || (d.documentNumberValid() && d.birthValid())) ? 0.95 : 0.7;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String value;
            double conf;
            switch (e.getValue()) {
                case "surname", "givenNames" -> {
                    Spelling name = visualSpelling(ctx, e.getValue().equals("surname") ? d.surname() : d.givenNames(),
                            !d.allValid() || d.repairs() > 0);
                    value = name.value();
                    // the zone and the face print, two readings, give the same name: as good as checked
                    conf = name.printed() ? Math.max(namesConf, PRINTED_NAME) : namesConf;
                }
                case "dateOfBirth" -> {
                    value = d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
                    conf = d.birthValid() ? Confidence.MRZ_CHECKED : Confidence.MRZ_UNCHECKED;
                }
                case "expiryDate" -> {
                    value = d.expiryDate() == null ? null : d.expiryDate().toString();
                    conf = d.expiryValid() ? Confidence.MRZ_CHECKED : Confidence.MRZ_UNCHECKED;
                }
                case "documentNumber" -> {
                    if (d.documentNumber() != null && d.documentNumber().trim().contains(" ")) {
                        // a filler inside the number ("S<S1NHL7T"): no number has one, the zone is garbled, and a
                        // check digit that passed did so by chance
                        ctx.issue(ReviewReasons.INVALID_DOCUMENT_NUMBER);
                        continue;
                    }
                    String printed = nearestPrinted(ctx, d);
                    if (d.documentNumberValid()) {
                        // a zone that passed only once shifted or repaired, beside a face print that differs and
                        // passes the same check digit: the check cannot tell the two apart, the larger print can
                        boolean guessed = d.realigned() || d.repairs() > 0;
                        boolean faceToo = guessed && printed != null && !printed.equals(d.documentNumber())
                                && passesCheck(d, printed)
                                && EditDistance.levenshtein(printed, d.documentNumber()) <= 2;
                        value = faceToo ? printed : d.documentNumber();
                        conf = faceToo ? Confidence.MRZ_UNCHECKED : Confidence.MRZ_CHECKED;
                    } else {
                        String merged = printed == null ? null : mergedNumber(d, printed);
                        value = merged != null ? merged : printed != null ? printed : d.documentNumber();
                        conf = merged != null ? Confidence.MRZ_UNCHECKED : Confidence.MRZ_UNCHECKED * 0.7;
                        if (merged == null && (printed == null || !passesCheck(d, printed))) {
                            ctx.issue(ReviewReasons.INVALID_DOCUMENT_NUMBER);
                        }
                    }
                }
                case "nationality" -> {
                    value = d.nationality();
                    // a real code the face also prints ("F UKR" under Sex / Nationality) is as good as checked
                    conf = d.compositeValid() || (IcaoCodes.isKnown(value) && printedAsCode(ctx, value)) ? 0.95 : 0.8;
                    if (!IcaoCodes.isKnown(value)) {
                        // misaligned zone ("4GD"): a German document prints the nationality in words
                        value = printedWords(ctx).contains("DEUTSCH") ? "D" : value;
                        conf = 0.5;
                    }
                }
                case "issuingState" -> {
                    value = d.issuingState();
                    conf = 0.9;
                }
                default -> {
                    value = null;
                    conf = 0;
                }
            }
            if (value != null && !value.isBlank()) {
                ctx.offer(e.getKey(), value, conf * repairFactor, offset, "mrz:" + e.getValue(), "mrz");
            }
        }
    }

    /**
     * "MUELLER" → "MÜLLER" when the visual zone prints it so; "HOFFMANN<ROESSLER" → "HOFFMANN-RÖSSLER".
     * A print without the dots ("GUNTHER" above "GUENTHER") says the same: the zone's UE was Ü. With
     * {@code misread} (a check digit of the zone failed, or passed only after repairs: OCR struggled with it), a
     * printed word one edit away stands in for a name part too ("SCHNETDER" read in the zone, "SCHNEIDER" printed
     * above it).
     */
    private static Spelling visualSpelling(ExtractionContext ctx, String mrzName, boolean misread) {
        if (mrzName == null || mrzName.isBlank()) {
            return new Spelling(mrzName, false);
        }
        List<String> printed = printedWords(ctx);
        for (String word : printed) {
            if (word.indexOf('-') > 0 && transliterate(word).replace('-', ' ').equals(mrzName)) {
                return new Spelling(word, true); // a double name, printed with its hyphen
            }
        }
        boolean allPrinted = true;
        StringBuilder out = new StringBuilder();
        for (String part : mrzName.split(" ")) {
            String withUmlauts = null;
            String exact = null;
            String dotsLost = null;
            String near = null;
            for (String word : printed) {
                for (String piece : word.split("-")) {
                    if (piece.equals(part)) {
                        exact = piece;
                    } else if (transliterate(piece).equals(part)) {
                        withUmlauts = piece;
                    } else if (dotsLost == null && piece.length() >= 3) {
                        dotsLost = umlautsWithLostDots(part, piece);
                    }
                    if (misread && near == null && part.length() >= 4 && !piece.equals(part)
                            && piece.chars().allMatch(Character::isLetter)
                            && EditDistance.levenshtein(transliterate(piece), part) == 1) {
                        near = piece;
                    }
                }
            }
            String chosen = withUmlauts != null ? withUmlauts : exact != null ? exact
                    : dotsLost != null ? dotsLost : near != null ? near : part;
            allPrinted &= withUmlauts != null || exact != null || dotsLost != null;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(chosen);
        }
        return new Spelling(out.toString(), allPrinted);
    }

    /** A name as the zone gives it, spelled as printed; {@code printed} when the print has every part of it. */
    private record Spelling(String value, boolean printed) {
    }

    private static boolean printedAsCode(ExtractionContext ctx, String code) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![A-Z])" + code + "(?![A-Z])");
        for (String l : printedLines(ctx)) {
            if (p.matcher(l.toUpperCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The lines outside the zone itself: only the visual zone's print can correct the zone's reading. */
    private static List<String> printedLines(ExtractionContext ctx) {
        List<String> out = new ArrayList<>();
        for (Line l : ctx.view().lines()) {
            if (!l.text().contains("<<")) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** The printed words outside the zone, upper case. */
    private static List<String> printedWords(ExtractionContext ctx) {
        List<String> printed = new ArrayList<>();
        for (String l : printedLines(ctx)) {
            for (String w : l.split("[\\s,/<]+")) {
                printed.add(w.toUpperCase(Locale.GERMAN));
            }
        }
        return printed;
    }

    /**
     * "GÜNTHER" when the zone says "GUENTHER" and the print "GUNTHER": each AE/OE/UE of the zone either
     * stands as it is in the print or as the bare vowel (OCR lost the dots), which makes it Ä/Ö/Ü. Null
     * when the print is not the zone's name so spelled, or has no umlaut to restore.
     */
    static String umlautsWithLostDots(String zone, String print) {
        String restored = restore(zone, 0, print, 0, new StringBuilder());
        return restored == null || restored.equals(zone) ? null : restored;
    }

    private static String restore(String zone, int z, String print, int p, StringBuilder out) {
        if (z == zone.length()) {
            return p == print.length() ? out.toString() : null;
        }
        if (p == print.length()) {
            return null;
        }
        int mark = out.length();
        char c = zone.charAt(z);
        if (z + 1 < zone.length() && zone.charAt(z + 1) == 'E' && "AOU".indexOf(c) >= 0 && print.charAt(p) == c
                && (p + 1 == print.length() || print.charAt(p + 1) != 'E')) {
            out.append("ÄÖÜ".charAt("AOU".indexOf(c)));
            String r = restore(zone, z + 2, print, p + 1, out);
            if (r != null) {
                return r;
            }
            out.setLength(mark);
        }
        if (print.charAt(p) != c) {
            return null;
        }
        out.append(c);
        String r = restore(zone, z + 1, print, p + 1, out);
        if (r == null) {
            out.setLength(mark);
        }
        return r;
    }

    /**
     * The document number as printed on the card's face: the 9-character code of a printed line nearest the zone's
     * reading (at most 4 edits away; OCR may split it with a blank, "M8VL8F1 8X"). On a German document the
     * letters no German number has are read as the digits they resemble ("Y53X9KZRO" is "Y53X9KZR0"). The face
     * print is larger than the zone's and often reads better. With nothing that near, a German document's one
     * printed German number. Null when nothing fits, or on a tie.
     */
    private static String nearestPrinted(ExtractionContext ctx, MrzData d) {
        String zone = d.documentNumber();
        if (zone == null || zone.length() < 7 || zone.length() > 10) {
            return null;
        }
        boolean german = german(d);
        java.util.Set<String> germanNumbers = new java.util.HashSet<>();
        String best = null;
        int bestDistance = 5;
        boolean tie = false;
        for (String l : printedLines(ctx)) {
            String[] tokens = l.toUpperCase(Locale.ROOT).trim().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                String joined = "";
                for (int j = i; j < Math.min(tokens.length, i + 2); j++) {
                    joined += tokens[j];
                    if (joined.length() != 9 || !(NUMBER_LIKE.matcher(joined).matches() || (german
                            && joined.chars().allMatch(Character::isLetterOrDigit)
                            && MrzParser.isGermanNumber(MrzParser.asGermanNumber(joined))))) {
                        continue; // a German number may be letters only ("XTZJVWVFF"), which no German word is
                    }
                    String candidate = german ? MrzParser.asGermanNumber(joined) : joined;
                    if (german && MrzParser.isGermanNumber(candidate)) {
                        germanNumbers.add(candidate);
                    }
                    int distance = EditDistance.levenshtein(candidate, zone);
                    if (distance < bestDistance) {
                        best = candidate;
                        bestDistance = distance;
                        tie = false;
                    } else if (distance == bestDistance && !candidate.equals(best)) {
                        tie = true;
                    }
                }
            }
        }
        if (best == null && germanNumbers.size() == 1) {
            // the zone garbled beyond four edits ("MNA4Y9YSM"): the one German number the face prints
            return germanNumbers.iterator().next();
        }
        return tie ? null : best;
    }

    private static boolean passesCheck(MrzData d, String number) {
        return IcaoCheckDigit.verify(number, d.documentNumberCheck())
                && (!german(d) || MrzParser.isGermanNumber(number));
    }

    /** Issued by Germany, or held by a German when OCR shifted the issuing state ("IDDH<<..."). */
    private static boolean german(MrzData d) {
        return "D".equals(d.issuingState()) || "D".equals(d.nationality());
    }

    /**
     * The number two readings give together, for a zone whose number failed its check digit: where the zone
     * and the face print disagree (at most {@value #MAX_MERGED_DIFFERENCES} places, "LPICZN12W" in the zone,
     * "LP7CZN1OW" on the face), each place takes one of the two readings, and exactly one combination must
     * pass the zone's check digit (and the German alphabet on a German document): "LP7CZN12W". Null otherwise.
     */
    static String mergedNumber(MrzData d, String printed) {
        String zone = d.documentNumber();
        if (zone == null || printed.length() != zone.length()) {
            return null;
        }
        List<Integer> differ = new ArrayList<>();
        for (int i = 0; i < zone.length(); i++) {
            if (zone.charAt(i) != printed.charAt(i)) {
                differ.add(i);
            }
        }
        if (differ.isEmpty() || differ.size() > MAX_MERGED_DIFFERENCES) {
            return null;
        }
        String found = null;
        for (int mask = 1; mask < 1 << differ.size(); mask++) {
            char[] c = zone.toCharArray();
            for (int k = 0; k < differ.size(); k++) {
                if ((mask & 1 << k) != 0) {
                    c[differ.get(k)] = printed.charAt(differ.get(k));
                }
            }
            String candidate = new String(c);
            if (passesCheck(d, candidate)) {
                if (found != null) {
                    return null; // two combinations pass: the check digit cannot tell them apart
                }
                found = candidate;
            }
        }
        return found;
    }

    static String transliterate(String upper) {
        return upper.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
                .replace("ẞ", "SS");
    }
}
