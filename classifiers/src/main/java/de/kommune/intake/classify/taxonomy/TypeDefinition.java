package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document type.
 *
 * @param code           type code, e.g. {@code KONTOAUSZUG}
 * @param name           German display name
 * @param cues           weighted phrases that indicate the type
 * @param negativeCues   weighted phrases that speak against it (weights stored negative)
 * @param patternCues    weighted regular expressions on the original text
 * @param keyFields      fields the type is filed with
 * @param requiredFields key fields whose absence sends the document to review
 * @param extraFields    further fields extracted for this type
 * @param sensitivity    {@code NORMAL}, {@code HIGH} or {@code HEALTH}
 * @param fieldLabels    extra label synonyms for fields on this type only
 * @param fieldSources   per-field strategy lists replacing the field's default on this type
 */
public record TypeDefinition(String code, String name, List<Cue> cues, List<Cue> negativeCues,
                             List<PatternCue> patternCues, List<String> keyFields, List<String> requiredFields,
                             List<String> extraFields, String sensitivity, Map<String, List<Phrase>> fieldLabels,
                             Map<String, List<String>> fieldSources) {

    public TypeDefinition {
        cues = List.copyOf(cues);
        negativeCues = List.copyOf(negativeCues);
        patternCues = List.copyOf(patternCues);
        keyFields = List.copyOf(keyFields);
        requiredFields = List.copyOf(requiredFields);
        extraFields = List.copyOf(extraFields);
        fieldLabels = Map.copyOf(fieldLabels);
        fieldSources = Map.copyOf(fieldSources);
    }

    /** Key fields, extra fields and the common fields: everything extracted for this type. */
    public Set<String> activeFields(List<String> commonFields) {
        Set<String> s = new LinkedHashSet<>(keyFields);
        s.addAll(extraFields);
        s.addAll(commonFields);
        return s;
    }
}
