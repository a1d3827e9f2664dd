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

    private final LabelValueExtractor labels = new LabelValueExtractor();

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing("compose")) {
            FieldDefinition f = ctx.field(field);
            if (f.compose().isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            double conf = 1;
            int offset = Integer.MAX_VALUE;
            for (String part : f.compose()) {
                Optional<Candidate> best = ctx.best(part);
                if (best.isEmpty()) {
                    best = labels.read(ctx, ctx.field(part)).stream().findFirst();
                }
                if (best.isEmpty()) {
                    break;
                }
                parts.add(best.get().value());
                conf = Math.min(conf, best.get().confidence());
                offset = Math.min(offset, best.get().offset());
            }
            if (parts.size() == f.compose().size() && distinctWords(parts)) {
                ctx.offer(field, String.join(" ", parts), conf * 0.95, offset, "compose", "compose");
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
