package de.kommune.intake.samples.data;

import java.time.LocalDate;
import java.util.Locale;

/** A fictitious person. {@link #fullName()} is the normalised name (no Herr/Frau). */
public record Person(String givenNames, String surname, boolean female, LocalDate dateOfBirth, String birthPlace,
                     Address address) {

    public String fullName() {
        return givenNames + " " + surname;
    }

    /** "Müller, Anna" */
    public String reversedName() {
        return surname + ", " + givenNames;
    }

    public String salutationName() {
        return (female ? "Frau " : "Herr ") + fullName();
    }

    public String formalAddress() {
        return female ? "Sehr geehrte Frau " + surname + "," : "Sehr geehrter Herr " + surname + ",";
    }

    public String firstGivenName() {
        int i = givenNames.indexOf(' ');
        return i < 0 ? givenNames : givenNames.substring(0, i);
    }

    public Person withAddress(Address a) {
        return new Person(givenNames, surname, female, dateOfBirth, birthPlace, a);
    }

    /** ASCII upper case as on machine-readable zones: Ä→AE, ß→SS, accents dropped. */
    public static String asciiUpper(String s) {
        String t = s.toUpperCase(Locale.GERMAN)
                .replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ẞ", "SS").replace("ß", "SS");
        return java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
