package de.kommune.intake.pipeline.routing;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.config.IntakeProperties.Routing;
import de.kommune.intake.pipeline.config.IntakeProperties.Routing.Rule;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingStageTest {

    private static AnalyzedDocument analyzed(String type, Map<String, ExtractedField> fields) {
        InputTicket input = new InputTicket("in-1", "a.pdf", "batch", "ab", 1, Instant.EPOCH, "application/pdf");
        return new AnalyzedDocument(new DocumentTicket("doc-1", input, List.of(1)),
                new AnalysisResult(type, 0.9, fields, List.of("INVALID_IBAN"), "NORMAL"), 88.0, false,
                List.of("INVALID_IBAN"), null, null);
    }

    private static final Routing RULES = new Routing("allgemein", List.of(
            new Rule(List.of("KONTOAUSZUG", "LOHNABRECHNUNG"), "leistung"),
            new Rule(List.of("KONTOAUSZUG", "MIETVERTRAG"), "kdu"),
            new Rule(List.of("AU_BESCHEINIGUNG"), "gesundheit")));

    @Test
    void theFirstMatchingRuleWins() {
        RoutingStage stage = new RoutingStage(RULES);

        assertThat(stage.process(analyzed("KONTOAUSZUG", Map.of())).target()).isEqualTo("leistung");
        assertThat(stage.process(analyzed("MIETVERTRAG", Map.of())).target()).isEqualTo("kdu");
        assertThat(stage.process(analyzed("AU_BESCHEINIGUNG", Map.of())).target()).isEqualTo("gesundheit");
    }

    @Test
    void noMatchingRuleGoesToTheDefaultTarget() {
        RoutingStage stage = new RoutingStage(RULES);

        assertThat(stage.process(analyzed("SONSTIGES", Map.of())).target()).isEqualTo("allgemein");
        assertThat(new RoutingStage(new Routing("default", List.of())).process(analyzed("KONTOAUSZUG", Map.of()))
                .target()).isEqualTo("default");
    }

    @Test
    void aRuleWithoutTypesMatchesEverythingFromWhereItStands() {
        RoutingStage stage = new RoutingStage(new Routing("allgemein", List.of(
                new Rule(List.of("AUSWEIS"), "identitaet"),
                new Rule(List.of(), "alles-andere"),
                new Rule(List.of("KONTOAUSZUG"), "never"))));

        assertThat(stage.process(analyzed("AUSWEIS", Map.of())).target()).isEqualTo("identitaet");
        assertThat(stage.process(analyzed("KONTOAUSZUG", Map.of())).target()).isEqualTo("alles-andere");
        assertThat(stage.process(analyzed("SONSTIGES", Map.of())).target()).isEqualTo("alles-andere");
    }

    @Test
    void theCaseKeyIsTheBgNumber() {
        RoutingStage stage = new RoutingStage(RULES);

        AnalyzedDocument routed = stage.process(analyzed("KONTOAUSZUG", Map.of(
                "bgNumber", new ExtractedField("12345BG0012345", 1.0, 1),
                "customerNumber", new ExtractedField("123D456789", 0.9, 1))));

        assertThat(routed.caseKey()).isEqualTo("12345BG0012345");
    }

    @Test
    void withoutBgNumberThereIsNoCaseKey() {
        AnalyzedDocument routed = new RoutingStage(RULES).process(analyzed("KONTOAUSZUG",
                Map.of("customerNumber", new ExtractedField("123D456789", 0.9, 1))));

        assertThat(routed.caseKey()).isNull();
    }

    @Test
    void routingChangesNothingElse() {
        AnalyzedDocument doc = analyzed("KONTOAUSZUG", Map.of("iban", new ExtractedField("DE89", 0.5, 1)));

        AnalyzedDocument routed = new RoutingStage(RULES).process(doc);

        assertThat(routed.ticket()).isEqualTo(doc.ticket());
        assertThat(routed.analysis()).isEqualTo(doc.analysis());
        assertThat(routed.reviewReasons()).containsExactly("INVALID_IBAN");
        assertThat(routed.reviewRequired()).isTrue();
        assertThat(routed.meanConfidence()).isEqualTo(88.0);
        assertThat(routed.ocrSkipped()).isFalse();
    }
}
