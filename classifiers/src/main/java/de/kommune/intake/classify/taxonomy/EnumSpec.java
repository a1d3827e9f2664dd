package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of an enum field and the words that indicate each.
 *
 * @param values       value → cue phrases, in priority order
 * @param defaultValue value when no cue is found (null: leave the field absent)
 * @param labelOf      a field whose winning label decides the value (settlementKind from the label
 *                     "Nachzahlung"/"Guthaben" next to settlementAmount); null when unused
 */
public record EnumSpec(Map<String, List<Phrase>> values, String defaultValue, String labelOf) {

    public EnumSpec {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
