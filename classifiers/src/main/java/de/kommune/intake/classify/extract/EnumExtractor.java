package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.EnumSpec;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.text.FoldedText;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.PhraseMatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enum fields. {@code labelOf}: the value follows from the label that produced another field
 * (settlementAmount read at "Guthaben" → GUTHABEN). {@code cues}: the value whose words occur most,
 * counting words in the title lines and in the sender's name triple ("Familienkasse" in the
 * letterhead decides KINDERGELD even if "Wohngeld" is mentioned in passing).
 */
final class EnumExtractor implements FieldExtractor {

    private static final int TITLE_LINES = 15;

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.activeFields()) {
            FieldDefinition f = ctx.field(field);
            if (f.kind() != FieldKind.ENUM || f.enumSpec() == null) {
                continue;
            }
            EnumSpec spec = f.enumSpec();
            List<String> sources = ctx.sources(field);
            if (sources.contains("labelOf") && spec.labelOf() != null) {
                fromLabel(ctx, f, spec);
            }
            if (sources.contains("cues")) {
                fromCues(ctx, f, spec);
            }
            if (spec.defaultValue() != null) {
                ctx.offer(field, spec.defaultValue(), Confidence.ENUM_DEFAULT, 0, "default",
                        "default");
            }
        }
    }

    private static void fromLabel(ExtractionContext ctx, FieldDefinition f, EnumSpec spec) {
        Optional<Candidate> source = ctx.best(spec.labelOf());
        if (source.isEmpty() || source.get().offset() < 0) {
            return;
        }
        Line line = ctx.view().lineAt(source.get().offset());
        String folded = FoldedText.of(line.text()).text() + " " + FoldedText.of(source.get().detail()).text();
        for (Map.Entry<String, List<Phrase>> e : spec.values().entrySet()) {
            for (Phrase p : e.getValue()) {
                if (p.occursIn(folded)) {
                    ctx.offer(f.code(), e.getKey(), Confidence.ENUM_FROM_LABEL, source.get().offset(), "labelOf",
                            "labelOf");
                    return;
                }
            }
        }
    }

    private static void fromCues(ExtractionContext ctx, FieldDefinition f, EnumSpec spec) {
        String sender = ctx.letter().senderLine() != null ? FoldedText.of(ctx.letter().senderLine().value()).text()
                : "";
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, List<Phrase>> e : spec.values().entrySet()) {
            double s = 0;
            for (Phrase p : e.getValue()) {
                List<PhraseMatch> matches = p.findAll(ctx.view());
                if (matches.isEmpty()) {
                    continue;
                }
                boolean title = matches.stream().anyMatch(m -> ctx.view().lineAt(m.start()).index() < TITLE_LINES);
                s += 1 + (title ? 1 : 0) + (p.occursIn(sender) ? 2 : 0);
                firstAt.merge(e.getKey(), matches.get(0).start(), Math::min);
            }
            if (s > 0) {
                scores.put(e.getKey(), s);
                total += s;
            }
        }
        String best = null;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (best == null || e.getValue() > scores.get(best)) {
                best = e.getKey();
            }
        }
        if (best != null) {
            double share = scores.get(best) / total;
            ctx.offer(f.code(), best, 0.5 + 0.45 * share, firstAt.get(best), "cues", "cues");
        }
    }
}
