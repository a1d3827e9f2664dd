package de.kommune.intake.classify.extract;

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
                    value = d.documentNumber();
                    conf = d.documentNumberValid() ? Confidence.MRZ_CHECKED : Confidence.MRZ_UNCHECKED * 0.7;
                }
                case "nationality" -> {
                    value = d.nationality();
                    conf = d.compositeValid() ? 0.95 : 0.8;
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
     * "MUELLER" → "MÜLLER" when the visual zone prints it so; "HOFFMANN<ROESSLER" → "HOFFMANN-RÖSSLER". With
     * {@code misread} (a check digit of the zone failed: OCR struggled with it), a printed word one edit away
     * stands in for a name part too ("SCHNETDER" read in the zone, "SCHNEIDER" printed above it).
     */
    private static String visualSpelling(ExtractionContext ctx, String mrzName, boolean misread) {
        if (mrzName == null || mrzName.isBlank()) {
            return mrzName;
        }
        List<String> printed = new ArrayList<>();
        for (Line l : ctx.view().lines()) {
            if (l.text().contains("<<")) {
                continue; // the zone itself: only the visual zone's print can correct it
            }
            for (String w : l.text().split("[\\s,/<]+")) {
                printed.add(w.toUpperCase(Locale.GERMAN));
            }
        }
        for (String word : printed) {
            if (word.indexOf('-') > 0 && transliterate(word).replace('-', ' ').equals(mrzName)) {
                return word; // a double name, printed with its hyphen
            }
        }
        StringBuilder out = new StringBuilder();
        for (String part : mrzName.split(" ")) {
            String chosen = part;
            String near = null;
            for (String word : printed) {
                for (String piece : word.split("-")) {
                    if (piece.equals(part)) {
                        near = piece;
                    } else if (transliterate(piece).equals(part)) {
                        chosen = piece;
                    } else if (misread && near == null && part.length() >= 4
                            && piece.chars().allMatch(Character::isLetter)
                            && EditDistance.levenshtein(transliterate(piece), part) == 1) {
                        near = piece;
                    }
                }
            }
            if (chosen.equals(part) && near != null) {
                chosen = near;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(chosen);
        }
        return out.toString();
    }

    static String transliterate(String upper) {
        return upper.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
                .replace("ẞ", "SS");
    }
}
