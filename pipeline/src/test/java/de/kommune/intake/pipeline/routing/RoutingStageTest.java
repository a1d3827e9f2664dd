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
        return analyzed(type, fields, "batch");
    }

    private static AnalyzedDocument analyzed(String type, Map<String, ExtractedField> fields, String channel) {
        InputTicket input = new InputTicket("in-1", "a.pdf", channel, "ab", 1, Instant.EPOCH, "application/pdf");
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

    private static Map<String, ExtractedField> bg(String bgNumber) {
        return Map.of("bgNumber", new ExtractedField(bgNumber, 1.0, 1));
    }

    @Test
    void teamsByBgNumberRangeOfOneOffice() {
        RoutingStage stage = new RoutingStage(new Routing("allgemein", List.of(
                new Rule(List.of(), List.of(), Map.of(), "12345BG0000001", "12345BG0499999", "leistung", "team-a"),
                new Rule(List.of(), List.of(), Map.of(), "12345BG0500000", "12345BG0999999", "leistung", "team-b"))));

        assertThat(stage.process(analyzed("KONTOAUSZUG", bg("12345BG0012345"))).team()).isEqualTo("team-a");
        assertThat(stage.process(analyzed("KONTOAUSZUG", bg("12345 BG 0612345"))).team()).isEqualTo("team-b");
        assertThat(stage.process(analyzed("KONTOAUSZUG", bg("12345//0612345"))).target())
                .as("another shape of number is not in the range").isEqualTo("allgemein");
        AnalyzedDocument other = stage.process(analyzed("KONTOAUSZUG", bg("99999BG0012345")));
        assertThat(other.target()).isEqualTo("allgemein");
        assertThat(other.team()).isNull();
        assertThat(stage.process(analyzed("KONTOAUSZUG", Map.of())).target())
                .as("no BG number, no range match").isEqualTo("allgemein");
    }

    @Test
    void channelAndFieldConditionsMustAllHold() {
        Rule portalBills = new Rule(List.of("ENERGIERECHNUNG"), List.of("upload"),
                Map.of("iban", "DE\\d{20}"), null, null, "kdu-portal", "kdu");
        RoutingStage stage = new RoutingStage(new Routing("allgemein", List.of(portalBills)));
        Map<String, ExtractedField> withIban = Map.of("iban", new ExtractedField("DE89370400440532013000", 1.0, 1));

        assertThat(stage.process(analyzed("ENERGIERECHNUNG", withIban, "upload")).target()).isEqualTo("kdu-portal");
        assertThat(stage.process(analyzed("ENERGIERECHNUNG", withIban, "batch")).target()).isEqualTo("allgemein");
        assertThat(stage.process(analyzed("ENERGIERECHNUNG", Map.of(), "upload")).target()).isEqualTo("allgemein");
        assertThat(stage.process(analyzed("ENERGIERECHNUNG",
                Map.of("iban", new ExtractedField("AT611904300234573201", 1.0, 1)), "upload")).target())
                .isEqualTo("allgemein");
    }

    @Test
    void aBrokenRangeIsRefusedAtStart() {
        Rule reversed = new Rule(List.of(), List.of(), Map.of(), "12345BG0999999", "12345BG0000001", "x", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RoutingStage(new Routing("allgemein", List.of(reversed))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bg-number-from");
    }
}
