package de.kommune.intake.classify.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueReaderTest {

    @Test
    void aLabelIsNoCode() {
        assertThat(ValueReader.isWord("Rechnungs-Nr.")).isTrue();
        assertThat(ValueReader.isWord("Vertragskonto")).isTrue();
    }

    @Test
    void codesAreCapitalsOrHoldDigits() {
        assertThat(ValueReader.isWord("KD-9719255026")).isFalse();
        assertThat(ValueReader.isWord("kd-4711")).isFalse();
        assertThat(ValueReader.isWord("DEU")).isFalse();
    }
}
