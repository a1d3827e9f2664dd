package de.kommune.intake.classify.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class GermanDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3.2.2025|2025-02-03",
        "03.02.25|2025-02-03",
        "3. Februar 2025|2025-02-03",
        "3.Februar 2025|2025-02-03",
        "03. März 2025|2025-03-03",
        "1. Jonuar 2024|2024-01-01",
        "2025-02-03|2025-02-03",
        "31.12.99|1999-12-31",
        "01. 08. 2024|2024-08-01"})
    void parsesGermanDates(String in, String expected) {
        assertThat(GermanDates.parse(in)).contains(LocalDate.parse(expected));
    }

    @Test
    void impossibleDateIsFlaggedNotParsed() {
        assertThat(GermanDates.parse("31.02.2025")).isEmpty();
        assertThat(GermanDates.findAll("Datum 31.02.2025")).singleElement()
                .satisfies(d -> assertThat(d.impossible()).isTrue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "08.01 2025|2025-01-08",
        "08,01.2025|2025-01-08",
        "08.01,2025|2025-01-08",
        "3, Juli 2025|2025-07-03"})
    void datesWhoseDotOcrReadAsCommaOrLost(String in, String expected) {
        assertThat(GermanDates.parse(in)).contains(LocalDate.parse(expected));
    }

    @Test
    void numbersWithoutAnyDateDotStayNumbers() {
        assertThat(GermanDates.findAll("Betrag 12,50 2025 Stück")).isEmpty();
        assertThat(GermanDates.findAll("Zeilen 12,05,2024")).isEmpty();
        assertThat(GermanDates.findAll("Position 3, Mai")).isEmpty();
        assertThat(GermanDates.findAll("Wert 45.67 2025")).isEmpty();
    }

    @Test
    void amountsAndCountsAreNoDates() {
        assertThat(GermanDates.findAll("1.453,70 € und 12.400 kWh")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Januar 2025|2025-01", "01/2025|2025-01", "01.2025|2025-01",
        "Sept. 2024|2024-09", "12/24|2024-12"})
    void parsesMonths(String in, String expected) {
        assertThat(GermanDates.parseMonth(in)).contains(YearMonth.parse(expected));
    }

    @Test
    void monthInsideADateIsNoMonth() {
        assertThat(GermanDates.findMonths("am 31.01.2025")).isEmpty();
    }

    @Test
    void twoDigitBirthYearsLieInThePast() {
        LocalDate read = GermanDates.parse("03.02.65").orElseThrow();
        assertThat(GermanDates.pastDate(read, LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(1965, 2, 3));
    }
}
