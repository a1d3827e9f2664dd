package de.kommune.intake.classify.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigitRepairTest {

    @Test
    void lettersBetweenDigitsBecomeDigitsButAKundennummersLetterStays() {
        assertThat(DigitRepair.apply("am 27.O5.2O25 fällig")).isEqualTo("am 27.05.2025 fällig");
        assertThat(DigitRepair.apply("Kunden-Nr. 123O456789")).isEqualTo("Kunden-Nr. 123O456789");
    }

    @Test
    void aOneLetterDayIsADayOnlyBeforeAMonthsNameAndAYear() {
        assertThat(DigitRepair.apply("ab I. Mai 2025 bis auf Weiteres")).isEqualTo("ab 1. Mai 2025 bis auf Weiteres");
        assertThat(DigitRepair.apply("seit l. Januar 2024")).isEqualTo("seit 1. Januar 2024");
        assertThat(DigitRepair.apply("I. Persönliche Angaben")).isEqualTo("I. Persönliche Angaben");
        assertThat(DigitRepair.apply("Teil. Mai 2025")).isEqualTo("Teil. Mai 2025");
        assertThat(DigitRepair.apply("I. Mai")).isEqualTo("I. Mai"); // no year: a heading as likely as a day
    }
}
