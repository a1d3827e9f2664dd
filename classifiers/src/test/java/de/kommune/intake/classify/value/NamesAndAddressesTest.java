package de.kommune.intake.classify.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesAndAddressesTest {

    @Test
    void personNames() {
        assertThat(Names.person("Herr Dr. med. Max Mustermann")).contains("Max Mustermann");
        assertThat(Names.person("Mustermann, Erika")).contains("Erika Mustermann");
        assertThat(Names.person("Al-Hassan, Nicole 30.08.1985")).contains("Nicole Al-Hassan");
        assertThat(Names.person("Julia von der Heide, geb. am 01.02.1990")).contains("Julia von der Heide");
        assertThat(Names.person("verpflichtet sich zur Verschwiegenheit")).isEmpty();
        assertThat(Names.person("Geburtsdatum")).isEmpty();
    }

    @Test
    void aNameEndsBeforeTheLabelOfTheNextColumn() {
        assertThat(Names.person("Frau Chantal Hofmann Personal-Nr. 37181")).contains("Chantal Hofmann");
        assertThat(Names.person("Emre Richter Steuerklasse 4")).contains("Emre Richter");
        assertThat(Names.person("Katrin Rößler Datum: 12.05.2025")).contains("Katrin Rößler");
        assertThat(Names.person("Hans-Jürgen Becker Personalnummer 4711")).contains("Hans-Jürgen Becker");
        assertThat(Names.person("Personal-Nr. 37181")).isEmpty();
        assertThat(Names.party("Christian Becker Kontoauszug")).contains("Christian Becker");
        assertThat(Names.person("Oleksandr Zimmermann-Neumann Girokonto - Kontoauszug"))
                .contains("Oleksandr Zimmermann-Neumann");
        assertThat(Names.party("Hausverwaltung Nord GmbH Kd.-Nr. 1234")).contains("Hausverwaltung Nord GmbH");
        assertThat(Names.party("Stadtwerke Musterstadt Rechnungsdatum 01.02.2025")).contains("Stadtwerke Musterstadt");
        // names that merely contain such letters stay whole
        assertThat(Names.party("AOK – Die Gesundheitskasse")).contains("AOK – Die Gesundheitskasse");
        assertThat(Names.person("Anna Datumann")).contains("Anna Datumann");
    }

    @Test
    void aCompanyIsNoPersonsName() {
        assertThat(Names.person("Falkenberg Gebäudeservice AG")).isEmpty();
        assertThat(Names.person("Wohnbau Nord GmbH")).isEmpty();
        assertThat(Names.isCompany("Beispiel Immobilien GmbH & Co. KG")).isTrue();
        assertThat(Names.isCompany("Agnes Kaya")).isFalse();
        assertThat(Names.person("Agnes Kaya")).contains("Agnes Kaya");
    }

    @Test
    void anInstitutionIsNoPersonsNameButASurnameEndingLikeATownIs() {
        assertThat(Names.person("Astrid-Lindgren-Grundschule")).isEmpty();
        assertThat(Names.person("Finanzamt Nord")).isEmpty();
        assertThat(Names.person("Jobcenter")).isEmpty();
        assertThat(Names.person("Eisenstadt, Maria")).contains("Maria Eisenstadt");
        assertThat(Names.person("Bernd Schulze")).contains("Bernd Schulze");
        assertThat(Names.party("Grundschule, Abteilung")).contains("Grundschule");
    }

    @Test
    void aClosingRomanNumeralReadWithAnLIsGivenBackItsIs() {
        assertThat(Names.party("Berufsbildende Schulen Schwerin Il")).contains("Berufsbildende Schulen Schwerin II");
        assertThat(Names.party("Gymnasium Musterstadt I1l")).contains("Gymnasium Musterstadt III");
        assertThat(Names.party("Gesamtschule Musterstadt II")).contains("Gesamtschule Musterstadt II");
    }

    @Test
    void anAbbreviationOrAScribbleIsNoName() {
        assertThat(Names.person("WBA")).isEmpty(); // a form's footer "WBA - Stand 07/2023"
        assertThat(Names.person("WBA Müller")).contains("WBA Müller");
        assertThat(Names.party("Rn")).isEmpty(); // a signature read as letters
        assertThat(Names.party("AOK")).contains("AOK");
    }

    @Test
    void aFormFieldsUnderlineBeforeTheNameIsDropped() {
        assertThat(Names.person(": _ Groß-Voß")).contains("Groß-Voß");
        assertThat(Names.person("j Jana")).contains("Jana"); // a speck read as a lower-case letter
        assertThat(Names.person("y Garcia")).isEmpty(); // a particle stays what it is
        assertThat(Names.party("__ Wohnbau Nord GmbH")).contains("Wohnbau Nord GmbH");
    }

    @Test
    void partyNames() {
        assertThat(Names.party("der Firma Beispiel Logistik GmbH, Hafenstraße 10, 28217 Bremen"))
                .contains("Beispiel Logistik GmbH");
        assertThat(Names.party("Landkreis Harz - Unterhaltsvorschusskasse")).contains("Landkreis Harz - Unterhaltsvorschusskasse");
        assertThat(Names.party("Frau Sabine Mietling")).contains("Sabine Mietling");
        assertThat(Names.party("Herrn")).isEmpty();
        assertThat(Names.party("Kontoauszug Nr. 3/2025")).isEmpty(); // a label word starts no name
        assertThat(Names.party("6 Tierhaltung")).isEmpty();
    }

    @Test
    void aTownWhoseNameGoesOnOnTheNextLineKeepsIt() {
        assertThat(Addresses.find("des Hauses Goethestraße 20 in 79105 Freiburg im\nBreisgau, bestehend aus")
                .map(Addresses.AddressMatch::normalized)).contains("Goethestraße 20, 79105 Freiburg im Breisgau");
        // the line broken after "in", before the postcode
        assertThat(Addresses.find("des Hauses An der Weißen Mühle 6 in\n20121 Hamburg, bestehend aus")
                .map(Addresses.AddressMatch::normalized)).contains("An der Weißen Mühle 6, 20121 Hamburg");
        // the line broken before the river's "am"; a sentence on the next line is no part of the town
        assertThat(Addresses.find("des Hauses Kastanienweg 131 in 63096 Offenbach\nam Main, bestehend aus")
                .map(Addresses.AddressMatch::normalized)).contains("Kastanienweg 131, 63096 Offenbach am Main");
        assertThat(Addresses.find("Kastanienweg 131, 63096 Offenbach\nam Montag, dem 3. März")
                .map(Addresses.AddressMatch::normalized)).contains("Kastanienweg 131, 63096 Offenbach");
    }

    @Test
    void aStreetWhoseSharpSOcrReadAsBKeepsItsAdjective() {
        assertThat(Addresses.find("rechts des Hauses GroBe StraBe 37 in 06136 Halle (Saale)")
                .map(Addresses.AddressMatch::street)).contains("GroBe StraBe");
        assertThat(Addresses.startsWithStreet("GroBe StraBe 37")).isTrue();
        assertThat(Addresses.startsWithStreet("‘Zum Bräuhaus 102")).isTrue(); // a quote OCR read before it
    }

    @Test
    void addressesAreCutToTheStreetAndNormalised() {
        assertThat(Addresses.find("im 2. OG des Hauses Industriestraße 54, 47051 Duisburg, bestehend aus")
                .map(Addresses.AddressMatch::normalized)).contains("Industriestraße 54, 47051 Duisburg");
        assertThat(Addresses.find("Königsberger Straße 12b 68159 Mannheim").map(Addresses.AddressMatch::normalized))
                .contains("Königsberger Straße 12b, 68159 Mannheim");
        assertThat(Addresses.find("Am Markt 5\n06108 Halle (Saale)").map(Addresses.AddressMatch::normalized))
                .contains("Am Markt 5, 06108 Halle (Saale)");
        assertThat(Addresses.find("Hauptstr. 7 · 60311 Frankfurt am Main").map(Addresses.AddressMatch::normalized))
                .contains("Hauptstr. 7, 60311 Frankfurt am Main");
        assertThat(Addresses.find("Kaution in Höhe von 3 Monatsmieten")).isEmpty();
    }

    @Test
    void aNameEndingLikeAStreetIsNoStreetUnlessAnArticleFollows() {
        // "Chantal" ends in "-tal" like "Rosental"; the number belongs to the right column's date
        assertThat(Addresses.startsWithStreet("Chantal Jäger Buchungszeitraum 18.03.2025 - 31.03.2025")).isFalse();
        assertThat(Addresses.startsWithStreet("Platz der Einheit 5")).isTrue();
        assertThat(Addresses.startsWithStreet("Rosental 12")).isTrue();
        assertThat(Addresses.find("Platz der Republik 1, 11011 Berlin").map(Addresses.AddressMatch::normalized))
                .contains("Platz der Republik 1, 11011 Berlin");
    }

    @Test
    void theLegalFormUgKeepsItsParenthesis() {
        assertThat(Names.party("Einzelhandel Koch UG (haftungsbeschränkt)"))
                .contains("Einzelhandel Koch UG (haftungsbeschränkt)");
        assertThat(Names.party("Koch GmbH (Zentrale)")).contains("Koch GmbH");
    }

    @Test
    void addressesInProseWithInBeforeThePostcodeAndALineBreakAfterIt() {
        assertThat(Addresses.find("Vermietet wird die Wohnung im 2. OG Mitte des Hauses Ostwall 116 in 55138 Mainz, "
                + "bestehend aus").map(Addresses.AddressMatch::normalized)).contains("Ostwall 116, 55138 Mainz");
        assertThat(Addresses.find("links des Hauses Am Hafen 37 in 45893\nGelsenkirchen, bestehend aus 3 Zimmern")
                .map(Addresses.AddressMatch::normalized)).contains("Am Hafen 37, 45893 Gelsenkirchen");
        assertThat(Addresses.find("Zimmer 12 in 40 Minuten")).isEmpty();
    }
}
