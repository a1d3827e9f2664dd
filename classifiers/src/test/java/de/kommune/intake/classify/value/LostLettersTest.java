package de.kommune.intake.classify.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LostLettersTest {

    @Test
    void takesTheSpellingWithDotsPrintedElsewhereInTheDocument() {
        LostLetters letters = new LostLetters("Herr Thomas Böhm\nAm Markt 3\nFamilienname Bohm\nKontoinhaber Ursula Bäumer");
        assertThat(letters.restore("Thomas Bohm")).isEqualTo("Thomas Böhm");
        assertThat(letters.restore("Ursula Baumer")).isEqualTo("Ursula Bäumer");
        assertThat(letters.restore("Thomas Böhm")).isEqualTo("Thomas Böhm");
    }

    @Test
    void aFrequentNameWhoseDotlessSpellingIsNoNameGetsItsDotsBack() {
        LostLetters letters = new LostLetters("Hans-Jurgen Moller\nMusterweg 1");
        assertThat(letters.restore("Hans-Jurgen Moller")).isEqualTo("Hans-Jürgen Möller");
        assertThat(letters.restore("Sabine Kuhn")).isEqualTo("Sabine Kuhn"); // Kuhn is a name of its own
        assertThat(letters.restore("Brandschutz Nord GmbH")).isEqualTo("Brandschutz Nord GmbH");
    }

    @Test
    void aTradesNounAtTheStartOfACompanyWordGetsItsDotsBack() {
        LostLetters letters = new LostLetters("Kuhn & Partner Gebaudeservice AG");
        assertThat(letters.restore("Kühn & Partner Gebaudeservice AG")).isEqualTo("Kühn & Partner Gebäudeservice AG");
        assertThat(letters.restore("Backerei Beispiel")).isEqualTo("Bäckerei Beispiel");
        assertThat(letters.restore("Zahnarztpraxis Dr. Beispiel")).isEqualTo("Zahnarztpraxis Dr. Beispiel");
        assertThat(letters.restore("Kuchenmeister GmbH")).isEqualTo("Kuchenmeister GmbH");
    }

    @Test
    void takesEszettReadAsBFromAnotherMention() {
        LostLetters letters = new LostLetters("Michael ThieBen\nSehr geehrter Herr Thießen,");
        assertThat(letters.restore("Michael ThieBen")).isEqualTo("Michael Thießen");
    }

    @Test
    void theLegalFormHaftungsbeschraenktKeepsItsUmlaut() {
        assertThat(new LostLetters("").restore("Beispiel-Pflegedienst UG (haftungsbeschrankt)"))
                .isEqualTo("Beispiel-Pflegedienst UG (haftungsbeschränkt)");
    }

    @Test
    void aCapitalBAfterALowerCaseVowelIsEszett() {
        LostLetters letters = new LostLetters("");
        assertThat(letters.restore("Doreen VoB")).isEqualTo("Doreen Voß");
        assertThat(letters.restore("RosenstraBe 129, 04122 Leipzig")).isEqualTo("Rosenstraße 129, 04122 Leipzig");
        assertThat(letters.restore("Werner MeiBner")).isEqualTo("Werner Meißner");
        assertThat(letters.restore("Anna Fuß-HeB")).isEqualTo("Anna Fuß-Heß");
    }

    @Test
    void aDoubledIInsideAWordIsU() {
        LostLetters letters = new LostLetters("");
        assertThat(letters.restore("GriinStrom Deutschland GmbH")).isEqualTo("GrünStrom Deutschland GmbH");
        assertThat(letters.restore("Hans Kiihn")).isEqualTo("Hans Kühn");
        assertThat(letters.restore("Ilias Iida")).isEqualTo("Ilias Iida");
    }

    @Test
    void leavesCapitalBWhereGermanSpellingPutsOne() {
        LostLetters letters = new LostLetters("");
        assertThat(letters.restore("Bernd Becker")).isEqualTo("Bernd Becker");
        assertThat(letters.restore("Anna-Berit Schmidt-Bauer")).isEqualTo("Anna-Berit Schmidt-Bauer");
        assertThat(letters.restore("Jan DeBoer")).isEqualTo("Jan DeBoer");
        assertThat(letters.restore("AOK BAYERN")).isEqualTo("AOK BAYERN");
        assertThat(letters.restore("eBay GmbH")).isEqualTo("eBay GmbH");
    }

    @Test
    void competingSpellingsAndOtherCaseChangeNothing() {
        assertThat(new LostLetters("Frau Anna Schon\nEin schöner Tag, schön").restore("Anna Schon"))
                .isEqualTo("Anna Schon");
        assertThat(new LostLetters("Kühn, Kühn und Kuhn").restore("Kuhn")).isEqualTo("Kühn");
        // two spellings with the same lost form: neither is taken, the B rule still applies
        assertThat(new LostLetters("Müßen Mußen").restore("MuBen")).isEqualTo("Mußen");
    }
}
