package de.kommune.intake.classify.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelLinesTest {

    @Test
    void translationsOfALabelAreNoValue() {
        assertThat(LabelLines.translationsOnly("/ Date of expiry / Date d'expiration", false)).isTrue();
        assertThat(LabelLines.translationsOnly(" / Date d’expiration ", true)).isTrue();
    }

    @Test
    void aValueAfterASlashStaysAValue() {
        assertThat(LabelLines.translationsOnly("/ Muster", false)).isFalse(); // "Vorname / Name Muster"
        assertThat(LabelLines.translationsOnly("/ 02.11.2028", true)).isFalse();
        assertThat(LabelLines.translationsOnly("/ Nationality / DEUTSCH 1990", true)).isFalse();
        assertThat(LabelLines.translationsOnly("", true)).isFalse();
    }
}
