package de.kommune.intake.classify.mrz;

import de.kommune.intake.classify.check.IcaoCheckDigit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MrzParserTest {

    private final MrzParser parser = new MrzParser(LocalDate.of(2025, 6, 30));

    @Test
    void germanIdCardSpecimen() {
        MrzData d = parser.parse("IDD<<T220001293<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.format()).isEqualTo("TD1");
        assertThat(d.documentCode()).isEqualTo("ID");
        assertThat(d.documentNumber()).isEqualTo("T22000129");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1964, 8, 12));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(d.nationality()).isEqualTo("D");
        assertThat(d.surname()).isEqualTo("MUSTERMANN");
        assertThat(d.givenNames()).isEqualTo("ERIKA");
        assertThat(d.allValid()).isTrue();
        assertThat(d.repairs()).isZero();
    }

    @Test
    void passportSpecimen() {
        MrzData d = parser.parse("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4").orElseThrow();
        assertThat(d.format()).isEqualTo("TD3");
        assertThat(d.documentNumber()).isEqualTo("C01X00T47");
        assertThat(d.sex()).isEqualTo("F");
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(d.allValid()).isTrue();
    }

    @Test
    void repairsOcrSwapsUntilCheckDigitsPass() {
        // O for 0 in the number and dates, 8 for B... as OCR delivers them
        MrzData d = parser.parse("IDD<<T22OOO1293<<<<<<<<<<<<<<<", "64O8I25<2O1O3I5D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.documentNumber()).isEqualTo("T22000129");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1964, 8, 12));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(d.allValid()).isTrue();
        assertThat(d.repairs()).isPositive();
    }

    @Test
    void aCheckDigitReadAsALetterIsTheNumbersOwnWhenTheCompositeCheckConfirmsIt() {
        // "T22000129" with its check digit 3 read as "I"
        MrzData d = parser.parse("IDD<<T22000129I<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.documentNumber()).isEqualTo("T22000129");
        assertThat(d.documentNumberCheck()).isEqualTo('3');
        assertThat(d.allValid()).isTrue();
        assertThat(d.repairs()).isPositive();
    }

    @Test
    void aCheckDigitReadAsALetterStaysUncheckedWhenTheCompositeCheckDisagrees() {
        MrzData d = parser.parse("IDD<<T22000129I<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<7",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.documentNumberValid()).isFalse();
    }

    @Test
    void anAInAGermanNumberIsTheFourItResembles() {
        String number = "LY422KF4Z";
        String line1 = "IDD<<" + number + IcaoCheckDigit.compute(number) + "<".repeat(15);
        String line2 = "6408125<2010315D<<<<<<<<<<<";
        String composite = line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18);
        line2 = line2 + "<<" + IcaoCheckDigit.compute(composite + "<<");
        MrzData d = parser.parse(line1.replace('4', 'A'), line2, "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.documentNumber()).isEqualTo(number);
        assertThat(d.allValid()).isTrue();
    }

    @Test
    void wrongCheckDigitIsReported() {
        MrzData d = parser.parse("IDD<<T220001294<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.documentNumberValid()).isFalse();
        assertThat(d.birthValid()).isTrue();
    }

    @Test
    void toleratesTesseractReadingTheFillerAsLetters() {
        // '<' read as c/e, the nationality "D<<" as "O<<", one stray '<' inserted in line 2
        MrzData d = parser.parse("IDD<<T220001293<<<<eecececccee", "6408125<<2010315O<<<<<<<<cecee4",
                "MUSTERMANN<<ERIKA<<<<<e<ccecce").orElseThrow();
        assertThat(d.nationality()).isEqualTo("D");
        assertThat(d.givenNames()).isEqualTo("ERIKA");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1964, 8, 12));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(d.allValid()).isTrue();
    }

    @Test
    void aGermanNumberWithALetterOutsideItsAlphabetIsNeverValidEvenWhenItsCheckDigitPasses() {
        // "T22E00129" has check digit 1, but no German number contains an E: OCR misread a digit
        MrzData d = parser.parse("IDD<<T22E001291<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<").orElseThrow();
        assertThat(d.documentNumberValid()).isFalse();
        assertThat(d.documentNumber()).isEqualTo("T22E00129");
    }

    @Test
    void nationalityCodesThatExistNowhereAreRepairedByOneLookalikeSwap() {
        assertThat(IcaoCodes.repair("IRO")).isEqualTo("IRQ");
        assertThat(IcaoCodes.repair("SYR")).isEqualTo("SYR");
        assertThat(IcaoCodes.repair("D")).isEqualTo("D");
        assertThat(IcaoCodes.repair("UKR")).isEqualTo("UKR");
        assertThat(IcaoCodes.repair("XYZ")).isEqualTo("XYZ"); // nothing near: left for the caller to judge
        assertThat(IcaoCodes.isKnown("4GD")).isFalse();
    }
}
