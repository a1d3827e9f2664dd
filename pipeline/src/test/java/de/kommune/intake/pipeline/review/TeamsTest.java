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
}
