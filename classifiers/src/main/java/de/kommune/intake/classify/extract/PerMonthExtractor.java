package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.value.GermanAmounts;

import java.util.regex.Pattern;

/**
 * Source {@code perMonth}: a new monthly amount as bills announce it without a label ("Ab 15.06.2025:
 * 81,00 € monatlich", "ab Juli € 81,00 pro Monat"): the amount is called monthly right after it, and the line
 * says from when ("ab"), which a unit price ("Grundpreis 10,95 €/Monat") does not. A line that holds nothing but
 * the date and the amount ("Ab 15.06.25: EUR 46,00") is the same announcement with the word left out, a little
 * weaker. Lines holding one of the field's exclude words ("bereits gezahlte Abschläge") are skipped. Weaker than a
 * label.
 */
final class PerMonthExtractor implements FieldExtractor {

    static final String SOURCE = "perMonth";
    private static final double BASE = 0.75;
    private static final double DATE_AND_AMOUNT_ONLY = 0.65;
    /** "Ab 15.06.25: EUR 46,00", "ab 01.07.2025 81,00 €": from a date, one amount, nothing else on the line. */
    private static final Pattern FROM_DATE_AMOUNT_ONLY = Pattern.compile(
            "(?i)\\s*ab\\s+\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})\\s*:?\\s*(?:€|EUR)?\\s*"
                    + "\\d{1,3}(?:\\.\\d{3})*,\\d{2}\\s*(?:€|EUR)?\\s*");
    private static final Pattern FROM = Pattern.compile("(?<!\\p{L})ab(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    /** Right after the amount (and its currency sign): the words that make it a monthly one. */
    private static final Pattern PER_MONTH = Pattern.compile(
            "^\\s*(?:€|EUR)?\\s*(?:monatlich|pro\\s+Monat|je\\s+Monat|im\\s+Monat|mtl\\.?|/\\s?Monat|/\\s?Mon\\.)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing(SOURCE)) {
            FieldDefinition def = ctx.field(field);
            for (Line line : ctx.view().lines()) {
                String text = line.text();
                if (!FROM.matcher(text).find() || LabelValueExtractor.mentionsExclude(def, text, 0, text.length())) {
                    continue;
                }
                boolean dateAndAmountOnly = FROM_DATE_AMOUNT_ONLY.matcher(text).matches();
                for (GermanAmounts.AmountMatch m : GermanAmounts.findAll(text)) {
                    if (m.value().signum() > 0 && (dateAndAmountOnly || PER_MONTH.matcher(text.substring(m.end())).find())) {
                        ctx.offer(field, GermanAmounts.format(m.value()), dateAndAmountOnly ? DATE_AND_AMOUNT_ONLY : BASE,
                                line.start() + m.start(), SOURCE, SOURCE);
                    }
                }
            }
        }
    }
}
