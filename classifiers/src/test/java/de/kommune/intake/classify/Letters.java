package de.kommune.intake.classify;

import java.util.List;
import java.util.Map;

/**
 * Short, realistic German documents written for the tests (fictitious people, firms and numbers;
 * deliberately worded and laid out unlike the development corpus).
 */
public final class Letters {

    public static final String KONTOAUSZUG = """
            Volksbank Mittelhessen eG
            Kontoauszug Nr. 4/2025                                  Seite 1 von 1
            IBAN: DE89 3704 0044 0532 0130 00   BIC: GENODE51GIE
            Kontoinhaber: Herrn Thomas Beispiel
            Auszugszeitraum 01.04.2025 - 30.04.2025
            Bu-Tag   Wert    Vorgang                                   Betrag EUR
            01.04.   01.04.  Anfangssaldo                                 312,45 H
            03.04.   03.04.  Miete April Wohnungsbau GmbH                 450,00 S
            15.04.   15.04.  Jobcenter Musterstadt 12345BG0012345           812,00 H
            30.04.   30.04.  Endsaldo                                     674,45 H
            """;

    public static final String KONTOAUSZUG_ONLINE = """
            Musterbank AG
            Umsatzübersicht Girokonto
            Konto-Inhaber: Jana Test
            IBAN DE02 1203 0000 0000 2020 51
            Zeitraum 01.03.2025 bis 31.03.2025
            Buchungsdatum Empfänger/Zahlungspflichtiger Verwendungszweck Betrag
            03.03.2025 Stadtwerke Abschlag -62,00
            10.03.2025 Jobcenter Musterstadt Leistungen 612,33
            Kontostand am 31.03.2025: 1.234,56 EUR
            """;

    public static final String LOHNABRECHNUNG = """
            Muster Bau GmbH · Industriestr. 5 · 35390 Gießen
            Herrn
            Max Mustermann
            Lindenweg 7
            35392 Gießen
            Verdienstabrechnung für den Monat März 2025
            Pers.-Nr. 00123   Eintritt 01.02.2021   StKl 1
            Gehalt                            2.850,00
            Gesamt-Brutto                     2.850,00
            Lohnsteuer                          312,50
            Krankenversicherung                 232,28
            Rentenversicherung                  265,05
            Arbeitslosenversicherung             36,99
            Netto-Verdienst                   1.926,61
            Überweisungsbetrag                1.926,61
            Jahreswerte Gesamtbrutto         8.550,00
            """;

    public static final String LOHNABRECHNUNG_KURZ = """
            Entgeltabrechnung Februar 2025
            Arbeitgeber: Pflege zu Hause GmbH
            Mitarbeiter: Tim Test
            Brutto 1.800,00
            Steuerrechtliche Abzüge 95,20
            Gesetzliches Netto 1.342,10
            Auszahlung 1.342,10
            """;

    public static final String MIETVERTRAG = """
            Mietvertrag über Wohnraum
            zwischen
            Herrn Klaus Hausmann, Am Anger 3, 99084 Erfurt
            - im Folgenden „Vermieter“ -
            und
            Frau Sabine Mietling
            - im Folgenden „Mieter“ -
            § 1 Mietsache
            Vermietet werden im Hause Blumenstraße 12, 99084 Erfurt, 2. OG links, folgende Räume: 3 Zimmer, Küche.
            § 2 Mietzeit
            Das Mietverhältnis beginnt am 1. Mai 2025 und wird auf unbestimmte Zeit geschlossen.
            § 3 Miete
            Nettokaltmiete                      520,00 EUR
            Vorauszahlung Betriebskosten        130,00 EUR
            Vorauszahlung Heizkosten             85,00 EUR
            Gesamtbetrag                        735,00 EUR
            Der Mieter zahlt eine Kaution von 1.560,00 EUR.
            """;

    public static final String MIETVERTRAG_TABELLE = """
            Wohnungsmietvertrag
            Vermieter: Wohnbau Süd GmbH, Talweg 1, 80331 München
            Mieter: Herr Tim Test
            Mietobjekt: Bergstraße 7, 80333 München, 1. OG rechts
            Mietbeginn: 01.06.2025
            Grundmiete: 400,00 €
            Nebenkosten: 120,00 €
            Heizkosten: 80,00 €
            Gesamtmiete: 600,00 €
            """;

    public static final String NEBENKOSTEN_GUTHABEN = """
            WohnBau Musterstadt eG · Postfach 1234 · 12345 Musterstadt
            Frau
            Erika Beispiel
            Rosenweg 4
            12345 Musterstadt
                                                         Musterstadt, 15.05.2025
            Betriebskostenabrechnung für das Jahr 2024
            Abrechnungszeitraum: 01.01.2024 – 31.12.2024
            Ihre Betriebskosten gesamt          1.845,20 €
            Ihre Vorauszahlungen                1.980,00 €
            Guthaben zu Ihren Gunsten             134,80 €
            Das Guthaben wird Ihrem Mietkonto gutgeschrieben.
            """;

