package de.kommune.intake.pipeline.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * Which caseworker team receives a document (serve mode). The first case range containing the document's BG number
 * wins; otherwise the team of its routing target; otherwise {@code defaultTeam}.
 *
 * @param byTarget   routing target name → team
 * @param caseRanges BG-number ranges (inclusive, compared as normalised {@code 12345BG1234567})
 */
@ConfigurationProperties("intake.teams")
public record TeamProperties(@DefaultValue("leistung") String defaultTeam,
                             @DefaultValue Map<String, String> byTarget,
                             @DefaultValue List<CaseRange> caseRanges) {

    public record CaseRange(String from, String to, String team) {

        boolean contains(String bgNumber) {
            return bgNumber.compareTo(from) >= 0 && bgNumber.compareTo(to) <= 0;
        }
    }
}
