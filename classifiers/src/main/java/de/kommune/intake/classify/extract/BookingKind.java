package de.kommune.intake.classify.extract;

import java.util.List;
import java.util.Locale;

/**
 * Which way a statement booking went, by the standard German booking texts: +1 for money in ("Gutschrift",
 * "Kindergeld", "Bareinzahlung"), -1 for money out ("Lastschrift", "Kartenzahlung", "Dauerauftrag",
 * "Geldautomat"), 0 when the text says neither or both.
 */
final class BookingKind {

    private static final List<String> IN = List.of("gutschrift", "zahlungseingang", "eingang", "gehalt", "lohn",
            "rente", "kindergeld", "familienkasse", "erstattung", "rückerstattung", "einzahlung", "bareinzahlung",
            "habenzins", "rücklastschrift");
    private static final List<String> OUT = List.of("lastschrift", "kartenzahlung", "girocard", "dauerauftrag",
            "auszahlung", "barauszahlung", "geldautomat", "abhebung", "entgelt", "kontoführung", "überweisung",
            "sollzins", "gebühr", "abschluss");

    private BookingKind() {
    }

    static int of(String line) {
        boolean in = false;
        boolean out = false;
        for (String word : line.toLowerCase(Locale.GERMAN).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            // "rücklastschrift" returns money; "überweisungsgutschrift" is money in
            if (word.startsWith("rücklastschrift") || word.contains("gutschrift") || IN.stream().anyMatch(word::startsWith)) {
                in = true;
            } else if (OUT.stream().anyMatch(word::startsWith)) {
                out = true;
            }
        }
        return in == out ? 0 : in ? 1 : -1;
    }
}
