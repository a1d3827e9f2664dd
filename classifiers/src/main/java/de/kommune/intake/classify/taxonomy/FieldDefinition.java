package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;

import java.util.List;

/**
 * One field of the taxonomy.
 *
 * @param code    field code, e.g. {@code grossAmount}
 * @param kind    value kind
 * @param labels  label synonyms, most specific first (earlier labels give higher confidence)
 * @param exclude a label occurrence on a line containing one of these is ignored
 *                ("Jahreswerte Gesamtbrutto", "Vorherige Anschrift")
 * @param demote  a label occurrence near one of these gives its value at a fraction of the confidence, so it is
 *                taken only when nothing better is found ("Der tägliche Leistungsbetrag beträgt 67,76 €" on a
 *                Bescheid that states no monthly amount)
 * @param sources extraction strategies in priority order, e.g. {@code label}, {@code range:from},
 *                {@code party:Vermieter}, {@code senderLine}, {@code mrz:surname}
 * @param value   value constraints
 * @param enumSpec enum values (kind enum only), else null
 * @param context phrases that must occur near the value (customerNumber: Jobcenter context)
 * @param compose fields combined into this one when it has no own label value
 *                ({@code [givenNames, surname]} for personName)
 * @param preferLast among equally confident candidates the last one wins (a closing balance follows
 *                   the opening balance under the same label "Kontostand vom")
 */
public record FieldDefinition(String code, FieldKind kind, List<Phrase> labels, List<Phrase> exclude,
                              List<Phrase> demote, List<String> sources, ValueRules value, EnumSpec enumSpec, List<Phrase> context,
                              List<String> compose, boolean preferLast) {

    public FieldDefinition {
        labels = List.copyOf(labels);
        exclude = List.copyOf(exclude);
        demote = List.copyOf(demote);
        sources = List.copyOf(sources);
        context = List.copyOf(context);
        compose = List.copyOf(compose);
    }
}
