package de.kommune.intake.pipeline.routing;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.model.AnalyzedDocument;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One configured routing rule, compiled once: its conditions and what it routes to. */
final class RoutingRule {

    private final IntakeProperties.Routing.Rule rule;
    private final Map<String, Pattern> fieldPatterns;
    private final String bgFrom;
    private final String bgTo;

    RoutingRule(IntakeProperties.Routing.Rule rule) {
        this.rule = rule;
        this.fieldPatterns = rule.fields().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Pattern.compile(e.getValue())));
        this.bgFrom = rule.bgNumberFrom() == null ? null : normalise(rule.bgNumberFrom());
        this.bgTo = rule.bgNumberTo() == null ? null : normalise(rule.bgNumberTo());
        if (bgFrom != null && bgTo != null && (bgFrom.length() != bgTo.length() || bgFrom.compareTo(bgTo) > 0)) {
            throw new IllegalArgumentException("routing rule for target '" + rule.target()
                    + "': bg-number-from and bg-number-to must have the same length and from <= to");
        }
    }

    String target() {
        return rule.target();
    }

    String team() {
        return rule.team();
    }

    boolean matches(AnalyzedDocument document, String caseKey) {
        return (rule.documentTypes().isEmpty() || rule.documentTypes().contains(document.analysis().documentType()))
                && (rule.channels().isEmpty() || rule.channels().contains(document.ticket().input().channel()))
                && fieldsMatch(document.analysis().fields())
                && inBgRange(caseKey);
    }

    private boolean fieldsMatch(Map<String, ExtractedField> fields) {
        for (Map.Entry<String, Pattern> e : fieldPatterns.entrySet()) {
            ExtractedField field = fields.get(e.getKey());
            if (field == null || field.value() == null || !e.getValue().matcher(field.value()).matches()) {
                return false;
            }
        }
        return true;
    }

    private boolean inBgRange(String caseKey) {
        if (bgFrom == null && bgTo == null) {
            return true;
        }
        if (caseKey == null) {
            return false;
        }
        String key = normalise(caseKey);
        String reference = bgFrom != null ? bgFrom : bgTo;
        if (key.length() != reference.length()) {
            return false;
        }
        return (bgFrom == null || key.compareTo(bgFrom) >= 0) && (bgTo == null || key.compareTo(bgTo) <= 0);
    }

    /** BG numbers are written with spaces or {@code //} in places; the range compares the bare characters. */
    private static String normalise(String bg) {
        return bg.replaceAll("[\\s/]", "").toUpperCase(Locale.ROOT);
    }
}