    public static final String NEBENKOSTEN_NACHZAHLUNG = """
            Hausverwaltung Schmidt
            Nebenkostenabrechnung 2023
            Abrechnungszeitraum 01.01. bis 31.12.2023
            Umlageschlüssel: Wohnfläche 62 m²
            Gesamtkosten Ihr Anteil 1.612,40 €
            Vorauszahlungen 1.400,00 €
            Nachzahlung 212,40 €
            Der Betrag ist zahlbar bis 30.06.2024.
            """;

    public static final String ENERGIERECHNUNG = """
            Stadtwerke Musterstadt GmbH
            Stadtwerke Musterstadt GmbH | Werkstraße 1 | 12345 Musterstadt
            Herrn Max Beispiel
            Birkenallee 9
            12345 Musterstadt
            Kunden-Nr.: 40012345
            Rechnungsdatum: 03.02.2025
            Ihre Jahresverbrauchsabrechnung Strom
            Verbrauchszeitraum 01.01.2024 bis 31.12.2024
            Verbrauch 2.150 kWh
            Gesamtbetrag brutto 812,37 €
            abzgl. geleistete Abschlagszahlungen 840,00 €
            Guthaben 27,63 €
            Ihr neuer Abschlag ab März 2025: 68,00 € monatlich
            """;

    public static final String GASRECHNUNG = """
            Gasversorgung Nord GmbH
            Ihre Gasrechnung
            Kundennummer: 55-667788
            Rechnungsdatum 12.04.2024
            Abrechnungszeitraum: 15.03.2023 - 14.03.2024
            Zählernummer 1ESY1160
            Verbrauch 12.400 kWh
            Rechnungsbetrag: 1.100,00 €
            Abschlag neu: 95,00 €
            """;

    public static final String AU = """
            Arbeitsunfähigkeitsbescheinigung
            zur Vorlage beim Arbeitgeber
            Krankenkasse: BARMER
            Name, Vorname des Versicherten: Beispiel, Erika
            geb. am 12.03.1988
            Erstbescheinigung
            arbeitsunfähig seit 10.03.2025
            voraussichtlich arbeitsunfähig bis einschließlich 14.03.2025
            festgestellt am 10.03.2025
            Diagnose: J06.9 G
            """;

    public static final String AU_TABELLE = """
            Krankenkasse bzw. Kostenträger
            AOK Musterland
            Name, Vorname des Versicherten                geb. am
            Test, Tim                                      02.02.1985
            AU-Bescheinigung - Ausfertigung für Versicherte
            Folgebescheinigung
            AU seit 03.06.2025
            voraussichtlich bis 20.06.2025
            """;

    public static final String ARBEITSVERTRAG = """
            Arbeitsvertrag
            Zwischen der Firma Beispiel Logistik GmbH, vertreten durch den Geschäftsführer,
            Hafenstraße 10, 28217 Bremen – nachfolgend „Arbeitgeber“ genannt –
            und
            Herrn Jan Muster, geboren am 05.06.1990, wohnhaft in 28199 Bremen, Weserweg 2
            – nachfolgend „Arbeitnehmer“ genannt –
            § 1 Beginn und Dauer
            Der Arbeitnehmer wird ab dem 01.07.2025 als Lagerist eingestellt. Die Probezeit beträgt sechs Monate.
            § 3 Arbeitszeit
            Die wöchentliche Arbeitszeit beträgt 40 Stunden.
            § 4 Vergütung
            Der Arbeitnehmer erhält ein monatliches Bruttogehalt in Höhe von 2.600,00 EUR.
            """;

    public static final String ARBEITSVERTRAG_FORMULAR = """
            Anstellungsvertrag
            Arbeitgeber: Café Sonne GmbH
            Arbeitnehmerin: Lea Muster
            Beginn des Arbeitsverhältnisses: 15.08.2025
            Wöchentliche Arbeitszeit: 19,5 Stunden
            Bruttomonatsgehalt: 1.350,00 €
            Urlaubsanspruch: 25 Arbeitstage
            """;

    public static final String KUENDIGUNG_ARBEITNEHMER = """
            Sabine Muster
            Lindenstraße 3
            04109 Leipzig

            Pflegedienst Sonnenschein GmbH
            Personalabteilung
            Hauptstraße 20
            04103 Leipzig

            Leipzig, 28.02.2025

            Kündigung meines Arbeitsverhältnisses

            Sehr geehrte Damen und Herren,
            hiermit kündige ich mein Arbeitsverhältnis fristgerecht zum 31.03.2025.
            Mit freundlichen Grüßen
            Sabine Muster
            """;

