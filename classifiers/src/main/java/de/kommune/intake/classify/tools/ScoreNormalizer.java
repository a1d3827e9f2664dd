package de.kommune.intake.classify.tools;

import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.value.GermanAmounts;
import de.kommune.intake.classify.value.GermanDates;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Field comparison as in {@code shared/eval/score.py}: dates, months and amounts compared in
 * normalised form, IBAN/BG upper case without blanks, enums upper case, numbers as plain decimals,
 * everything else case-, whitespace- and punctuation-insensitive.
 */
final class ScoreNormalizer {

    private ScoreNormalizer() {
    }

    static String normalize(FieldKind kind, Object raw) {
        if (raw == null) {
            return null;
        }
        String s = String.valueOf(raw).trim();
        switch (kind) {
            case DATE:
                return s.matches("\\d{4}-\\d{2}-\\d{2}") ? s
                        : GermanDates.parse(s).map(Object::toString).orElse(s.toLowerCase(Locale.ROOT));
            case MONTH:
                return s.matches("\\d{4}-\\d{2}") ? s
                        : GermanDates.parseMonth(s).map(Object::toString).orElse(s.toLowerCase(Locale.ROOT));
            case AMOUNT:
                try {
                    return GermanAmounts.format(new BigDecimal(s));
                } catch (NumberFormatException e) {
                    return GermanAmounts.parse(s).map(GermanAmounts::format).orElse(s.toLowerCase(Locale.ROOT));
                }
            case IBAN:
            case BG_NUMBER:
                return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            case ENUM:
                return s.toUpperCase(Locale.ROOT);
            case NUMBER:
                try {
                    return new BigDecimal(s.replace(',', '.')).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return s.toLowerCase(Locale.ROOT);
                }
            default:
                return text(s);
        }
    }

    static String text(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || Character.isWhitespace(c) ? c : ' ');
        }
        return sb.toString().trim().replaceAll("\\s+", " ");
    }
}
