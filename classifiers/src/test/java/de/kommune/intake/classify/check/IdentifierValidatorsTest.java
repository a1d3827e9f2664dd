package de.kommune.intake.classify.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierValidatorsTest {

    @Test
    void ibanMod97() {
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("de89 3704 0044 0532 0130 00")).isTrue();
        assertThat(Iban.isValid("DE89370400440532013001")).isFalse(); // one digit changed
        assertThat(Iban.isValid("DE8937040044053201300")).isFalse(); // too short for DE
        assertThat(Iban.isValid("GB82WEST12345698765432")).isTrue();
        assertThat(Iban.isValid("AT611904300234573201")).isTrue();
        assertThat(Iban.normalize("de89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
    }

    @Test
    void bgNumberNormalisesSlashForm() {
        assertThat(BgNumber.normalize("07402//0094744")).contains("07402BG0094744");
        assertThat(BgNumber.normalize("07402BG0094744")).contains("07402BG0094744");
        assertThat(BgNumber.normalize("07402 bg 0094744")).contains("07402BG0094744");
        assertThat(BgNumber.normalize("0740//0094744")).isEmpty();
        assertThat(BgNumber.isValid("07402BG0094744")).isTrue();
        assertThat(BgNumber.isValid("07402//0094744")).isFalse();
    }

    @Test
    void kundennummer() {
        assertThat(Kundennummer.normalize("123a456789")).contains("123A456789");
        assertThat(Kundennummer.isValid("123A456789")).isTrue();
        assertThat(Kundennummer.isValid("12A3456789")).isFalse();
        assertThat(Kundennummer.isValid("1234567890")).isFalse();
    }

    @Test
    void steuerId() {
        assertThat(SteuerId.isValid("36574261809")).isTrue();
        assertThat(SteuerId.isValid("36 574 261 809")).isTrue();
        assertThat(SteuerId.isValid("36574261890")).isFalse();
        assertThat(SteuerId.isValid("06574261809")).isFalse(); // leading zero
        assertThat(SteuerId.isValid("11111111111")).isFalse(); // digit rule
    }

    @Test
    void rentenversicherungsnummer() {
        assertThat(Rentenversicherungsnummer.isValid("65170839J003")).isTrue();
        assertThat(Rentenversicherungsnummer.isValid("65 170839 J 003")).isTrue();
        assertThat(Rentenversicherungsnummer.isValid("12170378A125")).isTrue();
        assertThat(Rentenversicherungsnummer.isValid("65170839J004")).isFalse();
        assertThat(Rentenversicherungsnummer.isValid("6517083J9003")).isFalse();
    }

    @Test
    void icaoCheckDigit() {
        assertThat(IcaoCheckDigit.compute("T22000129")).isEqualTo(3);
        assertThat(IcaoCheckDigit.compute("640812")).isEqualTo(5);
        assertThat(IcaoCheckDigit.compute("201031")).isEqualTo(5);
        assertThat(IcaoCheckDigit.verify("L898902C<", '3')).isTrue(); // ICAO 9303 example
        assertThat(IcaoCheckDigit.verify("640812", '4')).isFalse();
    }
}
