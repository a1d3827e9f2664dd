package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.FieldDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a name from separately labelled parts ("Familienname: Schmidt" / "Vorname(n): Sebastian"
 * → "Sebastian Schmidt") for fields with source {@code compose}; the parts are read with their
 * own labels even when they are not fields of the document type.
 */
final class NameComposer implements FieldExtractor {

    /** How far apart (characters of text) a family name box and a given name box may stand to be one name. */
    private static final int NEIGHBOURING_BOXES = 160;

    private final LabelValueExtractor labels = new LabelValueExtractor();

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing("compose")) {
            FieldDefinition f = ctx.field(field);
            if (f.compose().isEmpty()) {
                continue;
            }
            // A form with separate boxes ("Name: Thießen" / "Vorname: Daniela") gives the field's own label just
            // the family name; it stands in for a part that has no label of its own here.
            Optional<Candidate> familyNameAlone = ctx.best(field)
                    .filter(c -> "label".equals(c.strategy()) && !c.value().contains(" "));
            boolean standIn = false;
            List<String> parts = new ArrayList<>();
            double conf = 1;
            int offset = Integer.MAX_VALUE;
            int last = -1;
            for (String part : f.compose()) {
                Optional<Candidate> best = ctx.best(part);
                if (best.isEmpty()) {
                    best = labels.read(ctx, ctx.field(part)).stream().findFirst();
                }
                if (best.isEmpty() && !standIn && familyNameAlone.isPresent()) {
                    best = familyNameAlone;
                    standIn = true;
                }
                if (best.isEmpty()) {
                    break;
                }
                parts.add(best.get().value());
                conf = Math.min(conf, best.get().confidence());
                offset = Math.min(offset, best.get().offset());
                last = Math.max(last, best.get().offset());
            }
            if (parts.size() != f.compose().size() || !distinctWords(parts)) {
                continue;
            }
            if (!standIn) {
                ctx.offer(field, String.join(" ", parts), conf * 0.95, offset, "compose", "compose");
            } else if (last - offset <= NEIGHBOURING_BOXES) {
                // the whole name beats the family name alone it was built from
                double over = familyNameAlone.get().confidence() + 0.01;
                ctx.offerOnPage(field, String.join(" ", parts), Math.min(1, Math.max(conf * 0.95, over)),
                        familyNameAlone.get().page(), "compose");
            }
        }
    }

    /** Both parts read from one unsplit cell ("Mustermann Erika" under two labels) is no name. */
    private static boolean distinctWords(List<String> parts) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String p : parts) {
            for (String w : p.split(" ")) {
                if (!seen.add(w.toLowerCase(java.util.Locale.GERMAN))) {
                    return false;
                }
            }
        }
        return true;
    }
}
