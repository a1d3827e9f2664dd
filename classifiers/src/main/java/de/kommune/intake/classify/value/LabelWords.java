package de.kommune.intake.classify.value;

import java.util.regex.Pattern;

/**
 * Words that are form labels whatever the taxonomy says ("Personal-Nr.", "Steuerklasse", "Rechnungsdatum",
 * "Datum"): a name ends before one, and a line of them is a label line. Suffixes, because forms compound them
 * ("Personalnummer", "Kd.-Nr.", "Steuer-ID", "Girokonto", "Kostenträgerkennung"); no German surname or organisation name ends so.
 */
public final class LabelWords {

    private static final Pattern LABEL_WORD = Pattern.compile(
            "(?iu).*(?:nummer|-nr\\.?|nr\\.|datum|klasse|zeitraum|betrag|konto|kontoauszug|-id|kennung)|datum|kundennummer|kontoinhaber"
                    + "|auszug|iban|bic|telefon|tel\\.|fax|e-mail|seite|blatt|unterschrift|plz|geburtsort|geburtstag|betreff"
                    // the personal data of a registration form (Meldebescheinigung, Antrag)
                    + "|geschlecht|familienstand|staatsangehörigkeit(?:\\(en\\))?|wohnungsstatus|einzugs?|anschrift"
                    + "|vornamen?(?:\\(n\\))?|familienname|geburtsname|postleitzahl|ort|wohnort|hausnummer");

    private LabelWords() {
    }

    /** True for one word (a trailing colon or comma ignored) that is a label. */
    public static boolean isLabelWord(String token) {
        return LABEL_WORD.matcher(token.replaceAll("[:,]$", "")).matches();
    }
}