    public static final String KUENDIGUNG_VERMIETER = """
            Immobilien Kraft GmbH · Marktplatz 2 · 50667 Köln
            Herrn Tim Test
            Domstraße 5
            50668 Köln
            Köln, 10.04.2025
            Kündigung des Mietverhältnisses
            Sehr geehrter Herr Test,
            hiermit kündigen wir das Mietverhältnis über die Wohnung Domstraße 5 fristgerecht zum 31.07.2025.
            Mit freundlichen Grüßen
            Immobilien Kraft GmbH
            """;

    public static final String BESCHEID_WOHNGELD = """
            Landkreis Musterkreis
            Der Landrat – Wohngeldbehörde
            Landkreis Musterkreis · Postfach 10 11 · 12345 Musterstadt
            Herrn
            Ali Beispiel
            Gartenweg 1
            12345 Musterstadt
            Datum: 12.03.2025
            Wohngeldbescheid
            Sehr geehrter Herr Beispiel,
            auf Ihren Antrag vom 10.01.2025 wird Ihnen Wohngeld für den Bewilligungszeitraum vom 01.02.2025 bis
            31.01.2026 in Höhe von monatlich 236,00 € bewilligt.
            Rechtsbehelfsbelehrung
            Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
            """;

    public static final String BESCHEID_RENTE = """
            Deutsche Rentenversicherung Bund
            10704 Berlin
            Datum 05.06.2024
            Rentenbescheid
            Ihre Altersrente wird ab 01.07.2024 neu berechnet.
            Der monatliche Zahlbetrag beträgt ab 01.07.2024 1.234,56 €.
            Rechtsbehelfsbelehrung
            Gegen diesen Bescheid kann Widerspruch erhoben werden.
            """;

    public static final String PERSONALAUSWEIS = """
            BUNDESREPUBLIK DEUTSCHLAND
            PERSONALAUSWEIS
            IDD<<T220001293<<<<<<<<<<<<<<<
            6408125<2010315D<<<<<<<<<<<<<4
            MUSTERMANN<<ERIKA<<<<<<<<<<<<<
            """;

    public static final String REISEPASS = """
            REISEPASS PASSPORT
            P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<
            C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4
            """;

    public static final String MELDEBESCHEINIGUNG = """
            Stadt Musterstadt
            Bürgerservice / Meldebehörde
            Bescheinigung über die Anmeldung
            Familienname: Beispiel
            Vornamen: Erika Maria
            Geburtsdatum: 01.01.1990
            Anschrift: Parkallee 12 a, 28209 Bremen
            Vorherige Anschrift: Lindenweg 3, 12345 Musterstadt
            Art der Wohnung: Hauptwohnung
            Tag des Einzugs: 15.02.2025
            Bremen, den 20.02.2025
            """;

    public static final String MELDEBESCHEINIGUNG_KURZ = """
            Einwohnermeldeamt Musterstadt
            Meldebescheinigung nach § 18 BMG
            Name, Vorname: Test, Tim
            Wohnung: Domstraße 5, 50668 Köln
            Einzugsdatum: 01.04.2025
            """;

    public static final String SCHULBESCHEINIGUNG = """
            Städtisches Gymnasium am Stadtpark
            Schulstraße 1, 12345 Musterstadt
            Schulbescheinigung
            Hiermit wird bestätigt, dass die Schülerin
            Lena Beispiel, geb. 03.04.2010,
            im Schuljahr 2024/25 die Klasse 9b unserer Schule besucht.
            Musterstadt, 02.09.2024
            Schulleitung
            """;

    public static final String SCHULBESCHEINIGUNG_FORMULAR = """
            Gesamtschule Nord
            Schulbesuchsbescheinigung
            Name: Tim Test
            Geburtsdatum: 02.02.2009
            Klasse: 10c
            Schuljahr: 2024/2025
            """;

    public static final String WEITERBEWILLIGUNGSANTRAG = """
            Antrag auf Weiterbewilligung von Bürgergeld
            Jobcenter Musterstadt
            BG-Nummer: 12345//0012345
            Kundennummer: 123A456789
            Angaben zur antragstellenden Person
            Familienname: Beispiel
            Vorname: Erika
            Geburtsdatum: 01.01.1990
            Bankverbindung (IBAN): DE89 3704 0044 0532 0130 00
            Ich beantrage die Weiterbewilligung ab 01.05.2025.
            Musterstadt, 14.04.2025 ________________________
            Ort, Datum Unterschrift
            """;

    public static final String WEITERBEWILLIGUNGSANTRAG_SPALTEN = """
            Weiterbewilligungsantrag (WBA) - Bürgergeld nach dem SGB II
            Nummer der Bedarfsgemeinschaft        Kundennummer
            54321BG7654321                        987B654321
            Name, Vorname                         Geburtsdatum
            Test, Jana                            07.07.1977
            Es haben sich keine Änderungen ergeben.
            Köln, 20.05.2025
            Unterschrift
            """;

