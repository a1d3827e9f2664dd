package de.kommune.intake.pipeline.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TeamsTest {

    private final Teams teams = new Teams(new TeamProperties("nord", Map.of("gesundheit", "aerztlicher-dienst"),
            List.of(new TeamProperties.CaseRange("07402BG5000000", "07402BG9999999", "sued"))));

    @Test
    void caseRangeWinsOverTargetAndDefault() {
        assertThat(teams.teamFor("gesundheit", "07402BG5000000")).isEqualTo("sued");
        assertThat(teams.teamFor("default", "07402BG9999999")).isEqualTo("sued");
    }

    @Test
    void outsideTheRangesTheTargetsTeamOrTheDefault() {
        assertThat(teams.teamFor("gesundheit", "07402BG4999999")).isEqualTo("aerztlicher-dienst");
        assertThat(teams.teamFor("default", "07403BG6000000")).isEqualTo("nord");
        assertThat(teams.teamFor("default", null)).isEqualTo("nord");
    }

    @Test
    void theRoutingRulesTeamWinsOverTheTeamSettings() {
        var input = new de.kommune.intake.pipeline.model.InputTicket("in", "a.pdf", "batch", "ab", 1,
                java.time.Instant.EPOCH, "application/pdf");
        var analysis = new de.kommune.intake.classify.AnalysisResult("KONTOAUSZUG", 0.9, Map.of(), List.of(), "NORMAL");
        var doc = new de.kommune.intake.pipeline.model.AnalyzedDocument(
                new de.kommune.intake.pipeline.model.DocumentTicket("d", input, List.of(1)), analysis, 90, false,
                List.of(), "gesundheit", "07402BG5000000");

        assertThat(teams.teamFor(doc)).as("no team from routing: the team settings decide").isEqualTo("sued");
        assertThat(teams.teamFor(doc.routed("gesundheit", "07402BG5000000", "team-a"))).isEqualTo("team-a");
    }
}
