package de.kommune.intake.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.kommune.intake.samples.data.GermanFormat;
import de.kommune.intake.samples.data.Ids;

/** Test helper: does a text contain a normalised field value in one of the ways German documents print it? */
final class PrintedForms {

    private PrintedForms() {
    }

    static String squash(String s) {
        // like Python's str.casefold() in score.py: ß and ẞ compare as "ss"
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN).replace("ß", "ss");
    }

    static boolean contains(String text, String key, String value) {
        String t = squash(text);
        for (String form : forms(key, value)) {
            if (t.contains(squash(form))) {
                return true;
            }
        }
        if (isText(key)) {
            // names and addresses may be split over labelled fields ("Name: Müller / Vorname: Anna") or lines
            for (String token : value.split("[ ,]+")) {
                if (!token.isEmpty() && !t.contains(squash(token))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isText(String key) {
        return !(key.matches(".*(Date|From|To|Until|Start|Birth)$") || key.equals("rentStart")
                || key.equals("payPeriod") || key.equals("iban") || key.equals("bgNumber"));
    }

    static List<String> forms(String key, String value) {
        List<String> out = new ArrayList<>();
        out.add(value);
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(value);
            for (GermanFormat.DateStyle s : GermanFormat.DateStyle.values()) {
                out.add(GermanFormat.date(d, s));
            }
        } else if (key.equals("payPeriod")) {
            for (int i = 0; i < 4; i++) {
                out.add(GermanFormat.month(YearMonth.parse(value), i));
            }
        } else if (value.matches("-?\\d+\\.\\d{2}")) {
            long cents = Math.round(Double.parseDouble(value) * 100);
            out.add(GermanFormat.number(cents, true));
            out.add(GermanFormat.number(cents, false));
            out.add(GermanFormat.number(Math.abs(cents), true));
        } else if (key.equals("iban")) {
            out.add(Ids.ibanGrouped(value));
        } else if (key.equals("bgNumber")) {
            for (int i = 0; i < 5; i++) {
                out.add(Ids.bgPrinted(value, i));
            }
        } else if (key.equals("weeklyHours")) {
            out.add(value.replace('.', ','));
        } else if (key.equals("settlementKind")) {
            out.add(value.equals("NACHZAHLUNG") ? "Nachzahlung" : "Guthaben");
        } else if (key.equals("benefitType")) {
            out.add(Map.of("KINDERGELD", "Kindergeld", "RENTE", "Rente", "WOHNGELD", "Wohngeld", "ALG1",
                    "Arbeitslosengeld", "UNTERHALTSVORSCHUSS", "Unterhaltsvorschuss", "SONSTIGE", "Elterngeld")
                    .get(value));
        }
        return out;
    }
}