    public static final String VERAENDERUNGSMITTEILUNG = """
            Erika Beispiel
            Rosenweg 4
            12345 Musterstadt
            An das Jobcenter Musterstadt
            BG-Nr.: 12345BG0012345
            Musterstadt, 03.03.2025
            Veränderungsmitteilung
            Sehr geehrte Damen und Herren,
            hiermit teile ich mit, dass ich ab dem 01.03.2025 eine Beschäftigung aufgenommen habe.
            Mit freundlichen Grüßen
            Erika Beispiel
            """;

    public static final String VERAENDERUNGSMITTEILUNG_FORMULAR = """
            Jobcenter Musterstadt
            Änderungsmitteilung
            Mitteilung von Änderungen in den Verhältnissen
            BG-Nummer: 54321BG7654321
            Name, Vorname: Test, Jana
            Datum der Änderung: 01.06.2025
            Art der Änderung: Umzug
            """;

    public static final String SONSTIGES_HANDYRECHNUNG = """
            Mobilfunk AG · Funkweg 1 · 40210 Düsseldorf
            Frau Erika Beispiel
            Rosenweg 4
            12345 Musterstadt
            Kundennummer 123A456789
            Rechnung Nr. 998877 vom 05.03.2025
            Ihre Mobilfunkrechnung für Februar 2025
            Grundgebühr 19,99 €
            Rechnungsbetrag 19,99 €
            Der Betrag wird am 15.03.2025 von Ihrem Konto abgebucht.
            """;

    public static final String SONSTIGES_VERSICHERUNG = """
            Allianz Versicherungs-AG
            Beitragsrechnung
            Versicherungsnummer 12/345678
            Ihre Hausratversicherung
            Beitrag für den Zeitraum 01.01.2025 - 31.12.2025: 89,40 €
            Der Beitrag wird am 01.01.2025 abgebucht.
            """;

    public static final String SONSTIGES_ARZTBRIEF = """
            Praxis Dr. med. Hans Heiler
            Befundbericht
            Patientin: Erika Beispiel, geb. 01.01.1990
            Diagnose: E11.9 G
            Wir empfehlen eine Kontrolle in drei Monaten.
            Musterstadt, 12.02.2025
            """;

    /** Two letters per type (more for SONSTIGES), keyed by the expected type. */
    public static Map<String, List<String>> byType() {
        return Map.ofEntries(
                Map.entry("KONTOAUSZUG", List.of(KONTOAUSZUG, KONTOAUSZUG_ONLINE)),
                Map.entry("LOHNABRECHNUNG", List.of(LOHNABRECHNUNG, LOHNABRECHNUNG_KURZ)),
                Map.entry("MIETVERTRAG", List.of(MIETVERTRAG, MIETVERTRAG_TABELLE)),
                Map.entry("NEBENKOSTENABRECHNUNG", List.of(NEBENKOSTEN_GUTHABEN, NEBENKOSTEN_NACHZAHLUNG)),
                Map.entry("ENERGIERECHNUNG", List.of(ENERGIERECHNUNG, GASRECHNUNG)),
                Map.entry("AU_BESCHEINIGUNG", List.of(AU, AU_TABELLE)),
                Map.entry("ARBEITSVERTRAG", List.of(ARBEITSVERTRAG, ARBEITSVERTRAG_FORMULAR)),
                Map.entry("KUENDIGUNG", List.of(KUENDIGUNG_ARBEITNEHMER, KUENDIGUNG_VERMIETER)),
                Map.entry("BESCHEID", List.of(BESCHEID_WOHNGELD, BESCHEID_RENTE)),
                Map.entry("AUSWEIS", List.of(PERSONALAUSWEIS, REISEPASS)),
                Map.entry("MELDEBESCHEINIGUNG", List.of(MELDEBESCHEINIGUNG, MELDEBESCHEINIGUNG_KURZ)),
                Map.entry("SCHULBESCHEINIGUNG", List.of(SCHULBESCHEINIGUNG, SCHULBESCHEINIGUNG_FORMULAR)),
                Map.entry("WEITERBEWILLIGUNGSANTRAG", List.of(WEITERBEWILLIGUNGSANTRAG, WEITERBEWILLIGUNGSANTRAG_SPALTEN)),
                Map.entry("VERAENDERUNGSMITTEILUNG", List.of(VERAENDERUNGSMITTEILUNG, VERAENDERUNGSMITTEILUNG_FORMULAR)),
                Map.entry("SONSTIGES", List.of(SONSTIGES_HANDYRECHNUNG, SONSTIGES_VERSICHERUNG, SONSTIGES_ARZTBRIEF)));
    }

    private Letters() {
    }
}
