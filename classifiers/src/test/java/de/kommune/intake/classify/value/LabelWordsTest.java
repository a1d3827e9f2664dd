package de.kommune.intake.classify.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelWordsTest {

    @Test
    void compoundedFormLabels() {
        assertThat(LabelWords.isLabelWord("Personal-Nr.")).isTrue();
        assertThat(LabelWords.isLabelWord("Zählernummer")).isTrue();
        assertThat(LabelWords.isLabelWord("Rechnungsdatum:")).isTrue();
        assertThat(LabelWords.isLabelWord("Steuer-ID")).isTrue();
        assertThat(LabelWords.isLabelWord("Datum")).isTrue();
        assertThat(LabelWords.isLabelWord("Girokonto")).isTrue();
    }

    @Test
    void namesAndOrdinaryWordsAreNoLabels() {
        assertThat(LabelWords.isLabelWord("Datumann")).isFalse();
        assertThat(LabelWords.isLabelWord("Gesundheitskasse")).isFalse();
        assertThat(LabelWords.isLabelWord("Hofmann")).isFalse();
        assertThat(LabelWords.isLabelWord("Stadtwerke")).isFalse();
    }
}
