package de.kommune.intake.classify.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseTest {

    @Test
    void foldsCaseUmlautsAndPunctuation() {
        TextView v = TextView.of("KUNDIGUNG Ihres Arbeitsverhältnisses\nBrutto/Netto-Bezüge: 10,00");
        assertThat(Phrase.of("Kündigung").findAll(v)).hasSize(1);
        assertThat(Phrase.of("Brutto Netto Bezüge").findAll(v)).hasSize(1);
        assertThat(Phrase.of("Netto").findAll(v)).hasSize(1); // word boundary: not inside another word
        assertThat(Phrase.of("Arbeit").findAll(v)).isEmpty();
    }

    @Test
    void anUmlautUReadAsTwoIsMatchesItsWordAndKeepsTheOriginalSpan() {
        TextView v = TextView.of("Abrechnung der Brutto/Netto-Beziige fiir 07/2025");
        PhraseMatch m = Phrase.of("Abrechnung der Brutto/Netto-Bezüge für").findAll(v).get(0);
        assertThat(v.text().substring(m.start(), m.end())).isEqualTo("Abrechnung der Brutto/Netto-Beziige fiir");
        assertThat(v.text().substring(m.end()).trim()).isEqualTo("07/2025");
        assertThat(Phrase.of("Alle").findAll(TextView.of("Alle Angaben"))).hasSize(1); // ll folds alike on both sides
    }

    @Test
    void joinsLineEndHyphenationAndToleratesWhitespace() {
        TextView v = TextView.of("Ihre Betriebskosten-\nabrechnung   für 2024");
        assertThat(Phrase.of("Betriebskostenabrechnung").findAll(v)).singleElement()
                .satisfies(m -> assertThat(v.text().substring(m.start(), m.end())).startsWith("Betriebskosten-"));
    }

    @Test
    void longPhrasesTolerateOcrErrors() {
        TextView v = TextView.of("Arbeitsunfähigkeitsbescheinigunq\nKontoinhaber Max");
        assertThat(Phrase.of("Arbeitsunfähigkeitsbescheinigung").findAll(v)).singleElement()
                .satisfies(m -> assertThat(m.fuzzy()).isTrue());
        assertThat(Phrase.of("Kontolnhaber").findAll(v)).hasSize(1); // l/i folded
        assertThat(Phrase.of("Mieter").findAll(TextView.of("Vermieter"))).isEmpty();
    }

    @Test
    void wildcardsAndGaps() {
        TextView v = TextView.of("hiermit kündigen wir das Arbeitsverhältnis fristgerecht zum 31.05.2025");
        PhraseMatch m = Phrase.of("kündig* … zum").findAll(v).get(0);
        assertThat(v.text().substring(m.end()).trim()).isEqualTo("31.05.2025");
        assertThat(Phrase.of("*bescheid").findAll(TextView.of("Ihr Rentenbescheid"))).hasSize(1);
        // a gap never crosses a sentence end
        assertThat(Phrase.of("kündig* … zum").findAll(TextView.of("Wir kündigen nicht. Das Treffen ist zum Glück"))).isEmpty();
    }

    @Test
    void fuzzyMatchesNeverSwallowAWholeWord() {
        TextView v = TextView.of("Betrag EUR\nKontostand vom 31.01.2025");
        assertThat(Phrase.of("neuer Kontostand vom").findAll(v)).isEmpty();
        assertThat(Phrase.of("neuer Kontostand vom").findAll(TextView.of("neuer Kontostsnd vom"))).hasSize(1);
    }
}
