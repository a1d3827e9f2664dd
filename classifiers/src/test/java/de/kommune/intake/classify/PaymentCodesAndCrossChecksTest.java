package de.kommune.intake.classify;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GiroCodes, cross-field checks with lowered confidences, case keys that must not come from suppliers. */
class PaymentCodesAndCrossChecksTest {

    private static final RuleBasedAnalyzer ANALYZER = new RuleBasedAnalyzer(Taxonomy.defaults(),
            AnalyzerSettings.defaults().withReferenceDate(LocalDate.of(2025, 6, 30)));

    private static final String GIROCODE = String.join("\n", "BCD", "002", "1", "SCT", "", "Hausverwaltung Schmidt",
            "DE89370400440532013000", "EUR212.40", "", "", "Nachzahlung Nebenkosten 2023");

    @Test
    void giroCodeGivesIbanWithFullConfidenceAndTheAmountToPay() {
        AnalysisResult r = ANALYZER.analyze(new DocumentText(List.of(
                new PageText(1, Letters.NEBENKOSTEN_NACHZAHLUNG.replace("Nachzahlung 212,40 €", "Bitte überweisen Sie "
                        + "den Betrag mit dem GiroCode."), List.of()),
                new PageText(2, "Anlage Einzelaufstellung", List.of())), List.of(new Barcode(2, "QR_CODE", GIROCODE))));
        assertThat(r.documentType()).isEqualTo("NEBENKOSTENABRECHNUNG");
        ExtractedField iban = r.fields().get("iban");
        assertThat(iban.value()).isEqualTo("DE89370400440532013000");
        assertThat(iban.confidence()).isEqualTo(1.0);
        assertThat(iban.page()).isEqualTo(2);
        assertThat(r.fields().get("settlementAmount").value()).isEqualTo("212.40"); // not printed as text any more
        assertThat(r.reviewReasons()).doesNotContain(ReviewReasons.INVALID_IBAN);
    }

    @Test
    void giroCodeWithABrokenIbanGoesToReview() {
        AnalysisResult r = ANALYZER.analyze(new DocumentText(List.of(new PageText(1, Letters.NEBENKOSTEN_NACHZAHLUNG,
                List.of())), List.of(new Barcode(1, "QR_CODE", GIROCODE.replace("3000", "3001")))));
        assertThat(r.fields().get("iban").confidence()).isLessThan(0.2);
        assertThat(r.reviewReasons()).contains(ReviewReasons.INVALID_IBAN);
    }

    @Test
    void rentThatDoesNotAddUpLowersTheConfidenceOfItsParts() {
        AnalysisResult ok = analyze(Letters.MIETVERTRAG);
        AnalysisResult bad = analyze(Letters.MIETVERTRAG.replace("735,00", "755,00"));
        assertThat(bad.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
        for (String f : List.of("totalRent", "baseRent", "serviceCharges", "heatingCosts")) {
            assertThat(bad.fields().get(f).confidence()).as(f)
                    .isLessThanOrEqualTo(ok.fields().get(f).confidence() * 0.5 + 0.001);
        }
        assertThat(bad.fields().get("tenantName").confidence()).isEqualTo(ok.fields().get("tenantName").confidence());
    }

    @Test
    void netAboveGrossLowersBoth() {
        AnalysisResult ok = analyze(Letters.LOHNABRECHNUNG_KURZ);
        AnalysisResult bad = analyze(Letters.LOHNABRECHNUNG_KURZ.replace("Gesetzliches Netto 1.342,10",
                "Gesetzliches Netto 2.342,10"));
        assertThat(ok.reviewReasons()).doesNotContain(ReviewReasons.IMPLAUSIBLE_VALUE);
        assertThat(bad.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
        assertThat(bad.fields().get("grossAmount").confidence()).isLessThan(ok.fields().get("grossAmount").confidence());
    }

    @Test
    void aBillDatedBeforeItsPeriodBeganIsImplausible() {
        // "18.08.20": the year cut to two digits by OCR, read as 2020 for a bill of 2024
        AnalysisResult ok = analyze(Letters.ENERGIERECHNUNG);
        AnalysisResult cut = analyze(Letters.ENERGIERECHNUNG.replace("Rechnungsdatum: 03.02.2025", "Rechnungsdatum: 03.02.20"));
        assertThat(ok.reviewReasons()).doesNotContain(ReviewReasons.IMPLAUSIBLE_VALUE);
        assertThat(cut.fields().get("invoiceDate").value()).isEqualTo("2020-02-03");
        assertThat(cut.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
        assertThat(cut.fields().get("invoiceDate").confidence())
                .isLessThan(ok.fields().get("invoiceDate").confidence() * 0.5 + 0.001);
    }

    @Test
    void expiredIdDocumentIsImplausible() {
        String card = """
                BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS
                IDD<<T220001293<<<<<<<<<<<<<<<
                6408125<%s<<<<<<<<<<<<<%s
                MUELLER<<ERIKA<<<<<<<<<<<<<<<<
                """;
        AnalysisResult expired = analyze(card.formatted("2010315D", "4"));
        assertThat(expired.fields().get("expiryDate").value()).isEqualTo("2020-10-31");
        assertThat(expired.reviewReasons()).contains(ReviewReasons.IMPLAUSIBLE_VALUE);
        assertThat(expired.fields().get("expiryDate").confidence()).isLessThan(0.6);
        AnalysisResult valid = analyze(card.formatted("3010312D", "2"));
        assertThat(valid.fields().get("expiryDate").value()).isEqualTo("2030-10-31");
        assertThat(valid.reviewReasons()).doesNotContain(ReviewReasons.IMPLAUSIBLE_VALUE);
        assertThat(valid.fields().get("expiryDate").confidence()).isGreaterThan(0.9);
    }

    @Test
    void suppliersNumberIsNoCaseKeyEvenWhenTheBillMentionsTheJobcenter() {
        AnalysisResult r = analyze(Letters.ENERGIERECHNUNG.replace("Kunden-Nr.: 40012345", "Kundennummer: 123A456789")
                + "Diese Rechnung legen Sie bitte Ihrem Jobcenter vor.\n");
        assertThat(r.documentType()).isEqualTo("ENERGIERECHNUNG");
        assertThat(r.fields()).doesNotContainKeys("customerNumber", "bgNumber");
        assertThat(r.fields().get("supplierCustomerNumber").value()).isEqualTo("123A456789");
    }

    @Test
    void bgNumberPrintedWithDoubleSlash() {
        AnalysisResult r = analyze("Veränderungsmitteilung\nJobcenter Musterstadt\nNummer der Bedarfsgemeinschaft: "
                + "54321//7654321\nName: Jana Test\n");
        assertThat(r.fields().get("bgNumber").value()).isEqualTo("54321BG7654321");
    }

    private static AnalysisResult analyze(String text) {
        return ANALYZER.analyze(new DocumentText(List.of(new PageText(1, text, List.of())), List.of()));
    }
}
