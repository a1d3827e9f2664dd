package de.kommune.intake.pipeline.review;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectedValuesTest {

    private final CorrectedValues values = new CorrectedValues(Taxonomy.defaults());

    @Test
    void typedValuesAreNormalisedAndBlanksDropped() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("iban", " de89 3704 0044 0532 0130 00 ");
        in.put("bgNumber", "07402//0094744");
        in.put("closingBalance", "1234.50");
        in.put("periodFrom", "2025-03-01");
        in.put("accountHolder", "  ");

        assertThat(values.normalise(in)).containsExactly(Map.entry("iban", "DE89370400440532013000"),
                Map.entry("bgNumber", "07402BG0094744"), Map.entry("closingBalance", "1234.50"),
                Map.entry("periodFrom", "2025-03-01"));
    }

    @Test
    void wrongValuesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> values.normalise(Map.of("iban", "DE89 3704 0044 0532 0130 01")))
                .isInstanceOf(ReviewDecisionException.class).hasMessageContaining("iban");
        assertThatThrownBy(() -> values.normalise(Map.of("periodFrom", "01.03.2025")))
                .hasMessageContaining("periodFrom").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> values.normalise(Map.of("closingBalance", "1.234,50")))
                .hasMessageContaining("closingBalance");
        assertThatThrownBy(() -> values.normalise(Map.of("bgNumber", "12345")))
                .hasMessageContaining("bgNumber");
    }
}
