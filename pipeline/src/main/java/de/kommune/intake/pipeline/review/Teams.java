package de.kommune.intake.pipeline.review;

/** Resolves the team of a routed document from {@link TeamProperties}. */
public final class Teams {

    private final TeamProperties props;

    public Teams(TeamProperties props) {
        this.props = props;
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
