package de.kommune.intake.classify.mrz;

import java.time.LocalDate;

/**
 * What a machine-readable zone says, as printed (names upper case with '<' turned into spaces).
 *
 * @param format              TD1 (ID card), TD2 (paper residence permit) or TD3 (passport)
 * @param documentCode        e.g. {@code ID}, {@code P}, {@code AR}
 * @param dateOfBirth         null when unreadable
 * @param expiryDate          null when unreadable
 * @param documentNumberValid check digit of the document number passed
 * @param birthValid          check digit of the birth date passed
 * @param expiryValid         check digit of the expiry date passed
 * @param compositeValid      composite check digit passed
 * @param repairs             OCR swaps applied to make check digits pass (0 = read as is)
 * @param documentNumberCheck the document number's check digit as read; read as a letter, the number's own when the
 *                            composite check confirms it
 * @param realigned           a data line was shifted by a character OCR added or dropped to make the checks pass
 */
public record MrzData(String format, String documentCode, String issuingState, String documentNumber,
                      LocalDate dateOfBirth, String sex, LocalDate expiryDate, String nationality, String surname,
                      String givenNames, boolean documentNumberValid, boolean birthValid, boolean expiryValid,
                      boolean compositeValid, int repairs, char documentNumberCheck, boolean realigned) {

    /** The same reading, from a data line shifted by one character. */
    MrzData realign() {
        return new MrzData(format, documentCode, issuingState, documentNumber, dateOfBirth, sex, expiryDate,
                nationality, surname, givenNames, documentNumberValid, birthValid, expiryValid, compositeValid, repairs,
                documentNumberCheck, true);
    }

    public boolean allValid() {
        return documentNumberValid && birthValid && expiryValid && compositeValid;
    }
}
