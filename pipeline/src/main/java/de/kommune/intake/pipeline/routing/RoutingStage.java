package de.kommune.intake.pipeline.routing;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.model.AnalyzedDocument;

import java.util.Optional;

/**
 * Fourth stage: decides which connector target receives the document and under which case key. The first rule
 * whose document types match wins; otherwise the default target.
 */
public final class RoutingStage {

    private final IntakeProperties.Routing routing;

    public RoutingStage(IntakeProperties.Routing routing) {
        this.routing = routing;
    }

    public AnalyzedDocument process(AnalyzedDocument document) {
        String type = document.analysis().documentType();
        String target = routing.rules().stream()
                .filter(r -> r.documentTypes().isEmpty() || r.documentTypes().contains(type))
                .map(IntakeProperties.Routing.Rule::target)
                .findFirst().orElse(routing.defaultTarget());
        String caseKey = Optional.ofNullable(document.analysis().fields().get("bgNumber"))
                .map(ExtractedField::value).orElse(null);
        return document.routed(target, caseKey);
    }
}
