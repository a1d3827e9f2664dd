package de.kommune.intake.pipeline.review;

/**
 * Resolves the team of a routed document: the team its routing rule names ({@code intake.routing.rules[].team})
 * wins; otherwise {@link TeamProperties} (case ranges, then by target, then the default team).
 */
public final class Teams {

    private final TeamProperties props;

    public Teams(TeamProperties props) {
        this.props = props;
    }

    public String teamFor(de.kommune.intake.pipeline.model.AnalyzedDocument doc) {
        return doc.team() != null ? doc.team() : teamFor(doc.target(), doc.caseKey());
    }

    public String teamFor(String target, String caseKey) {
        if (caseKey != null) {
            for (TeamProperties.CaseRange range : props.caseRanges()) {
                if (range.contains(caseKey)) {
                    return range.team();
                }
            }
        }
        return props.byTarget().getOrDefault(target, props.defaultTeam());
    }
}
