package de.kommune.intake.classify;

import de.kommune.intake.classify.value.Names;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedAnalyzerTest {

    private static final AnalyzerSettings SETTINGS = AnalyzerSettings.defaults().withReferenceDate(LocalDate.of(2025, 6, 30));
    private static final RuleBasedAnalyzer ANALYZER = new RuleBasedAnalyzer(
            de.kommune.intake.classify.taxonomy.Taxonomy.defaults(), SETTINGS);

    @Test
    void payslipValuesRightOfLabelsAndFromTheLetter() {
        AnalysisResult r = analyze(Letters.LOHNABRECHNUNG);
        assertThat(r.documentType()).isEqualTo("LOHNABRECHNUNG");
        assertThat(values(r)).containsEntry("grossAmount", "2850.00") // not the "Jahreswerte" line
                .containsEntry("netAmount", "1926.61")
                .containsEntry("payoutAmount", "1926.61")
                .containsEntry("payPeriod", "2025-03")
                .containsEntry("employerName", "Muster Bau GmbH") // return-address line
                .containsEntry("employeeName", "Max Mustermann"); // address block after "Herrn"
        assertThat(r.reviewReasons()).isEmpty();
        assertThat(r.sensitivity()).isEqualTo("NORMAL");
        r.fields().values().forEach(f -> assertThat(f.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void valuesBelowLabelsInTheirColumn() {
        AnalysisResult r = analyze(Letters.WEITERBEWILLIGUNGSANTRAG_SPALTEN);
        assertThat(r.documentType()).isEqualTo("WEITERBEWILLIGUNGSANTRAG");
        assertThat(values(r)).containsEntry("bgNumber", "54321BG7654321")
                .containsEntry("customerNumber", "987B654321")
                .containsEntry("applicantName", "Jana Test")
                .containsEntry("signatureDate", "2025-05-20");
    }

    @Test
    void formWithSeparateNameFieldsAndSlashBgNumber() {
        AnalysisResult r = analyze(Letters.WEITERBEWILLIGUNGSANTRAG);
        assertThat(values(r)).containsEntry("bgNumber", "12345BG0012345")
                .containsEntry("customerNumber", "123A456789")
                .containsEntry("applicantName", "Erika Beispiel")
                .containsEntry("iban", "DE89370400440532013000")
                .containsEntry("signatureDate", "2025-04-14");
        assertThat(r.reviewReasons()).isEmpty();
    }

    @Test
    void invalidIbanIsShownWithLowConfidenceAndSendsToReview() {
        AnalysisResult r = analyze(Letters.WEITERBEWILLIGUNGSANTRAG.replace("0130 00", "0130 01"));
        assertThat(r.fields().get("iban").value()).isEqualTo("DE89370400440532013001");
        assertThat(r.fields().get("iban").confidence()).isLessThan(0.2);
        assertThat(r.reviewReasons()).contains(ReviewReasons.INVALID_IBAN);
    }

    @Test
    void suppliersCustomerNumberNeverBecomesTheJobcenterKundennummer() {
        AnalysisResult r = analyze(Letters.ENERGIERECHNUNG.replace("Kunden-Nr.: 40012345", "Kundennummer: 123A456789"));
        assertThat(r.documentType()).isEqualTo("ENERGIERECHNUNG");
        assertThat(r.fields()).doesNotContainKey("customerNumber");
        assertThat(values(r)).containsEntry("supplierCustomerNumber", "123A456789");
    }

    @Test
    void kundennummerWithoutJobcenterContextIsIgnored() {
        AnalysisResult r = analyze(Letters.SONSTIGES_HANDYRECHNUNG);
        assertThat(r.documentType()).isEqualTo("SONSTIGES");
        assertThat(r.fields()).doesNotContainKey("customerNumber");
    }

    @Test
    void energyBill() {
        AnalysisResult r = analyze(Letters.ENERGIERECHNUNG);
        assertThat(values(r)).containsEntry("supplierName", "Stadtwerke Musterstadt GmbH")
                .containsEntry("supplierCustomerNumber", "40012345")
                .containsEntry("invoiceDate", "2025-02-03")
                .containsEntry("periodFrom", "2024-01-01")
                .containsEntry("periodTo", "2024-12-31")
                .containsEntry("totalAmount", "812.37")
                .containsEntry("monthlyInstallment", "68.00"); // not the paid instalments
    }

    @Test
    void sickNoteIsHealthDataAndYieldsNoDiagnosis() {
        AnalysisResult r = analyze(Letters.AU);
        assertThat(r.documentType()).isEqualTo("AU_BESCHEINIGUNG");
        assertThat(r.sensitivity()).isEqualTo("HEALTH");
        assertThat(values(r)).containsEntry("personName", "Erika Beispiel")
                .containsEntry("dateOfBirth", "1988-03-12")
                .containsEntry("incapacityFrom", "2025-03-10")
                .containsEntry("incapacityUntil", "2025-03-14");
        assertThat(r.fields().values()).noneMatch(f -> f.value().contains("J06") || f.value().contains("Diagnose"));
    }

    @Test
    void diagnosisOnAnotherDocumentRaisesSensitivity() {
        assertThat(analyze(Letters.SONSTIGES_ARZTBRIEF).sensitivity()).isEqualTo("HEALTH");
        assertThat(analyze(Letters.SONSTIGES_VERSICHERUNG).sensitivity()).isEqualTo("NORMAL");
    }

    @Test
    void rentalContractWithPartiesInProse() {
        AnalysisResult r = analyze(Letters.MIETVERTRAG);
        assertThat(values(r)).containsEntry("landlordName", "Klaus Hausmann")
                .containsEntry("tenantName", "Sabine Mietling")
                .containsEntry("propertyAddress", "Blumenstraße 12, 99084 Erfurt")
                .containsEntry("rentStart", "2025-05-01")
                .containsEntry("baseRent", "520.00")
                .containsEntry("serviceCharges", "130.00")
                .containsEntry("heatingCosts", "85.00")
                .containsEntry("totalRent", "735.00");
        assertThat(r.reviewReasons()).isEmpty();
    }

    @Test
    void rentThatDoesNotAddUpIsImplausible() {
        AnalysisResult r = analyze(Letters.MIETVERTRAG.replace("735,00", "755,00"));
        assertThat(r.reviewReasons()).containsExactly(ReviewReasons.IMPLAUSIBLE_VALUE);
    }

    @Test
    void periodEndBeforeStartIsImplausible() {
        AnalysisResult r = analyze(Letters.KONTOAUSZUG.replace("01.04.2025 - 30.04.2025", "30.04.2025 - 01.04.2025"));
        assertThat(r.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
    }

    @Test
    void netAboveGrossIsImplausible() {
        AnalysisResult r = analyze(Letters.LOHNABRECHNUNG_KURZ.replace("Gesetzliches Netto 1.342,10", "Gesetzliches Netto 2.342,10"));
        assertThat(r.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
    }

    @Test
    void impossibleDateIsNotOutputAndImplausible() {
        AnalysisResult r = analyze(Letters.MELDEBESCHEINIGUNG.replace("Tag des Einzugs: 15.02.2025", "Tag des Einzugs: 31.02.2025"));
        assertThat(r.fields()).doesNotContainKey("moveInDate");
        assertThat(r.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
    }

    @Test
    void missingRequiredFieldSendsToReview() {
        AnalysisResult r = analyze(Letters.KONTOAUSZUG.replace("30.04.   30.04.  Endsaldo                                     674,45 H", ""));
        assertThat(r.documentType()).isEqualTo("KONTOAUSZUG");
        assertThat(r.fields()).doesNotContainKey("closingBalance");
        assertThat(r.reviewReasons()).containsExactly(ReviewReasons.MISSING_REQUIRED_FIELD);
    }

    @Test
    void lowTypeConfidenceSendsToReview() {
        AnalysisResult r = analyze("Sehr geehrte Damen und Herren,\n"
                + "anbei erhalten Sie meinen Mietvertrag und meinen Arbeitsvertrag.");
        assertThat(r.typeConfidence()).isLessThan(0.55);
        assertThat(r.reviewReasons()).contains(ReviewReasons.LOW_TYPE_CONFIDENCE);
    }

    @Test
    void statementBalancesWithSollAndHaben() {
        assertThat(values(analyze(Letters.KONTOAUSZUG))).containsEntry("closingBalance", "674.45")
                .containsEntry("accountHolder", "Thomas Beispiel")
                .containsEntry("periodFrom", "2025-04-01")
                .containsEntry("periodTo", "2025-04-30");
        assertThat(values(analyze(Letters.KONTOAUSZUG.replace("674,45 H", "120,00 S"))))
                .containsEntry("closingBalance", "-120.00");
    }

    @Test
    void closingBalanceIsTheLastOfRepeatedBalanceLines() {
        AnalysisResult r = analyze("""
                Sparkasse Musterstadt
                Kontoauszug 2/2025
                           Kontostand vom 31.12.2024 um 20:15 Uhr                         1.021,33
                02.01.2025 Lastschrift Stadtwerke                    62,00 S
                           Kontostand vom 31.01.2025 um 20:15 Uhr                           959,33
                """);
        assertThat(values(r)).containsEntry("closingBalance", "959.33");
    }

    @Test
    void settlementKindFollowsTheAmountsLabel() {
        assertThat(values(analyze(Letters.NEBENKOSTEN_GUTHABEN))).containsEntry("settlementAmount", "134.80")
                .containsEntry("settlementKind", "GUTHABEN").doesNotContainKey("dueDate");
        assertThat(values(analyze(Letters.NEBENKOSTEN_NACHZAHLUNG))).containsEntry("settlementAmount", "212.40")
                .containsEntry("settlementKind", "NACHZAHLUNG")
                .containsEntry("dueDate", "2024-06-30")
                .containsEntry("periodFrom", "2023-01-01") // "01.01. bis 31.12.2023"
                .containsEntry("periodTo", "2023-12-31");
    }

    @Test
    void benefitTypeAndIssuer() {
        assertThat(values(analyze(Letters.BESCHEID_WOHNGELD))).containsEntry("benefitType", "WOHNGELD")
                .containsEntry("issuer", "Landkreis Musterkreis")
                .containsEntry("amount", "236.00")
                .containsEntry("periodFrom", "2025-02-01")
                .containsEntry("periodTo", "2026-01-31")
                .containsEntry("documentDate", "2025-03-12");
        assertThat(values(analyze(Letters.BESCHEID_RENTE))).containsEntry("benefitType", "RENTE")
                .containsEntry("amount", "1234.56");
    }

    @Test
    void terminationLetters() {
        assertThat(values(analyze(Letters.KUENDIGUNG_VERMIETER))).containsEntry("senderName", "Immobilien Kraft GmbH")
                .containsEntry("recipientName", "Tim Test")
                .containsEntry("documentDate", "2025-04-10")
                .containsEntry("terminationDate", "2025-07-31");
        assertThat(values(analyze(Letters.KUENDIGUNG_ARBEITNEHMER))).containsEntry("senderName", "Sabine Muster")
                .containsEntry("recipientName", "Pflegedienst Sonnenschein GmbH")
                .containsEntry("terminationDate", "2025-03-31");
    }

    @Test
    void idCardFromTheMachineReadableZone() {
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
                Name MÜLLER
                IDD<<T22OOO1293<<<<<<<<<<<<<<<
                6408125<2010315D<<<<<<<<<<<<<4
                MUELLER<<ERIKA<<<<<<<<<<<<<<<<
                """);
        assertThat(r.documentType()).isEqualTo("AUSWEIS");
        assertThat(values(r)).containsEntry("surname", "MÜLLER") // visual zone spelling of MUELLER
                .containsEntry("givenNames", "ERIKA")
                .containsEntry("dateOfBirth", "1964-08-12")
                .containsEntry("documentNumber", "T22000129") // O read as 0 until the check digit passes
                .containsEntry("expiryDate", "2020-10-31")
                .containsEntry("nationality", "D");
        assertThat(r.fields().get("dateOfBirth").confidence()).isGreaterThan(0.9);
    }

    @Test
    void anUnreadableZoneLeavesTheVisualZoneWithLabelsInThreeLanguages() {
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND
                PERSONALAUSWEIS
                Name / Surname / Nom
                BERGER
                Vornamen / Given names / Prénoms
                ANNA
                Gültig bis / Date of expiry / Date d'expiration

                02.11.2028
                IDD<<TVIFVORK68<<<<<<<<<cceec<c
                """);
        assertThat(values(r)).containsEntry("surname", "BERGER").containsEntry("givenNames", "ANNA")
                .containsEntry("expiryDate", "2028-11-02");
    }

    @Test
    void thePreviousAddressIsNotTakenForTheCurrentOneWhenALabelEndsTheLineAbove() {
        AnalysisResult r = analyze("""
                Erweiterte Meldebescheinigung nach § 18 Abs. 2 Bundesmeldegesetz
                Familienname Beispiel
                Vornamen Anna
                Straße, Hausnummer Lindenweg 7
                Postleitzahl, Ort 12345 Musterstadt
                Wohnungsstatus alleinige Wohnung
                Vorherige Anschrift Am Markt 3, 54321 Altstadt
                """);
        assertThat(values(r)).containsEntry("address", "Lindenweg 7, 12345 Musterstadt");
        // a speck OCR read between the postcode label and the postcode
        assertThat(values(analyze("""
                Meldebescheinigung nach § 18 Abs. 1 Bundesmeldegesetz
                Familienname Beispiel
                Straße, Hausnummer Auf dem Kämpchen 156
                Postleitzahl, Ort _ 50673 Köln
                eingezogen am 29.2.2020
                """))).containsEntry("address", "Auf dem Kämpchen 156, 50673 Köln");
    }

    private static final String STATEMENT = """
                Sparkasse Musterstadt
                Kontoauszug vom 01.04.2025 - 30.04.2025
                Kontoinhaber Anna Beispiel
                IBAN DE02120300000000202051
                Buchung Wert Buchungstext Betrag EUR
                Alter Kontostand 31.03.2025 -158,85
                02.04. 02.04. Gutschrift Jobcenter Musterstadt 362,59
                03.04. 03.04. Dauerauftrag Miete April 2025 -769,57
                05.04. 05.04. Lastschrift Stadtwerke Abschlag Strom -52,94
                Saldo neu 30.04.2025 %s
                """;

    @Test
    void aClosingBalanceWhoseMinusOcrDroppedTakesTheSignItsBookingsGive() {
        assertThat(values(analyze(STATEMENT.formatted("618,77")))).containsEntry("closingBalance", "-618.77");
        assertThat(values(analyze(STATEMENT.formatted("\"618,77")))).containsEntry("closingBalance", "-618.77");
    }

    @Test
    void aClosingBalanceWhoseRowOcrBrokeIsTheLoneAmountThatTheBookingsGive() {
        String statement = """
                Sparkasse Musterstadt
                Kontoauszug Nr. 3/2025
                Kontoinhaber Anna Beispiel
                IBAN DE02120300000000202051
                Buchung Wert Buchungstext Betrag EUR
                Kontostand am 28.02.2025 +178,72
                03.03. 03.03. Dauerauftrag Miete März 2025 -731,18
                04.03. 04.03. Kartenzahlung Drogerie Musterstadt -73,95
                27.03. 27.03. Lastschrift Stadtwerke Abschlag Strom -93,61
                %s

                Neuer Kontostand 31.03.2025
                """;
        assertThat(values(analyze(statement.formatted("-720,02")))).containsEntry("closingBalance", "-720.02");
        // a lone amount that the bookings do not give is not taken for the balance
        assertThat(values(analyze(statement.formatted("-720,20")))).doesNotContainEntry("closingBalance", "-720.20");
    }

    private static final String DEBIT_CREDIT_COLUMNS = """
                Sparkasse Musterstadt
                Kontoauszug vom 01.05.2025 - 31.05.2025
                Kontoinhaber Anna Beispiel
                IBAN DE02120300000000202051
                Buchung Wert Vorgang Soll EUR Haben EUR
                Kontostand am 30.04.2025 12,53
                02.05. 02.05. Gutschrift Jobcenter Musterstadt Bürgergeld 1.154,89
                03.05. 03.05. Dauerauftrag Miete Mai 2025 1.204,42
                06.05. 06.05. Kartenzahlung Supermarkt 60,77 °
                Kontostand am 31.05.2025 %s
                """;

    @Test
    void debitAndCreditColumnsWithoutSignsReconcileByTheBookingTexts() {
        // 12,53 + 1.154,89 - 1.204,42 - 60,77 = -97,77; the text lost the column, hence the sign
        assertThat(values(analyze(DEBIT_CREDIT_COLUMNS.formatted("97,77")))).containsEntry("closingBalance", "-97.77");
        // a booking whose text says neither way: the balance stays as read
        assertThat(values(analyze(DEBIT_CREDIT_COLUMNS.formatted("97,77").replace("Kartenzahlung", "Beleg"))))
                .containsEntry("closingBalance", "97.77");
        // a booking whose decimal comma OCR read as a colon still counts
        assertThat(values(analyze(DEBIT_CREDIT_COLUMNS.formatted("97,77").replace("60,77 °", "60:77"))))
                .containsEntry("closingBalance", "-97.77");
    }

    @Test
    void anOpeningBalanceInTheDebitColumnLostItsSignToo() {
        // -12,53 + 1.154,89 - 1.204,42 - 60,77 = -122,83: both balances stood in the Soll column
        assertThat(values(analyze(DEBIT_CREDIT_COLUMNS.formatted("122,83")))).containsEntry("closingBalance", "-122.83");
        assertThat(values(analyze(DEBIT_CREDIT_COLUMNS.formatted("122,84")))).containsEntry("closingBalance", "122.84");
    }

    @Test
    void theNewBalanceFindsTheOldOneByItsLabelWithoutTheWordNew() {
        String statement = DEBIT_CREDIT_COLUMNS.replace("Kontostand am 31.05.2025 %s", "neuer Kontostand 31.05.25 %s");
        assertThat(values(analyze(statement.formatted("97,77")))).containsEntry("closingBalance", "-97.77");
        // a smudge read as a short word after a booking's amount: the booking still counts
        assertThat(values(analyze(statement.formatted("97,77").replace("1.204,42", "1.204,42 is"))))
                .containsEntry("closingBalance", "-97.77");
    }

    @Test
    void aClosingBalanceLabelledInOtherWordsThanTheOpeningOneStillReconciles() {
        String statement = DEBIT_CREDIT_COLUMNS.replace("Kontostand am 31.05.2025 %s", "Saldo neu 31.05.2025 %s");
        assertThat(values(analyze(statement.formatted("97,77")))).containsEntry("closingBalance", "-97.77");
        assertThat(values(analyze(statement.formatted("97,78")))).containsEntry("closingBalance", "97.78");
    }

    @Test
    void aClosingBalanceStaysAsReadWhenTheBookingsDoNotAddUpToItExactly() {
        assertThat(values(analyze(STATEMENT.formatted("-618,77")))).containsEntry("closingBalance", "-618.77");
        assertThat(values(analyze(STATEMENT.formatted("618,78")))).containsEntry("closingBalance", "618.78");
        assertThat(values(analyze(STATEMENT.formatted("618,77").replace("-52,94", "52,94"))))
                .containsEntry("closingBalance", "618.77");
    }

    @Test
    void anInformationBlockReadLabelColumnFirstGivesEachLabelItsValue() {
        AnalysisResult r = analyze("""
                Stadtwerke Musterstadt GmbH
                Ihre Strom-Jahresrechnung
                Abrechnungszeitraum 17.08.2024 - 16.08.2025

                Ihre Kundennummer
                Vertragskonto
                Rechnungs-Nr.
                Rechnungsdatum

                KD-9719255026
                964486531834
                7649016507
                28.08.2025

                Zählernummer 1ESY1796394001
                Rechnungsbetrag 612,15 €
                """);
        assertThat(r.documentType()).isEqualTo("ENERGIERECHNUNG");
        assertThat(values(r)).containsEntry("supplierCustomerNumber", "KD-9719255026")
                .containsEntry("invoiceDate", "2025-08-28");
    }

    @Test
    void theDateOfAnInformationBlockReadAfterTheSalutationIsTheLettersDate() {
        String letter = """
                Finanzamt Musterstadt
                Am Markt 1 - 12345 Musterstadt
                Finanzamt Musterstadt - Am Markt 1 - 12345 Musterstadt Datum

                Frau Anna Beispiel
                Lindenweg 7
                12345 Musterstadt

                Einkommensteuer 2024 - Mitteilung über die Festsetzung

                Sehr geehrte Frau Beispiel,

                Steuernummer 185/571/83588
                Identifikationsnummer 19625403793
                Finanzamtsnummer 2631

                Sachbearbeitung Herr Muster

                12.01.2025

                die Einkommensteuer für das Kalenderjahr 2024 wurde festgesetzt.
                """;
        assertThat(values(analyze(letter))).containsEntry("documentDate", "2025-01-12");
        // without the label, a date that far down is no letter date
        assertThat(values(analyze(letter.replace(" Datum\n", "\n")))).doesNotContainKey("documentDate");
    }

    @Test
    void aNameMisreadInAZoneThatFailsItsChecksTakesThePrintedSpelling() {
        String card = """
                BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
                Name SCHNEIDER
                Vornamen IRINA
                IDD<<T22OOO1293<<<<<<<<<<<<<<<
                6408125<2010315D<<<<<<<<<<<<<4
                SCHNETDER<<IRTNA<<<<<<<<<<<<<<
                """;
        // a check digit of the zone misread ("6408125" → "6408126"): names one edit away follow the print
        assertThat(values(analyze(card.replace("6408125<", "6408126<"))))
                .containsEntry("surname", "SCHNEIDER").containsEntry("givenNames", "IRINA");
        // a zone whose checks pass as read keeps its own reading
        assertThat(values(analyze(card.replace("T22OOO1293", "T220001293")))).containsEntry("surname", "SCHNETDER");
    }

    @Test
    void aDoubleNameWithAnUmlautAsTheVisualZonePrintsIt() {
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
                Name HOFFMANN-RÖSSLER
                IDD<<T22OOO1293<<<<<<<<<<<<<<<
                6408125<2010315D<<<<<<<<<<<<<4
                HOFFMANN<ROESSLER<<ERIKA<<<<<<
                """);
        assertThat(values(r)).containsEntry("surname", "HOFFMANN-RÖSSLER").containsEntry("givenNames", "ERIKA");
    }

    @Test
    void aPrintWhoseUmlautLostItsDotsStillSaysTheZonesUeIsAnUmlaut() {
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
                Name MUELLER
                Vornamen GUNTHER
                IDD<<T22OOO1293<<<<<<<<<<<<<<<
                6408125<2010315D<<<<<<<<<<<<<4
                MUELLER<<GUENTHER<<<<<<<<<<<<<
                """);
        // "MUELLER" printed as is stays MUELLER; "GUNTHER" under "GUENTHER" was GÜNTHER
        assertThat(values(r)).containsEntry("surname", "MUELLER").containsEntry("givenNames", "GÜNTHER");
    }

    @Test
    void aZoneDocumentNumberFailingItsCheckGivesWayToTheNumberPrintedOnTheFace() {
        String card = """
                BUNDESREPUBLIK DEUTSCHLAND  T22000 129
                PERSONALAUSWEIS
                Name MÜLLER
                IDD<<T22EX01291<<<<<<<<<<<<<<<
                6408125<2010315D<<<<<<<<<<<<<4
                MUELLER<<ERIKA<<<<<<<<<<<<<<<<
                """;
        assertThat(values(analyze(card))).containsEntry("documentNumber", "T22000129");
        assertThat(analyze(card).fields().get("documentNumber").confidence()).isLessThan(0.9);
        // nothing printed that resembles it: the zone's reading stays
        assertThat(values(analyze(card.replace("T22000 129", "")))).containsEntry("documentNumber", "T22EX0129");
    }

    @Test
    void aZoneThatNeededRepairsGivesWayToTheNamePrintedOneEditAway() {
        // the number passes only with O read as 0: OCR struggled with this zone, so "MBEHMET" is its misreading
        String card = """
                PERSONALAUSWEIS
                Name / Surname / Nom
                MUELLER
                Vornamen / Given names / Prénoms
                MEHMET
                IDD<<T22OOO1293<<<<<<<<<<<<<<<
                6408125<2010315D<<<<<<<<<<<<<4
                MUELLER<<MBEHMET<<<<<<<<<<<<<<
                """;
        assertThat(values(analyze(card))).containsEntry("givenNames", "MEHMET");
        // read without repairs, the zone's spelling stands
        assertThat(values(analyze(card.replace("T22OOO1293", "T220001293")))).containsEntry("givenNames", "MBEHMET");
    }

    @Test
    void aZoneShiftedIntoPassingGivesWayToTheFacePrintThatPassesTheSameCheckDigit() {
        // an I added in the zone: dropping the R or the I both pass every check digit; the face prints RTWGJ194P
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND RTWGJ1 94P
                PERSONALAUSWEIS
                IDD<<RTIWGJ194P8<<<<<<<<<<<<<<K<
                8402219M3207109D<<<<<<<<<<<<<4
                WEBER<<BERND<<<<<<<<<<<<<<<<<<
                """);
        assertThat(values(r)).containsEntry("documentNumber", "RTWGJ194P");
    }

    @Test
    void aGermanNumberPrintedWithAnOForItsZeroIsReadWithTheZero() {
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND Y53X9KZRO
                PERSONALAUSWEIS
                IDDH<<Y5S3XIKZROOS<<ZZ<E<<<<<<<<<<
                0407126F3011054D<<<<<<<<<<<<<4
                WAGNER<LOEFFLER<<JANA<<<<<<<<<
                """);
        assertThat(values(r)).containsEntry("documentNumber", "Y53X9KZR0");
        assertThat(r.fields().get("documentNumber").confidence()).isLessThan(0.6);
        // a zone number garbled beyond four edits: the one German number the face prints
        AnalysisResult garbled = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND MN49Y5M5N
                PERSONALAUSWEIS
                IDD<<MNA4Y9YSM5SNI<<<<<<<<<<<<<<<
                8501271M3408043D<<<<<<<<<<<<<2
                FISCHER<<JONAS<<<<<<<<<<<<<<<<
                """);
        assertThat(values(garbled)).containsEntry("documentNumber", "MN49Y5M5N");
        // letters only, as German numbers may be: the zone's I (no German number has one) is the print's J
        AnalysisResult letters = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND XTZJVWVFF
                PERSONALAUSWEIS
                IDD<<XTZIVWVFFS<<<<<<<<<<<<<<<
                7604061F2802024D<<<<<<<<<<<<<8
                MUELLER<<MONIKA<<<<<<<<<<<<<<<
                """);
        assertThat(values(letters)).containsEntry("documentNumber", "XTZJVWVFF");
    }

    @Test
    void zoneAndFacePrintMisreadInDifferentPlacesGiveTheNumberThatPassesTheCheckDigit() {
        // the zone read 7 as I, the face 2 as O: LP7CZN12W is the one mix of the two readings with check digit 6
        String card = """
                BUNDESREPUBLIK DEUTSCHLAND  %s
                PERSONALAUSWEIS
                Name / Surname / Nom
                KOSSLER
                IDD<<LPICZN12W6<<<<<<<<<<<<<<<
                6601311M3210101D<<<<<<<<<<<<<4
                KOESSLER<<RENE<<<<<<<<<<<<<<<<
                """;
        AnalysisResult r = analyze(card.formatted("LP7CZN1OW"));
        assertThat(values(r)).containsEntry("documentNumber", "LP7CZN12W");
        assertThat(r.fields().get("documentNumber").confidence()).isGreaterThan(0.6).isLessThan(0.9);
        // four places apart: some mix passes by chance, so the face's reading stays (O read as 0), low confidence
        AnalysisResult far = analyze(card.formatted("LR7CZM1OW"));
        assertThat(values(far)).containsEntry("documentNumber", "LR7CZM10W");
        assertThat(far.fields().get("documentNumber").confidence()).isLessThan(0.5);
        // the surname under its label lost its dots; the zone's OE says Ö, and the two readings agree
        assertThat(values(r)).containsEntry("surname", "KÖSSLER");
        assertThat(r.fields().get("surname").confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aNationalityCodeThatExistsNowhereIsRepairedOrTakenFromThePrint() {
        String permit = """
                AUFENTHALTSTITEL
                Staatsangehörigkeit / Nationality
                IRQ
                ARD<<T220001293<<<<<<<<<<<<<<<
                6408125F2010315IRO<<<<<<<<<<<4
                SALEH<<NOOR<<<<<<<<<<<<<<<<<<<
                """;
        assertThat(values(analyze(permit))).containsEntry("nationality", "IRQ");
        String card = """
                BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
                Staatsangehörigkeit / Nationality / Nationalité
                DEUTSCH
                IDD<<T220001293<<<<<<<<<<<<<<<
                6408125<2010315D4G<<<<<<<<<<<4
                MUELLER<<ERIKA<<<<<<<<<<<<<<<<
                """;
        assertThat(values(analyze(card))).containsEntry("nationality", "D");
    }

    @Test
    void aSalutationLineThatGoesOnWithTheRightColumnAddressesTheNameBelowIt() {
        String statement = """
                Sparkasse Musterstadt
                %s Kontoauszug Nr. 4/2025
                %s Buchungszeitraum 18.03.2025 - 31.03.2025
                Marktplatz 14 Blatt 1
                12345 Musterstadt
                Buchung Wert Buchungstext Betrag EUR
                Saldo alt 17.03.2025 +1.058,86
                19.03. 19.03. Auszahlung Geldautomat -120,00
                Saldo neu 31.03.2025 938,86
                """;
        assertThat(values(analyze(statement.formatted("Frau", "Chantal Beispiel"))))
                .containsEntry("accountHolder", "Chantal Beispiel");
        assertThat(values(analyze(statement.formatted("Herrn", "Mustafa Beispiel").replace("Kontoauszug Nr.", "Auszug"))))
                .containsEntry("accountHolder", "Mustafa Beispiel");
    }

    @Test
    void theNameNearestTheAddressOwnsItUnderALetterhead() {
        String statement = """
                Sparkasse Musterstadt
                %s
                Marktplatz 14
                12345 Musterstadt
                Kontoauszug Nr. 4/2025
                Buchung Wert Buchungstext Betrag EUR
                Saldo alt 17.03.2025 +1.058,86
                19.03. 19.03. Auszahlung Geldautomat -120,00
                Saldo neu 31.03.2025 938,86
                """;
        assertThat(values(analyze(statement.formatted("Claudia Beispiel")))).containsEntry("accountHolder", "Claudia Beispiel");
        assertThat(values(analyze(statement.formatted("\nHerrn\n\nChristian Beispiel"))))
                .containsEntry("accountHolder", "Christian Beispiel");
        assertThat(values(analyze(statement.formatted("Herrn Kontoauszug Girokonto\nFlorian Beispiel Auszugszeitraum: 01.03.2025"))))
                .containsEntry("accountHolder", "Florian Beispiel");
        // the bank's own address under its name: no account holder from the block
        assertThat(values(analyze(statement.formatted("Kundenservice")))).doesNotContainKey("accountHolder");
    }

    @Test
    void aNewMonthlyInstallmentAnnouncedWithoutTheWordAbschlag() {
        String bill = """
                Stadtwerke Beispielstadt GmbH
                Ihre Strom-Jahresrechnung
                Abrechnungszeitraum 15.04.2024 - 14.04.2025
                Grundpreis 10,95 €/Monat 131,40 €
                Gesamtbetrag (brutto) € 946,26
                bereits gezahlte Abschläge (12 x 77,00 € monatlich) -924,00 €
                Nachzahlung € 22,26
                %s
                """;
        assertThat(values(analyze(bill.formatted("Ab 15.06.2025: € 81,00 pro Monat"))))
                .containsEntry("monthlyInstallment", "81.00");
        assertThat(values(analyze(bill.formatted("ab Juli 81,00 € monatlich")))).containsEntry("monthlyInstallment", "81.00");
        // a line of nothing but the date and the amount says the same; with more words on it, it does not
        assertThat(values(analyze(bill.formatted("Ab 15.06.25: EUR 81,00")))).containsEntry("monthlyInstallment", "81.00");
        assertThat(values(analyze(bill.formatted("Ab 15.06.25 erstatten wir EUR 81,00"))))
                .doesNotContainKey("monthlyInstallment");
        // a label beats it; without a new amount, neither the unit price nor the installments paid are taken
        assertThat(values(analyze(bill.formatted("Ihr neuer Abschlag: 85,00 €\nAb 15.06.2025: € 81,00 pro Monat"))))
                .containsEntry("monthlyInstallment", "85.00");
        assertThat(values(analyze(bill.formatted("")))).doesNotContainKey("monthlyInstallment");
    }

    @Test
    void aReturnAddressWithoutStreetNamesTheSenderAndTheSalutatedLineIsNeverTheLetterhead() {
        String letter = """
                %s

                Herr Sören Beispiel
                Am Mühlbach 26b
                65196 Beispielstadt

                Elterngeldbescheid

                Sehr geehrter Herr Beispiel,

                Ihnen wird für Ihr Kind Basiselterngeld für die Zeit vom 01.03.2025 bis 28.02.2026 in Höhe von
                monatlich EUR 1069,08 bewilligt.
                """;
        assertThat(values(analyze(letter.formatted("Stadt Beispielstadt, Elterngeldstelle - 65213 Beispielstadt"))))
                .containsEntry("issuer", "Stadt Beispielstadt");
        assertThat(values(analyze(letter.formatted("Deutsche Rentenversicherung Beispiel - 50680 Köln"))))
                .containsEntry("issuer", "Deutsche Rentenversicherung Beispiel");
        // no sender at all: nothing rather than the recipient
        assertThat(values(analyze(letter.formatted("")))).doesNotContainEntry("issuer", "Sören Beispiel");
    }

    @Test
    void aNationalityIsTheCodePrintedUnderItsLabelNotTheSexBesideIt() {
        AnalysisResult r = analyze("""
                BUNDESREPUBLIK DEUTSCHLAND
                AUFENTHALTSTITEL
                Name / Surname / Nom
                PETRENKO
                Geschlecht / Sex / Sexe _Staatsangehörigkeit / Nationality
                -.F_UKR
                Geburtstag / Date of birth
                22.11.1974
                """);
        assertThat(values(r)).containsEntry("nationality", "UKR");
        assertThat(values(analyze("PERSONALAUSWEIS\nStaatsangehörigkeit / Nationality / Nationalité\nDEUTSCH\n")))
                .containsEntry("nationality", "D");
    }

    private static final String REGISTRATION_COLUMNS = """
                Stadt Beispielstadt - Bürgeramt - Am Markt 1 - 12345 Beispielstadt

                Erweiterte Meldebescheinigung
                nach § 18 Abs. 2 Bundesmeldegesetz (BMG)

                Für die nachstehend genannte Person sind im Melderegister folgende Daten gespeichert:

                Familienname
                Vornamen
                Geburtsdatum
                Geburtsort
                Geschlecht
                Staatsangehörigkeit(en)
                Familienstand
                Straße, Hausnummer
                Postleitzahl, Ort

                Tag des Einzugs
                Wohnungsstatus
                Vorherige Anschrift

                Beispiel

                Anna

                01.03.1986
                Musterdorf

                weiblich
                deutsch
                verwitwet
                Lindenweg 30
                12345 Beispielstadt
                22.07.2020
                alleinige Wohnung
                Ringstraße 19, 54321 Altstadt
                %s
                """;

    @Test
    void aFormsLabelColumnReadBeforeItsValueColumnPairsLineByLine() {
        AnalysisResult r = analyze(REGISTRATION_COLUMNS.formatted(
                "\nDiese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig."));
        assertThat(r.documentType()).isEqualTo("MELDEBESCHEINIGUNG");
        assertThat(values(r)).containsEntry("personName", "Anna Beispiel")
                .containsEntry("address", "Lindenweg 30, 12345 Beispielstadt")
                .containsEntry("moveInDate", "2020-07-22");
    }

    @Test
    void aSalutatedRecipientWhoseStreetOcrGarbledIsStillTheEmployeeNotTheCompanyAbove() {
        AnalysisResult r = analyze("""
                Beispiel Gebäudeservice AG
                Hauptstraße 158, 76148 Karlsruhe

                Frau Monika Braun-Lange Personal-Nr. 31230
                er re 610300678
                20104 Hamburg SV-Nummer 44090674B587
                Eintritt 03.04.2019

                Lohn- und Gehaltsabrechnung Abrechnungsmonat Juni 2025
                Bruttoverdienst 1.600,62 €
                Lohnsteuer 48,07 €
                Netto-Verdienst 1.214,02 €
                Zahlbetrag 1.214,02 €
                """);
        assertThat(r.documentType()).isEqualTo("LOHNABRECHNUNG");
        assertThat(values(r)).containsEntry("employeeName", "Monika Braun-Lange");
        // the street read, the town line lost
        AnalysisResult townLost = analyze("""
                Beispiel Metallbau AG
                Hauptstraße 14, 45139 Essen

                Herr Emre Löffler-Hoffmann Personal-Nr. 10447
                Kirchgasse 64 Steuerklasse 1
                hi Steuer-ID 24907053683
                Krankenkasse TK

                Abrechnung der Brutto/Netto-Bezüge für Dez. 2024
                Bruttoverdienst 1.958,00 €
                Netto-Verdienst 1.414,02 €
                Auszahlungsbetrag 1.414,02 €
                """);
        assertThat(values(townLost)).containsEntry("employeeName", "Emre Löffler-Hoffmann");
    }

    @Test
    void aLabelFollowedOnlyByFillerWordsTakesTheAmountBelowAndASentenceLabelsNothingBelowIt() {
        String statement = """
                Betriebskostenabrechnung für den Zeitraum 01.01.2024 bis 31.12.2024
                Summe Ihrer Kosten 1.813,68
                abzüglich Ihrer Vorauszahlungen -2.136,00
                %s
                Das Guthaben überweisen wir Ihnen bis zum 09.03.2025.
                Ab dem übernächsten Monat beträgt Ihre monatliche Vorauszahlung 156,00 EUR.
                """;
        assertThat(values(analyze(statement.formatted("Ihr Guthaben beträgt\n\n322,32 EUR"))))
                .containsEntry("settlementAmount", "322.32");
        // without the result line, the sentence about the Guthaben does not label the next sentence's amount
        assertThat(values(analyze(statement.formatted("")))).doesNotContainEntry("settlementAmount", "156.00");
    }

    @Test
    void aDayNumberReadAsLettersBeforeItsDotIsStillTheDay() {
        assertThat(values(analyze(Letters.ARBEITSVERTRAG.replace("ab dem 01.07.2025", "ab dem Ol. Jul. 2025"))))
                .containsEntry("startDate", "2025-07-01");
        assertThat(values(analyze(Letters.ARBEITSVERTRAG.replace("ab dem 01.07.2025", "ab dem lO.07.2025"))))
                .containsEntry("startDate", "2025-07-10");
        // a Roman numeral is no day
        assertThat(values(analyze(Letters.ARBEITSVERTRAG.replace("ab dem 01.07.2025", "ab dem II. Juli 2025"))))
                .doesNotContainEntry("startDate", "2025-07-11");
        // one digit read as a letter, before a month's name and a year: a day
        assertThat(values(analyze(Letters.ARBEITSVERTRAG.replace("ab dem 01.07.2025", "ab dem I. Juli 2025"))))
                .containsEntry("startDate", "2025-07-01");
    }

    @Test
    void aLabelsParenthesisOnALineOfItsOwnAndATownOnTwoValueLinesPairAsOne() {
        AnalysisResult r = analyze("""
                Jobcenter Beispielstadt
                Mitteilung über Veränderungen

                Nummer der Bedarfsgemeinschaft
                (BG-Nr.)

                Kundennummer (falls bekannt)
                Name

                Vorname

                Geburtsdatum

                Anschrift

                12345//1234567

                123A456789
                Beispiel
                Anna
                13.01.2006

                Kölner Straße 18, 79112 Freiburg im

                Breisgau

                Folgende Änderungen in den Verhältnissen sind eingetreten:
                """);
        assertThat(values(r)).containsEntry("applicantName", "Anna Beispiel");
    }

    @Test
    void anAbbreviatedLabelWithItsDotStaysInTheFormsLabelColumn() {
        AnalysisResult r = analyze("""
                Jobcenter Beispielstadt
                Veränderungsmitteilung

                BG-Nummer
                Kunden-Nr.
                Name
                Vorname
                Geburtsdatum
                Anschrift

                12345//1234567

                123A456789

                Beispiel

                Anna

                18.10.1998

                Lindenweg 14, 12345 Beispielstadt

                Ich teile folgende Änderungen mit:
                """);
        assertThat(values(r)).containsEntry("applicantName", "Anna Beispiel");
    }

    @Test
    void aSenderLineWhoseMiddleDotOcrReadAsAColonStillNamesTheSender() {
        AnalysisResult r = analyze("""
                Hausverwaltung Beispiel GmbH : Am Mühlbach 21 - 08064 Zwickau

                Björn Beispiel
                An der Weißen Mühle 25
                38101 Braunschweig

                Kündigung wegen Eigenbedarfs

                Sehr geehrter Herr Beispiel,

                Hausverwaltung Beispiel GmbH

                Am Mühlbach 21
                08064 Zwickau

                hiermit kündigen wir das Mietverhältnis über die Wohnung An der Weißen Mühle 25 fristgerecht zum 31.8.25.
                """);
        assertThat(values(r)).containsEntry("senderName", "Hausverwaltung Beispiel GmbH")
                .containsEntry("recipientName", "Björn Beispiel");
    }

    @Test
    void aSpeckAboveAPrivateSendersBlockIsNoLetterhead() {
        AnalysisResult r = analyze("""
                Oa

                Torsten Beispiel
                Bahnhofstraße 104c
                36051 Fulda

                Wohnbau Beispiel eG
                Ringstraße 22c
                39108 Magdeburg

                Fulda, 23.03.2025

                Kündigung meiner Wohnung Bahnhofstraße 104c, 36051 Fulda

                Sehr geehrte Damen und Herren,
                hiermit kündige ich das Mietverhältnis über die oben genannte Wohnung fristgerecht zum 30.06.2025.
                """);
        assertThat(r.documentType()).isEqualTo("KUENDIGUNG");
        assertThat(values(r)).containsEntry("senderName", "Torsten Beispiel");
    }

    @Test
    void aFormValueThatIsAlsoALabelStaysAValueOfItsColumn() {
        // "Hauptwohnung" is the Wohnungsstatus here, not the label of the previous address printed below it
        AnalysisResult r = analyze("""
                Stadt Beispielstadt - Bürgeramt

                Erweiterte Meldebescheinigung
                gemäß § 18 Bundesmeldegesetz

                Familienname
                Vornamen
                Geburtsdatum
                Geburtsort

                Anschrift (Hauptwohnung)
                Einzugsdatum
                Wohnungsstatus
                Vorherige Anschrift

                Beispiel

                Anna

                01.03.1986

                Musterdorf

                Lindenweg 30, 12345 Beispielstadt -
                22.07.2020

                Hauptwohnung
                Ringstraße 19, 54321 Altstadt

                Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.
                """);
        assertThat(values(r)).containsEntry("personName", "Anna Beispiel")
                .containsEntry("address", "Lindenweg 30, 12345 Beispielstadt")
                .containsEntry("moveInDate", "2020-07-22");
    }

    @Test
    void aValueColumnLongerThanItsLabelColumnPairsNothing() {
        // one more short line: which value belongs to which label is no longer known
        AnalysisResult r = analyze(REGISTRATION_COLUMNS.formatted("Musterweg 4"));
        assertThat(values(r)).doesNotContainEntry("address", "Lindenweg 30, 12345 Beispielstadt")
                .doesNotContainEntry("moveInDate", "2020-07-22");
    }

    @Test
    void aDateInsideTheTitleBelowADateLabelIsNotTheLettersDate() {
        AnalysisResult r = analyze("""
                Wohnungsgenossenschaft Beispiel GmbH - Kölner Straße 49 - 04117 Leipzig

                Anna Beispiel
                Im Grünen Winkel 21
                04116 Leipzig

                Objekt
                Mieter-Nr.
                Datum

                Betriebskostenabrechnung für den Zeitraum 1.7.2023 bis 30.6.2024

                Sehr geehrte Frau Beispiel,
                """);
        assertThat(r.documentType()).isEqualTo("NEBENKOSTENABRECHNUNG");
        assertThat(values(r)).doesNotContainEntry("documentDate", "2023-07-01");
        // a date that starts the line below a label ending a sentence still continues it
        assertThat(values(analyze("""
                Sehr geehrte Damen und Herren,
                hiermit kündige ich das Mietverhältnis fristgerecht zum
                31.05.2025 und bitte um eine schriftliche Bestätigung.
                """))).containsEntry("terminationDate", "2025-05-31");
    }

    @Test
    void theRecipientUnderALetterheadWithBlankLinesOrAWrappedSenderLine() {
        String statement = """
                Raiffeisenbank Beispiel eG

                Tobias Beispiel

                Nordring 136

                73738 Esslingen am Neckar

                Kontoauszug
                Buchung Wert Buchungstext Betrag EUR
                Saldo alt 17.03.2025 +1.058,86
                19.03. 19.03. Auszahlung Geldautomat -120,00
                Saldo neu 31.03.2025 938,86
                """;
        assertThat(values(analyze(statement))).containsEntry("accountHolder", "Tobias Beispiel");
        String termination = """
                Wolf & Co. Druckerei UG (haftungsbeschränkt)
                Kölner Straße 27 · 79101 Freiburg im Breisgau · Tel. 0762 6470-94
                Wolf & Co. Druckerei UG (haftungsbeschränkt) · Kölner Straße 27 · 79101 Freiburg im
                Breisgau
                Ines Beispiel
                Talstraße 74
                45882 Gelsenkirchen
                Datum 10.07.25
                Ordentliche Kündigung
                Sehr geehrte Frau Beispiel,
                leider müssen wir Ihnen mitteilen, dass wir das Arbeitsverhältnis zum 31.10.25 kündigen.
                """;
        assertThat(values(analyze(termination))).containsEntry("recipientName", "Ines Beispiel");
        // "Auszug" of the right column is no part of the name
        assertThat(Names.person("Herrn Björn Beispiel Auszug 12 / 2025")).contains("Björn Beispiel");
    }

    @Test
    void barcodeSetsBgNumberWithFullConfidenceOnItsPage() {
        DocumentText doc = new DocumentText(List.of(new PageText(1, Letters.SCHULBESCHEINIGUNG, List.of()),
                new PageText(2, "Anlage", List.of())), List.of(new Barcode(2, "DATA_MATRIX", "B#012345BG0012345XY")));
        ExtractedField bg = ANALYZER.analyze(doc).fields().get("bgNumber");
        assertThat(bg.value()).isEqualTo("12345BG0012345");
        assertThat(bg.confidence()).isEqualTo(1.0);
        assertThat(bg.page()).isEqualTo(2);
    }

    @Test
    void fieldsReportThePageTheyWereFoundOn() {
        DocumentText doc = new DocumentText(List.of(new PageText(1, "Mietvertrag\nVermieter: Wohnbau Süd GmbH", List.of()),
                new PageText(2, "Grundmiete: 400,00 €\nGesamtmiete: 600,00 €", List.of())), List.of());
        AnalysisResult r = ANALYZER.analyze(doc);
        assertThat(r.fields().get("landlordName").page()).isEqualTo(1);
        assertThat(r.fields().get("totalRent").page()).isEqualTo(2);
    }

    @Test
    void settingsOverrideTheBgNumberPattern() {
        RuleBasedAnalyzer custom = new RuleBasedAnalyzer(de.kommune.intake.classify.taxonomy.Taxonomy.defaults(),
                SETTINGS.withBgNumberPattern("(?<![0-9])BG ?([0-9]{8})(?![0-9])", "BG$1"));
        AnalysisResult r = custom.analyze(doc("Veränderungsmitteilung\nJobcenter\nBG 12345678"));
        assertThat(values(r)).containsEntry("bgNumber", "BG12345678");
    }

    @Test
    void schoolCertificateAndRegistration() {
        assertThat(values(analyze(Letters.SCHULBESCHEINIGUNG))).containsEntry("pupilName", "Lena Beispiel")
                .containsEntry("schoolName", "Städtisches Gymnasium am Stadtpark")
                .containsEntry("schoolYear", "2024/25");
        assertThat(values(analyze(Letters.MELDEBESCHEINIGUNG))).containsEntry("personName", "Erika Maria Beispiel")
                .containsEntry("address", "Parkallee 12 a, 28209 Bremen") // not the previous address
                .containsEntry("moveInDate", "2025-02-15");
    }

    @Test
    void employmentContractInProse() {
        assertThat(values(analyze(Letters.ARBEITSVERTRAG))).containsEntry("employerName", "Beispiel Logistik GmbH")
                .containsEntry("employeeName", "Jan Muster")
                .containsEntry("startDate", "2025-07-01")
                .containsEntry("weeklyHours", "40")
                .containsEntry("grossAmount", "2600.00");
        assertThat(values(analyze(Letters.ARBEITSVERTRAG_FORMULAR))).containsEntry("weeklyHours", "19.5");
    }

    @Test
    void labelColumnFollowedByValueColumn() {
        // how OCR often linearises a two-column form
        AnalysisResult r = analyze("""
                Arbeitsunfähigkeitsbescheinigung
                arbeitsunfähig seit:
                voraussichtlich arbeitsunfähig bis einschließlich:
                festgestellt am:
                Erstbescheinigung

                03.03.2025
                07.03.2025
                03.03.2025
                """);
        assertThat(values(r)).containsEntry("incapacityFrom", "2025-03-03").containsEntry("incapacityUntil", "2025-03-07");
    }

    @Test
    void ocrLettersInIbanDigitsAreRepairedOnlyWhenTheCheckPasses() {
        AnalysisResult r = analyze(Letters.WEITERBEWILLIGUNGSANTRAG.replace("DE89 3704", "DES9 37O4"));
        assertThat(values(r)).containsEntry("iban", "DE89370400440532013000");
        assertThat(r.reviewReasons()).doesNotContain(ReviewReasons.INVALID_IBAN);
    }

    @Test
    void bgReadAsB6IsStillABgNumber() {
        AnalysisResult r = analyze(Letters.WEITERBEWILLIGUNGSANTRAG_SPALTEN.replace("54321BG7654321", "54321B67654321"));
        assertThat(values(r)).containsEntry("bgNumber", "54321BG7654321");
    }

    @Test
    void anInformationBlockWhoseValuesOcrReadAfterThePeriodAndTheLetterheadStillPairsUp() {
        // the label column first, then the period line, the sender's address column and the values, the last row
        // set apart by a blank line
        AnalysisResult r = analyze("""
                Stadtwerke Musterstadt GmbH - Am Markt 1 - 12345 Musterstadt

                Frau
                Erika Beispiel
                Lindenweg 5
                12345 Musterstadt

                Jahresabrechnung Erdgas

                Kundennummer
                Vertragskonto
                Rechnungs-Nr.
                Datum

                Abrechnungszeitraum 15. Februar 2024 - 14. Februar 2025

                Am Markt 1
                12345 Musterstadt

                KD-7261034418
                418830275511
                3305129876

                3. März 2025

                Rechnungsbetrag brutto 947,26 €
                """);
        assertThat(r.documentType()).isEqualTo("ENERGIERECHNUNG");
        assertThat(values(r)).containsEntry("invoiceDate", "2025-03-03")
                .containsEntry("supplierCustomerNumber", "KD-7261034418");
    }

    @Test
    void anIdCardNumberThatPassesItsCheckDigitInNoReadingGoesToReview() {
        assertThat(analyze(Letters.PERSONALAUSWEIS).reviewReasons())
                .doesNotContain(ReviewReasons.INVALID_DOCUMENT_NUMBER);
        AnalysisResult r = analyze(Letters.PERSONALAUSWEIS.replace("T220001293", "T220001294"));
        assertThat(values(r)).containsEntry("documentNumber", "T22000129");
        assertThat(r.reviewReasons()).contains(ReviewReasons.INVALID_DOCUMENT_NUMBER);
        // a filler inside the zone's number: the zone is garbled, whatever its check digit says
        AnalysisResult garbled = analyze(Letters.PERSONALAUSWEIS.replace("IDD<<T220001293", "IDD<<T2<0001293"));
        assertThat(garbled.reviewReasons()).contains(ReviewReasons.INVALID_DOCUMENT_NUMBER);
        assertThat(values(garbled).get("documentNumber")).isNotEqualTo("T2 000129");
    }

    @Test
    void aBillsDateWhoseLabelOcrCutOrLostStillDatesTheBill() {
        String bill = """
                Stadtwerke Musterstadt AG

                Stadtwerke Musterstadt AG - Am Markt 1 - 12345 Musterstadt

                Frau Erika Beispiel
                Lindenweg 5
                12345 Musterstadt

                Ihre Strom-Jahresrechnung
                Abrechnungszeitraum 01.02.2024 - 31.01.2025

                Kundennummer
                Vertragskonto
                Rechnungs-Nr.

                KD-1234567
                987654321098
                5550001112
                %s

                Rechnungsbetrag brutto 947,26 €
                Neuer Abschlag ab 15.03.2025: 81,00 € monatlich
                """;
        assertThat(values(analyze(bill.formatted("11.02.2025")))).containsEntry("invoiceDate", "2025-02-11");
        assertThat(values(analyze(bill.formatted("Dat : 11.02.2025")))).containsEntry("invoiceDate", "2025-02-11");
    }

    @Test
    void aLoneDateBelowACaptionNamingAnotherDateIsNotTheLettersDate() {
        AnalysisResult r = analyze("""
                Beispiel Handel GmbH
                Lessingstr. 30, 12345 Musterstadt

                Herrn Max Beispiel Personal-Nr.
                Marktplatz 9 Steuerklasse
                12345 Musterstadt Krankenkasse
                Eintritt

                3368
                1
                AOK Nordost
                01.04.2019

                Abrechnung der Brutto/Netto-Bezüge für Juni 2025
                Gehalt 3.659,10 €
                Gesamtbrutto 3.659,10 €
                Auszahlungsbetrag 2.411,37 €
                """);
        assertThat(r.documentType()).isEqualTo("LOHNABRECHNUNG");
        assertThat(values(r)).doesNotContainValue("2019-04-01");
    }

    @Test
    void aBescheidThatStatesOnlyTheDailyAmountGivesItAndAMonthlyOneWins() {
        String alg = """
                Agentur für Arbeit Musterstadt
                Agentur für Arbeit Musterstadt - 12345 Musterstadt
                Frau Erika Beispiel
                Lindenweg 5
                12345 Musterstadt
                Datum 21.06.2025
                Bescheid über Arbeitslosengeld
                Sehr geehrte Frau Beispiel,
                Ihnen wird Arbeitslosengeld für die Zeit vom 01.05.2025 bis 24.07.2026 bewilligt. Das tägliche
                Bemessungsentgelt beträgt 141,17 €. Der tägliche Leistungsbetrag beträgt 67,76 €.%s
                Rechtsbehelfsbelehrung:
                Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
                """;
        AnalysisResult daily = analyze(alg.formatted(""));
        assertThat(daily.documentType()).isEqualTo("BESCHEID");
        assertThat(values(daily)).containsEntry("amount", "67.76");
        assertThat(daily.fields().get("amount").confidence()).isLessThan(0.5);
        assertThat(values(analyze(alg.formatted(" Monatlich erhalten Sie 2.032,80 €."))))
                .containsEntry("amount", "2032.80");
    }

    @Test
    void theSendersTownCarriedOverBetweenSenderLineAndAddressWindowIsNoAddressee() {
        AnalysisResult r = analyze("""
                Beispiel-Sicherheitsdienst GmbH
                An der Weißen Mühle 8 - 67062 Ludwigshafen am Rhein - Tel. 0621 4693-80
                Beispiel-Sicherheitsdienst GmbH - An der Weißen Mühle 8 - 67062 Personal-Nr. 5498
                Ludwigshafen am Rhein Datum 06.09.2025
                Herr Max Beispiel
                Fröbelstraße 98b
                68176 Mannheim
                Kündigung des Arbeitsverhältnisses
                Sehr geehrter Herr Beispiel,
                hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis ordentlich und fristgerecht zum
                30.11.2025.
                Freundliche Grüße
                """);
        assertThat(r.documentType()).isEqualTo("KUENDIGUNG");
        assertThat(values(r)).containsEntry("recipientName", "Max Beispiel");
    }

    @Test
    void aDateLabelGarbledOnTheAddressWindowsLineStillDatesTheLetter() {
        String letter = """
                Stadt Musterstadt
                Wohngeldstelle
                Am Markt 1 - 12345 Musterstadt
                Stadt Musterstadt, Wohngeldstelle - 12345 Musterstadt Aktenzeichen WG-252667
                Max Beispiel %s
                Lindenweg 5
                12345 Musterstadt
                Bescheid über Wohngeld (Mietzuschuss)
                Sehr geehrter Herr Beispiel,
                auf Ihren Antrag wird Ihnen für den Bewilligungszeitraum vom 1.5.25 bis 31.10.25 Wohngeld in Höhe
                von monatlich EUR 296,00 bewilligt.
                Rechtsbehelfsbelehrung
                Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.
                """;
        for (String garbled : List.of("OrvVDatum 28.6.25", "Daum 28.6.25 ia,", "dat 28.06.2025", "Rechn sdatum 28.06.2025")) {
            assertThat(values(analyze(letter.formatted(garbled)))).as(garbled).containsEntry("documentDate", "2025-06-28");
        }
        // a date after a name, with words after it, dates nothing
        assertThat(values(analyze(letter.formatted("28.6.25 eingegangen")))).doesNotContainKey("documentDate");
        // a compound of "datum" that is another date's label dates nothing
        assertThat(values(analyze(letter.formatted("Ablesedatum 28.6.25")))).doesNotContainKey("documentDate");
    }

    @Test
    void aPhotosDottedLeaderReadAsSpecksSeparatesNoLabelFromItsValue() {
        AnalysisResult r = analyze("""
                Mietvertrag für Wohnraum
                Zwischen
                Wohnbau Musterstadt eG, Kirchgasse 8a, 12345 Musterstadt
                - nachstehend Vermieter genannt -
                und
                Erika Beispiel, bisher wohnhaft Lindenweg 5, 12345 Musterstadt
                (Mieter)
                § 3 Miete und Nebenkosten
                Die monatliche Miete beträgt:
                Grundmiete 527,80 €
                Vorauszahlung Betriebskosten Se ae N 98,80€
                Vorauszahlung Heizkosten und Warmwasser = a 65,00 €
                Gesamtmiete | | EEE BE 901,60 €
                """);
        assertThat(values(r)).containsEntry("serviceCharges", "98.80").containsEntry("heatingCosts", "65.00");
        // 527,80 + 98,80 + 65,00 is not the 901,60 OCR read for 691,60: the parts do not add up, a person looks
        assertThat(r.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
    }

    @Test
    void theSenderLinesSmallPrintTakesTheLetterheadsSpellingOfThinLetters() {
        String letter = """
                Beispiel-Metallbau e.K.
                Uhlandstraße 145a
                45141 Essen
                %s - Uhlandstraße 145a - 45141 Essen
                Frau Erika Beispiel
                Lindenweg 5
                12345 Musterstadt
                Datum 14.01.2025
                Kündigung Ihres Arbeitsverhältnisses
                Sehr geehrte Frau Beispiel,
                hiermit kündigen wir das Arbeitsverhältnis fristgerecht zum 31.03.2025.
                Mit freundlichen Grüßen
                """;
        assertThat(values(analyze(letter.formatted("Beispiel-Metalibau e.K."))))
                .containsEntry("senderName", "Beispiel-Metallbau e.K.");
        // another name in the sender line is the sender's, whatever the letterhead says
        assertThat(values(analyze(letter.formatted("Beispiel-Holzbau GmbH"))))
                .containsEntry("senderName", "Beispiel-Holzbau GmbH");
    }

    @Test
    void aPayslipsAddresseeWhoseAddressBlockTheInformationColumnBrokeUp() {
        String payslip = """
                Transporte Beispiel UG (haftungsbeschränkt)
                Eichendorffstraße 156, 47051 Duisburg

                %s

                Abrechnung der Brutto/Netto-Bezüge für 07/2025
                Grundgehalt 2.716,43 EUR
                Gesamt-Brutto 2.716,43 EUR
                Lohnsteuer 250,00 EUR
                Netto-Verdienst 2.100,00 EUR
                Auszahlungsbetrag 2.100,00 EUR
                """;
        // the salutation on a line of its own, the street three lines below the name, the town line garbled
        assertThat(values(analyze(payslip.formatted("""
                Herrn Personal-Nr.
                Florian Beispiel Steuerklasse
                i a Steuer-ID
                Kleiner Ring 154
                ; SV-Nummer
                en Auen Krankenkasse""")))).containsEntry("employeeName", "Florian Beispiel");
        // street and town both garbled: the salutated name alone
        assertThat(values(analyze(payslip.formatted("""
                Frau Natalia Beispiel
                pees tee
                fel}? Wuppertal SV-Nummer 24281279P917""")))).containsEntry("employeeName", "Natalia Beispiel");
    }

    @Test
    void aRangeWhoseEndLostItsYearToTheNextLineTakesTheStartsYear() {
        String statement = """
                Raiffeisenbank Musterstadt eG
                Frau Erika Beispiel Kontoauszug 3 / 2024
                Kirchgasse 3 Auszugszeitraum: %s
                12345 Musterstadt 2024
                Blatt 1
                Girokonto DE02120300000000202051 Erika Beispiel
                Saldo alt 30. Nov. 2024 +566,67
                01.12. 01.12. girocard Supermarkt -32,75
                Saldo neu 31. Dez. 2024 +533,92
                """;
        assertThat(values(analyze(statement.formatted("01. Dez. 2024 bis 31. Dez."))))
                .containsEntry("periodFrom", "2024-12-01").containsEntry("periodTo", "2024-12-31");
        assertThat(values(analyze(statement.formatted("15. Dez. 2024 bis 14. Jan."))))
                .containsEntry("periodFrom", "2024-12-15").containsEntry("periodTo", "2025-01-14");
    }

    @Test
    void aBillsLabelColumnReadBeforeItsAmountColumnPairsByPlace() {
        AnalysisResult r = analyze("""
                Stadtwerke Musterstadt GmbH
                Stadtwerke Musterstadt GmbH - Am Markt 1 - 12345 Musterstadt
                Frau Erika Beispiel
                Lindenweg 5
                12345 Musterstadt
                Schlussrechnung Strom
                Abrechnungszeitraum 04.12.2024 - 16.02.2025
                Zählernummer 1ESY6019244011

                Arbeitspreis 323 kWh x 28,50 ct/kWh
                Grundpreis 75 Tage

                Nettobetrag

                Umsatzsteuer 19 %

                Gesamtbetrag (brutto)

                92,07€
                28,32 €
                120,39 €
                22,87 €
                143,26 €

                abzüglich geleistete Abschläge (2 x 80,00)
                """);
        assertThat(r.documentType()).isEqualTo("ENERGIERECHNUNG");
        assertThat(values(r)).containsEntry("totalAmount", "143.26");
    }

    @Test
    void aDateWhoseLineBreakFellAfterTheDayIsOneDate() {
        AnalysisResult r = analyze("""
                Beispiel Logistik GmbH
                Beispiel Logistik GmbH - Hafenstraße 10 - 28217 Bremen
                Herrn Max Beispiel
                Lindenweg 5
                12345 Musterstadt
                Kündigung Ihres Arbeitsverhältnisses
                Sehr geehrter Herr Beispiel,
                hiermit kündigen wir das zwischen Ihnen und uns bestehende Arbeitsverhältnis fristgerecht zum 31.
                Juli 2025, hilfsweise zum nächstmöglichen Termin.
                Freundliche Grüße
                """);
        assertThat(values(r)).containsEntry("terminationDate", "2025-07-31");
    }

    @Test
    void signatureScribbleAfterThePlaceDate() {
        AnalysisResult r = analyze(Letters.WEITERBEWILLIGUNGSANTRAG.replace("14.04.2025 ________________________",
                "14.04.2025 NYVWNN VVNM"));
        assertThat(values(r)).containsEntry("signatureDate", "2025-04-14");
    }

    @Test
    void formWithTheFamilyNameAndTheGivenNameInBoxesOfTheirOwn() {
        AnalysisResult r = analyze("""
                Jobcenter Musterstadt
                Antrag auf Weiterbewilligung
                Bürgergeld nach dem SGB II
                Nummer der Bedarfsgemeinschaft 12345BG0012345
                Name Beispiel-Wagner
                Vorname Erika-Luise
                Geburtsdatum 3.5.1973
                Ich beantrage die Weiterbewilligung der Leistungen.
                Musterstadt, 14.04.2025
                Unterschrift Antragsteller/in
                WBA - Stand 01/2024
                """);
        assertThat(values(r)).containsEntry("applicantName", "Erika-Luise Beispiel-Wagner");
    }

    @Test
    void theApplicantCaptionUnderTheSignatureLineIsNoLabelForTheFooterBelowIt() {
        // the name box unreadable: nothing is better than the footer's form code
        AnalysisResult r = analyze("""
                Jobcenter Musterstadt
                Antrag auf Weiterbewilligung
                Bürgergeld nach dem SGB II
                Nummer der Bedarfsgemeinschaft 12345BG0012345
                Geburtsdatum 3.5.1973
                Ich beantrage die Weiterbewilligung der Leistungen.
                Musterstadt, 14.04.2025
                Unterschrift Antragsteller/in
                Fassung Januar 2024
                """);
        assertThat(values(r)).doesNotContainKey("applicantName");
    }

    @Test
    void datesNamedInProse() {
        AnalysisResult au = analyze("""
                Dr. med. Anna Muster · Fachärztin für Allgemeinmedizin
                Musterstadt, 25.12.2024
                Arbeitsunfähigkeitsbescheinigung
                Frau Birgit Beispiel, wohnhaft Lindenweg 5, 12345 Musterstadt,
                ist nach meiner heutigen Untersuchung seit dem 25.12.2024 arbeitsunfähig erkrankt. Die
                Arbeitsunfähigkeit besteht voraussichtlich bis einschließlich 10.01.2025.
                """);
        assertThat(values(au)).containsEntry("incapacityFrom", "2024-12-25").containsEntry("incapacityUntil", "2025-01-10")
                .containsEntry("personName", "Birgit Beispiel"); // introduced: "Frau Birgit Beispiel, wohnhaft ..."

        AnalysisResult span = analyze("""
                Dr. med. Anna Muster · Fachärztin für Allgemeinmedizin
                Musterstadt, 30. Januar 2025
                Ärztliche Bescheinigung über Arbeitsunfähigkeit
                Herr Max Beispiel, wohnhaft Lindenweg 5, 12345 Musterstadt,
                war bzw. ist in der Zeit vom 30. Januar 2025 bis 8. Februar 2025 aus gesundheitlichen Gründen
                nicht arbeitsfähig.
                """);
        assertThat(span.documentType()).isEqualTo("AU_BESCHEINIGUNG");
        assertThat(values(span)).containsEntry("incapacityFrom", "2025-01-30").containsEntry("incapacityUntil", "2025-02-08");
        AnalysisResult change = analyze("""
                Veränderungsmitteilung
                zum Antrag auf Leistungen nach dem SGB II (Bürgergeld)
                Nummer der Bedarfsgemeinschaft 12345BG0012345
                Folgende Änderung teile ich mit:
                Umzug
                Die Änderung ist eingetreten am 13. Juli 2025
                Erläuterung:
                """);
        assertThat(values(change)).containsEntry("changeDate", "2025-07-13");
    }

    @Test
    void addressesFromTwoFormBoxesAndWithTheTownsOwnParentheses() {
        AnalysisResult boxes = analyze("""
                Stadt Musterstadt
                Bürgeramt
                Musterstadt, 24.06.2025
                Einfache Meldebescheinigung
                Familienname Beispiel
                Vornamen Erika
                Geburtsdatum 12.03.1980
                Straße, Hausnummer Lessingstr. 1
                Postleitzahl, Ort 65197 Wiesbaden
                Einzug 02.07.2022
                """);
        assertThat(values(boxes)).containsEntry("address", "Lessingstr. 1, 65197 Wiesbaden");
        AnalysisResult town = analyze("""
                Stadt Musterstadt
                Erweiterte Meldebescheinigung
                Familienname Beispiel
                Vornamen Erika
                Familienstand ledig
                Anschrift (Hauptwohnung) Lessingstr. 20, 15233 Frankfurt (Oder)
                eingezogen am 20.9.2024
                """);
        assertThat(values(town)).containsEntry("address", "Lessingstr. 20, 15233 Frankfurt (Oder)");
    }

    @Test
    void thePupilNamedInALetterToTheParents() {
        AnalysisResult r = analyze("""
                Gesamtschule Musterstadt · Lindenweg 9 · 12345 Musterstadt
                Schulbescheinigung
                Sehr geehrte Frau Beispiel,
                wir bestätigen Ihnen, dass Ihr Kind Ursula Beispiel (geb. 24.08.2012) seit dem 15.08.2024 Schülerin
                bzw. Schüler unserer Schule ist und im Schuljahr 2024/2025 die Jahrgangsstufe 7c besucht.
                """);
        assertThat(values(r)).containsEntry("pupilName", "Ursula Beispiel");
    }

    @Test
    void statementPeriodAfterBuchungszeitraumAndTheNewBalanceDate() {
        AnalysisResult r = analyze("""
                Musterbank eG
                Kontoauszug Girokonto
                Buchungszeitraum 1.8.25 - 31.8.25
                Kontoinhaber Erika Beispiel
                IBAN DE89 3704 0044 0532 0130 00
                Buchung Wert Umsatz Betrag
                Kontostand am 31.7.25 463,48 H
                03.08. 03.08. Dauerauftrag Miete August 2025 431,51 S
                14.08. 14.08. Lastschrift Stadtwerke Abschlag Strom 47,17 S
                Neuer Kontostand 31.8.25 350,67 S
                """);
        assertThat(values(r)).containsEntry("periodFrom", "2025-08-01").containsEntry("periodTo", "2025-08-31");
    }

    @Test
    void aTerminationDateBeforeTheVerb() {
        AnalysisResult r = analyze("""
                Muster Bau GmbH · Hauptstr. 7 · 60311 Frankfurt am Main
                Frau
                Erika Beispiel
                Lindenweg 5
                12345 Musterstadt
                Frankfurt, 10.03.2025
                Kündigung Ihres Arbeitsverhältnisses
                Sehr geehrte Frau Beispiel,
                hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis ordentlich und fristgerecht zum 30. April
                2025.
                Mit freundlichen Grüßen
                """);
        assertThat(values(r)).containsEntry("terminationDate", "2025-04-30");
    }

    @Test
    void aContractPartyWhoseAddressWrapsBeforeItsRole() {
        AnalysisResult r = analyze("""
                Wohnungsmietvertrag
                Zwischen
                Wohnbau Beispiel GmbH & Co. KG, An der Weißen Mühle 75, 99094
                Erfurt
                im Folgenden "Vermieter"
                und
                Erika Beispiel, geb. 07.10.1984, bisher wohnhaft Kastanienweg 4, 63071 Offenbach am
                Main
                - nachstehend Mieter genannt -
                wird folgender Mietvertrag geschlossen:
                § 1 Mietsache
                Kaltmiete € 523,95
                """);
        assertThat(values(r)).containsEntry("landlordName", "Wohnbau Beispiel GmbH & Co. KG")
                .containsEntry("tenantName", "Erika Beispiel");
    }

    @Test
    void aTenancyAgreementInProse() {
        AnalysisResult r = analyze("""
                Mietvertrag
                Zwischen
                Wohnbau Musterstadt eG, Kirchgasse 8a, 12345 Musterstadt
                - nachstehend Vermieter genannt -
                und
                Erika Beispiel, bisher wohnhaft Lindenweg 5, 12345 Musterstadt
                (Mieter)
                wird folgender Mietvertrag geschlossen:
                § 1 Mietsache
                Vermietet wird die Wohnung im 2. OG links des Hauses Am Hafen 37 in 45893
                Gelsenkirchen, bestehend aus 3 Zimmern, Küche, Bad/WC und Flur.
                § 2 Mietzeit
                Das Mietverhältnis beginnt mit dem 01.04.2025 und läuft auf unbestimmte Zeit.
                § 3 Miete und Nebenkosten
                Kaltmiete € 523,95
                Vorauszahlung Betriebskosten € 167,75
                Gesamtbetrag monatlich € 691,70
                """);
        assertThat(values(r)).containsEntry("propertyAddress", "Am Hafen 37, 45893 Gelsenkirchen")
                .containsEntry("rentStart", "2025-04-01").containsEntry("tenantName", "Erika Beispiel");
    }

    @Test
    void aPartyWhoseTownsEndTheLineBreakCarriedOverKeepsItsName() {
        AnalysisResult r = analyze("""
                Mietvertrag für Wohnraum
                Zwischen
                Wohnbau Musterstadt eG, Kirchgasse 8a, 12345 Musterstadt
                - nachstehend Vermieter genannt -
                und
                Erika Beispiel, geb. 07.10.1984, bisher wohnhaft Kastanienweg 4, 63071 Offenbach
                am Main
                (Mieter)
                wird folgender Mietvertrag geschlossen:
                § 1 Mietsache
                Kaltmiete € 523,95
                """);
        assertThat(values(r)).containsEntry("tenantName", "Erika Beispiel");
    }

    @Test
    void aPartyWhoseAddressOrTownStandsOnALineOfItsOwnAboveTheRoleMarker() {
        String lease = """
                Mietvertrag für Wohnraum
                Zwischen
                %s
                (Vermieter)
                und
                Erika Beispiel, bisher wohnhaft Lindenweg 5, 12345 Musterstadt
                - nachstehend Mieter genannt -
                § 3 Miete und Nebenkosten
                Kaltmiete € 523,95
                """;
        assertThat(values(analyze(lease.formatted("Wohnbau Beispiel GmbH & Co. KG,\nBrückenstraße 23, 83028 Rosenheim"))))
                .containsEntry("landlordName", "Wohnbau Beispiel GmbH & Co. KG");
        assertThat(values(analyze(lease.formatted("Wohnbau Beispiel GmbH & Co. KG, An der Weißen Mühle 59,\n96057 Bamberg"))))
                .containsEntry("landlordName", "Wohnbau Beispiel GmbH & Co. KG");
    }

    @Test
    void anAuFormsCaptionColumnPairsWithItsValueColumnDespiteTheOptionLineAfterIt() {
        AnalysisResult r = analyze("""
                Arbeitsunfähigkeitsbescheinigung
                Ausfertigung zur Vorlage beim Arbeitgeber
                Krankenkasse bzw. Kostenträger
                Name
                Vorname
                geb. am
                Anschrift
                Kostentragerkennung
                Versicherten-Nr.
                Status
                Betriebsstatten-Nr.
                Arzt-Nr.
                Datum

                AOK Nordost
                Beispiel
                Erika
                24. Juli 1989
                Lindenweg 5, 12345 Musterstadt
                102344587
                A123456789
                1000000
                759311789
                683448681
                10. März 2025

                Erstbescheinigung
                arbeitsunfähig seit 10.03.2025
                voraussichtlich arbeitsunfähig bis einschließlich 21.03.2025
                """);
        assertThat(r.documentType()).isEqualTo("AU_BESCHEINIGUNG");
        assertThat(values(r)).containsEntry("personName", "Erika Beispiel").containsEntry("dateOfBirth", "1989-07-24")
                .containsEntry("documentDate", "2025-03-10");
    }

    @Test
    void aSpeckBeforeAOneWordLabelLeavesItALabel() {
        AnalysisResult r = analyze("""
                Arbeitsunfähigkeitsbescheinigung
                Ausfertigung zur Vorlage beim Arbeitgeber
                Krankenkasse bzw. Kostenträger AOK Nordost
                ‘Name Beispiel-Richter
                Vorname Erika
                geb. am 4.2.1970
                arbeitsunfähig seit 09.01.2025
                voraussichtlich arbeitsunfähig bis einschließlich 24.01.2025
                festgestellt am 09.01.2025
                """);
        assertThat(values(r)).containsEntry("personName", "Erika Beispiel-Richter");
    }

    @Test
    void anHourlyWageBelowTheHeadingIsNoMonthlyGross() {
        AnalysisResult r = analyze("""
                Arbeitsvertrag
                Zwischen der Firma Muster Bau GmbH, Hauptstr. 7, 60311 Frankfurt am Main (Arbeitgeber)
                und Frau Erika Beispiel, Lindenweg 5, 12345 Musterstadt (Arbeitnehmerin)
                § 1 Beginn des Arbeitsverhältnisses
                Das Arbeitsverhältnis beginnt am 01.04.2025.
                § 5 Vergütung
                Der Arbeitnehmer erhält einen Stundenlohn von EUR 14,03 brutto. Die Vergütung wird nach den tatsächlich
                geleisteten Stunden am Monatsende abgerechnet.
                """);
        assertThat(r.documentType()).isEqualTo("ARBEITSVERTRAG");
        assertThat(values(r)).doesNotContainKey("grossAmount");
    }

    @Test
    void aLogosInitialsAboveTheSenderAreNotTheSender() {
        AnalysisResult r = analyze("""
                DRR
                Deutsche Rentenversicherung Rheinland
                Königsallee 71 · 40215 Düsseldorf
                Herrn
                Max Beispiel
                Lindenweg 5
                12345 Musterstadt
                Düsseldorf, 12.03.2025
                Rentenbescheid
                Sehr geehrter Herr Beispiel,
                auf Ihren Antrag erhalten Sie Rente. Die Rente beginnt am 01.08.2025. Die monatliche Rente beträgt
                EUR 881,27.
                """);
        assertThat(values(r)).containsEntry("issuer", "Deutsche Rentenversicherung Rheinland")
                .containsEntry("periodFrom", "2025-08-01");
    }

    private static AnalysisResult analyze(String text) {
        return ANALYZER.analyze(doc(text));
    }

    private static DocumentText doc(String text) {
        return new DocumentText(List.of(new PageText(1, text, List.of())), List.of());
    }

    private static Map<String, String> values(AnalysisResult r) {
        Map<String, String> m = new java.util.TreeMap<>();
        r.fields().forEach((k, v) -> m.put(k, v.value()));
        return m;
    }
}
