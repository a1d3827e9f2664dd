package de.kommune.intake.classify.check;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GiroCodeTest {

    static final String PAYLOAD = String.join("\n", "BCD", "002", "1", "SCT", "COBADEFFXXX",
            "Stadtwerke Musterstadt GmbH", "DE89 3704 0044 0532 0130 00", "EUR212.4", "", "",
            "Kundennummer 40012345 Nachzahlung 2024");

    @Test
    void readsTheCreditTransferLines() {
        GiroCode g = GiroCode.parse(PAYLOAD).orElseThrow();
        assertThat(g.bic()).isEqualTo("COBADEFFXXX");
        assertThat(g.beneficiary()).isEqualTo("Stadtwerke Musterstadt GmbH");
        assertThat(g.iban()).isEqualTo("DE89370400440532013000");
        assertThat(g.amount()).isEqualByComparingTo(new BigDecimal("212.40"));
        assertThat(g.reference()).isEqualTo("Kundennummer 40012345 Nachzahlung 2024");
    }

    @Test
    void amountAndBicAreOptionalInVersion002() {
        GiroCode g = GiroCode.parse("BCD\r\n002\r\n1\r\nSCT\r\n\r\nHausverwaltung Schmidt\r\nDE89370400440532013000")
                .orElseThrow();
        assertThat(g.bic()).isNull();
        assertThat(g.amount()).isNull();
    }

    @Test
    void otherCodesAreNotGiroCodes() {
        assertThat(GiroCode.parse("B#012345BG0012345")).isEmpty();
        assertThat(GiroCode.parse("PATCHT")).isEmpty();
        assertThat(GiroCode.parse(PAYLOAD.replace("002", "001").replace("COBADEFFXXX", ""))).isEmpty(); // 001 needs a BIC
        assertThat(GiroCode.parse(PAYLOAD.replace("EUR212.4", "212,40 EUR"))).isEmpty();
        assertThat(GiroCode.parse(PAYLOAD.replace("SCT", "INST"))).isEmpty();
        assertThat(GiroCode.parse(PAYLOAD + "x".repeat(300))).isEmpty(); // longer than the 331 bytes allowed
    }
}
