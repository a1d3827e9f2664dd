package de.kommune.intake.classify.model;

import de.kommune.intake.classify.classification.Classification;
import de.kommune.intake.classify.samples.Samples;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.samples.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped model with the cue rules. */
class CombinedClassifierTest {

    private static final Taxonomy TAXONOMY = Taxonomy.defaults();
    private static final TypeModel SHIPPED = TypeModel.readDefault().orElseThrow();

    @Test
    void shippedModelFitsTheDefaultTaxonomyAndWasTrainedOnGeneratedDocuments() {
        ModelMetadata m = SHIPPED.metadata();
        assertThat(m.taxonomyHash()).isEqualTo(TypeModel.taxonomyHash(TAXONOMY));
        assertThat(m.source()).startsWith("gen"); // the samples generator, never the dev corpus
        assertThat(m.trainingDocuments()).isGreaterThan(1000);
        assertThat(m.heldBackAccuracy()).isGreaterThan(0.95);
    }

    @Test
    void combinedClassifiesGeneratedDocumentsOfEveryType() {
        CombinedClassifier c = new CombinedClassifier(TAXONOMY, SHIPPED, ClassifierMode.COMBINED);
        for (DocumentType t : DocumentType.values()) {
            for (long seed = 900_001; seed <= 900_003; seed++) {
                Classification r = c.classify(TextView.of(Samples.text(t, seed)));
                assertThat(r.documentType()).as("%s seed %d", t, seed).isEqualTo(t.name());
                assertThat(r.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void documentOfNoKnownKindStaysSonstiges() {
        String recipe = """
                Omas Apfelkuchen
                Zutaten: 200 g Mehl, 100 g Zucker, 3 Eier, 1 kg Äpfel, etwas Zimt.
                Den Backofen auf 180 Grad vorheizen. Die Äpfel schälen und in Spalten schneiden.
                Teig kneten, in die Form drücken, Äpfel darauf verteilen und 45 Minuten backen.
                """;
        for (ClassifierMode mode : ClassifierMode.values()) {
            Classification r = new CombinedClassifier(TAXONOMY, SHIPPED, mode).classify(TextView.of(recipe));
            if (mode != ClassifierMode.MODEL) { // the model alone has no notion of "no evidence"
                assertThat(r.documentType()).as(mode.name()).isEqualTo("SONSTIGES");
            }
        }
    }

    @Test
    void modelBreaksTiesBetweenCloseCueCandidatesButNotClearCues() {
        Map<String, Double> close = Map.of("NEBENKOSTENABRECHNUNG", 0.45, "ENERGIERECHNUNG", 0.40, "SONSTIGES", 0.15);
        Map<String, Double> model = Map.of("ENERGIERECHNUNG", 0.9, "NEBENKOSTENABRECHNUNG", 0.05, "SONSTIGES", 0.05);
        assertThat(CombinedClassifier.combine(close, model, 0.4).getKey()).isEqualTo("ENERGIERECHNUNG");
        Map<String, Double> clear = Map.of("NEBENKOSTENABRECHNUNG", 0.98, "SONSTIGES", 0.02);
        Map<String, Double> unsure = Map.of("ENERGIERECHNUNG", 0.6, "NEBENKOSTENABRECHNUNG", 0.35, "SONSTIGES", 0.05);
        assertThat(CombinedClassifier.combine(clear, unsure, 0.4).getKey()).isEqualTo("NEBENKOSTENABRECHNUNG");
    }

    @Test
    void cueDistributionPutsTheWholeMassOnTheFallbackWithoutEvidence() {
        CombinedClassifier c = new CombinedClassifier(TAXONOMY, SHIPPED, ClassifierMode.COMBINED, 0.5);
        Map<String, Double> d = c.cueDistribution(new Classification("SONSTIGES", 1, Map.of()));
        assertThat(d).containsOnlyKeys("SONSTIGES");
        Map.Entry<String, Double> best = CombinedClassifier.combine(d, Map.of("KONTOAUSZUG", 0.9, "SONSTIGES", 0.1),
                0.5);
        assertThat(best.getKey()).isEqualTo("SONSTIGES"); // 0.5 + 0.05 against 0.45: the model alone is not enough
        assertThat(CombinedClassifier.combine(d, Map.of("KONTOAUSZUG", 0.9, "SONSTIGES", 0.1), 0.3).getKey())
                .isEqualTo("KONTOAUSZUG");
    }

    @Test
    void modelForOtherTypesIsRejectedWithAHint() {
        Taxonomy more = Taxonomy.defaultsWithYaml("""
                types:
                  WIDERSPRUCH:
                    name: Widerspruch
                    cues: {Widerspruch: 3}
                    keyFields: [senderName, documentDate]
                """);
        assertThatThrownBy(() -> new CombinedClassifier(more, SHIPPED, ClassifierMode.COMBINED))
                .hasMessageContaining("retrain");
        assertThatThrownBy(() -> new CombinedClassifier(TAXONOMY, null, ClassifierMode.MODEL))
                .hasMessageContaining("needs a type model");
        assertThat(new CombinedClassifier(more, null, ClassifierMode.CUES).classify(TextView.of(
                "Widerspruch\ngegen Ihren Bescheid vom 01.02.2025 lege ich Widerspruch ein.")).documentType())
                .isEqualTo("WIDERSPRUCH");
    }
}
