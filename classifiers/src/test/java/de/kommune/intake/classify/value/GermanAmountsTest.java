package de.kommune.intake.classify.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GermanAmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,56 €|1234.56",
        "EUR 1234,56|1234.56",
        "€ 1.234,56|1234.56",
        "1.234,56 S|-1234.56",
        "1.234,56 H|1234.56",
        "12,50-|-12.50",
        "-55,08 €|-55.08",
        "+432,86 €|432.86",
        "1.500,- €|1500.00",
        "255 €|255.00",
        "0,99|0.99",
        "233.10€|233.10",
        "-48.00 EUR|-48.00"})
    void parses(String in, String expected) {
        assertThat(GermanAmounts.parse(in).map(GermanAmounts::format)).contains(expected);
    }

    @Test
    void rejectsNonMoney() {
        assertThat(GermanAmounts.findAll("Verbrauch 2.150 kWh")).isEmpty();
        assertThat(GermanAmounts.findAll("am 01.08.2024")).isEmpty();
        assertThat(GermanAmounts.findAll("1,234 kg")).isEmpty();
        assertThat(GermanAmounts.parse("1.234,567")).isEmpty();
        assertThat(GermanAmounts.findAll("am 12.05.2025 €")).isEmpty(); // a date, even beside a currency sign
        assertThat(GermanAmounts.findAll("Version 1.20 der Satzung")).isEmpty(); // no currency, no amount
    }

    @Test
    void aBlankAfterTheDecimalCommaBeforeTheCurrencyIsStillOneAmount() {
        assertThat(GermanAmounts.findAll("Rechnungsbetrag brutto 767, 57 EUR"))
                .extracting(a -> GermanAmounts.format(a.value())).containsExactly("767.57");
        // without the currency, a comma and a blank separate two numbers
        assertThat(GermanAmounts.findAll("Zimmer 12, 14 und 16")).isEmpty();
    }

    @Test
    void findsAmountsInALine() {
        assertThat(GermanAmounts.findAll("Neuer Kontostand vom 31.08.2024 3.967,64 H"))
                .extracting(a -> GermanAmounts.format(a.value())).containsExactly("3967.64");
    }
}
