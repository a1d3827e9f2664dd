package de.kommune.intake.classify.classification;

import de.kommune.intake.classify.Letters;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.text.TextView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CueClassifierTest {

    private static final CueClassifier CLASSIFIER = new CueClassifier(Taxonomy.defaults());

    static Stream<Arguments> letters() {
        return Letters.byType().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(text -> Arguments.of(e.getKey(), text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void classifiesShortLetters(String expected, String text) {
        Classification c = CLASSIFIER.classify(TextView.of(text));
        assertThat(c.documentType()).isEqualTo(expected);
        assertThat(c.confidence()).isGreaterThan(0.55);
    }

    @Test
    void toleratesOcrNoiseInTheTitle() {
        Classification c = CLASSIFIER.classify(TextView.of("""
                Betriebskosten-
                abrechnunq fur 2024
                Abrechnungszeitraurn 01.01.2024 - 31.12.2024
                Nachzahlunq 12,00 €
                """));
        assertThat(c.documentType()).isEqualTo("NEBENKOSTENABRECHNUNG");
    }

    @Test
    void cuesInRunningTextDoNotOutweighTheTitle() {
        // an employment contract mentions the AU certificate in its clauses
        Classification c = CLASSIFIER.classify(TextView.of("""
                Arbeitsvertrag
                Arbeitgeber: Café Sonne GmbH
                Arbeitnehmer: Lea Muster
                Im Krankheitsfall ist spätestens am dritten Tag eine Arbeitsunfähigkeitsbescheinigung vorzulegen.
                """));
        assertThat(c.documentType()).isEqualTo("ARBEITSVERTRAG");
    }

    @Test
    void nothingConvincingIsSonstiges() {
        Classification c = CLASSIFIER.classify(TextView.of("Liebe Eltern,\nam Freitag findet unser Sommerfest statt."));
        assertThat(c.documentType()).isEqualTo("SONSTIGES");
        assertThat(c.confidence()).isGreaterThan(0.9);
    }

    @Test
    void ambiguousEvidenceGivesLowConfidence() {
        Classification c = CLASSIFIER.classify(TextView.of("""
                Sehr geehrte Damen und Herren,
                anbei erhalten Sie meinen Mietvertrag und meinen Arbeitsvertrag.
                """));
        assertThat(c.confidence()).isLessThan(0.55);
    }
}
