package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.PhraseMatch;
import de.kommune.intake.classify.text.TextView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All label occurrences of a document, for every field of the taxonomy (not only the type's, so
 * that "Datum der Änderung" hides "Datum" even on a type without changeDate). A label inside a
 * longer label of the same value group is dropped.
 */
final class LabelIndex {

    private record Owner(String field, int rank) {
    }

    private final List<LabelHit> hits;

    LabelIndex(TextView view, Taxonomy taxonomy, TypeDefinition type) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        Map<String, List<Owner>> owners = new LinkedHashMap<>();
        for (FieldDefinition f : taxonomy.fields()) {
            List<Phrase> labels = taxonomy.labelsFor(type, f.code());
            for (int i = 0; i < labels.size(); i++) {
                String key = labels.get(i).source().toLowerCase(Locale.GERMAN);
                phrases.putIfAbsent(key, labels.get(i));
                owners.computeIfAbsent(key, k -> new ArrayList<>()).add(new Owner(f.code(), i));
            }
        }
        for (Phrase p : taxonomy.stopLabels()) {
            String key = p.source().toLowerCase(Locale.GERMAN);
            phrases.putIfAbsent(key, p);
            owners.computeIfAbsent(key, k -> new ArrayList<>()).add(new Owner(null, 0));
        }
        List<LabelHit> all = new ArrayList<>();
        for (Map.Entry<String, Phrase> e : phrases.entrySet()) {
            for (PhraseMatch m : e.getValue().findAll(view)) {
                for (Owner o : owners.get(e.getKey())) {
                    all.add(new LabelHit(o.field(), e.getValue(), o.rank(), m.start(), m.end(), m.fuzzy()));
                }
            }
        }
        List<LabelHit> plausible = new ArrayList<>();
        for (LabelHit h : all) {
            if (!h.fuzzy() || !overlapsExact(h, all)) {
                plausible.add(h);
            }
        }
        List<LabelHit> kept = new ArrayList<>();
        for (LabelHit h : plausible) {
            if (h.isStop() || !shadowed(h, plausible, taxonomy, view.text())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(LabelHit::start).thenComparingInt(h -> -(h.end() - h.start())));
        this.hits = List.copyOf(kept);
    }

    /** A fuzzy hit where an exact label of the same field matched is noise from a near-synonym. */
    private static boolean overlapsExact(LabelHit h, List<LabelHit> all) {
        for (LabelHit o : all) {
            if (!o.fuzzy() && o != h && java.util.Objects.equals(o.field(), h.field()) && o.start() < h.end()
                    && h.start() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside a longer label of the same group. A longer label read across a line break ("Familienname" /
     * "Vornamen" as "Familienname, Vorname") hides no label of a line of its own: a label column is read so.
     */
    private static boolean shadowed(LabelHit h, List<LabelHit> all, Taxonomy taxonomy, String text) {
        int group = taxonomy.field(h.field()).kind().shadowGroup();
        for (LabelHit o : all) {
            if (!o.isStop() && o.contains(h) && taxonomy.field(o.field()).kind().shadowGroup() == group
                    && !(text.substring(o.start(), o.end()).contains("\n") && !text.substring(h.start(), h.end()).contains("\n"))) {
                return true;
            }
        }
        return false;
    }

    List<LabelHit> all() {
        return hits;
    }

    List<LabelHit> hitsFor(String field) {
        List<LabelHit> out = new ArrayList<>();
        for (LabelHit h : hits) {
            if (field.equals(h.field())) {
                out.add(h);
            }
        }
        return out;
    }

    /** Hits starting in [from, to). */
    List<LabelHit> startingIn(int from, int to) {
        List<LabelHit> out = new ArrayList<>();
        for (LabelHit h : hits) {
            if (h.start() >= from && h.start() < to) {
                out.add(h);
            }
        }
        return out;
    }
}
