package de.kommune.intake.pipeline.routing;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.model.AnalyzedDocument;

import java.util.List;
import java.util.Optional;

/**
 * Fourth stage: decides which connector target receives the document, under which case key, and for which team.
 * The first matching rule wins; otherwise the default target.
 */
public final class RoutingStage {

    private final String defaultTarget;
    private final List<RoutingRule> rules;

    public RoutingStage(IntakeProperties.Routing routing) {
        this.defaultTarget = routing.defaultTarget();
        this.rules = routing.rules().stream().map(RoutingRule::new).toList();
    }

    public AnalyzedDocument process(AnalyzedDocument document) {
        String caseKey = Optional.ofNullable(document.analysis().fields().get("bgNumber"))
                .map(ExtractedField::value).orElse(null);
        return rules.stream().filter(r -> r.matches(document, caseKey)).findFirst()
                .map(r -> document.routed(r.target(), caseKey, r.team()))
                .orElseGet(() -> document.routed(defaultTarget, caseKey, null));
    }
}
