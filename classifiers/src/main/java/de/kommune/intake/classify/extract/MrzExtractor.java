package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.mrz.IcaoCodes;
import de.kommune.intake.classify.mrz.MrzData;
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
                case "surname" -> {
                    value = visualSpelling(ctx, d.surname(), !d.allValid());
                    conf = namesConf;
                }
                case "givenNames" -> {
                    value = visualSpelling(ctx, d.givenNames(), !d.allValid());
                    conf = namesConf;
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
                    value = d.documentNumberValid() ? d.documentNumber() : printedNumber(ctx, d.documentNumber());
                    conf = d.documentNumberValid() ? Confidence.MRZ_CHECKED : Confidence.MRZ_UNCHECKED * 0.7;
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
     * {@code misread} (a check digit of the zone failed: OCR struggled with it), a printed word one edit away
     * stands in for a name part too ("SCHNETDER" read in the zone, "SCHNEIDER" printed above it).
     */
    private static String visualSpelling(ExtractionContext ctx, String mrzName, boolean misread) {
        if (mrzName == null || mrzName.isBlank()) {
            return mrzName;
        }
        List<String> printed = printedWords(ctx);
        for (String word : printed) {
            if (word.indexOf('-') > 0 && transliterate(word).replace('-', ' ').equals(mrzName)) {
                return word; // a double name, printed with its hyphen
            }
        }
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
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(chosen);
        }
        return out.toString();
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
     * The document number as printed on the card's face, for a zone whose number failed its check digit:
     * the 9-character code of a printed line nearest the zone's reading (at most 4 edits away; OCR may split
     * it with a blank, "M8VL8F1 8X"). The face print is larger than the zone's and often reads better; null
     * ties keep the zone's reading.
     */
    private static String printedNumber(ExtractionContext ctx, String mrzNumber) {
        if (mrzNumber == null || mrzNumber.length() != 9) {
            return mrzNumber;
        }
        String best = null;
        int bestDistance = 5;
        boolean tie = false;
        for (String l : printedLines(ctx)) {
            String[] tokens = l.toUpperCase(Locale.ROOT).trim().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                String joined = "";
                for (int j = i; j < Math.min(tokens.length, i + 2); j++) {
                    joined += tokens[j];
                    if (joined.length() != 9 || !NUMBER_LIKE.matcher(joined).matches()) {
                        continue;
                    }
                    int distance = EditDistance.levenshtein(joined, mrzNumber);
                    if (distance < bestDistance) {
                        best = joined;
                        bestDistance = distance;
                        tie = false;
                    } else if (distance == bestDistance && !joined.equals(best)) {
                        tie = true;
                    }
                }
            }
        }
        return best == null || tie ? mrzNumber : best;
    }

    static String transliterate(String upper) {
        return upper.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
                .replace("ẞ", "SS");
    }
}
