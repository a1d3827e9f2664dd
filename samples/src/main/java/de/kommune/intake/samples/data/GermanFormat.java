package de.kommune.intake.samples.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;

/** German print forms of dates, months and amounts, and their normalised forms (taxonomy.md). */
public final class GermanFormat {

    public static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember"};
    private static final String[] MONTHS_ABBR = {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli",
            "Aug.", "Sept.", "Okt.", "Nov.", "Dez."};

    /** How a date is printed. */
    public enum DateStyle {
        /** 03.02.2025 */ NUMERIC,
        /** 3.2.2025 */ NUMERIC_UNPADDED,
        /** 03.02.25 */ NUMERIC_SHORT_YEAR,
        /** 3.2.25 */ NUMERIC_UNPADDED_SHORT_YEAR,
        /** 3. Februar 2025 */ LONG,
        /** 03. Feb. 2025 */ ABBREVIATED
    }

    /** How an amount is printed. */
    public enum AmountStyle {
        /** 1.234,56 € */ EURO_SIGN_AFTER,
        /** 1.234,56 EUR */ EUR_AFTER,
        /** EUR 1.234,56 */ EUR_BEFORE,
        /** 1234,56 € */ PLAIN_EURO_SIGN_AFTER,
        /** € 1.234,56 */ EURO_SIGN_BEFORE,
        /** EUR 1234,56 */ PLAIN_EUR_BEFORE,
        /** 1.234,56 (currency given by a column header) */ BARE
    }

    private GermanFormat() {
    }

    public static String date(LocalDate d) {
        return date(d, DateStyle.NUMERIC);
    }

    public static String date(LocalDate d, DateStyle style) {
        int day = d.getDayOfMonth();
        int month = d.getMonthValue();
        int year = d.getYear();
        return switch (style) {
            case NUMERIC -> String.format(Locale.ROOT, "%02d.%02d.%04d", day, month, year);
            case NUMERIC_UNPADDED -> day + "." + month + "." + year;
            case NUMERIC_SHORT_YEAR -> String.format(Locale.ROOT, "%02d.%02d.%02d", day, month, year % 100);
            case NUMERIC_UNPADDED_SHORT_YEAR -> String.format(Locale.ROOT, "%d.%d.%02d", day, month, year % 100);
            case LONG -> day + ". " + MONTHS[month - 1] + " " + year;
            case ABBREVIATED -> String.format(Locale.ROOT, "%02d. %s %d", day, MONTHS_ABBR[month - 1], year);
        };
    }

    /** A style for a document's dates: mostly the full numeric form, sometimes the others. */
    public static DateStyle randomDateStyle(Random rnd) {
        int r = rnd.nextInt(100);
        if (r < 55) {
            return DateStyle.NUMERIC;
        } else if (r < 67) {
            return DateStyle.NUMERIC_UNPADDED;
        } else if (r < 77) {
            return DateStyle.NUMERIC_SHORT_YEAR;
        } else if (r < 82) {
            return DateStyle.NUMERIC_UNPADDED_SHORT_YEAR;
        } else if (r < 95) {
            return DateStyle.LONG;
        }
        return DateStyle.ABBREVIATED;
    }

    public static String isoDate(LocalDate d) {
        return d.toString();
    }

    /** "März 2025", "03/2025", "03.2025" or "Mär. 2025"-like forms of a month. */
    public static String month(YearMonth m, int style) {
        return switch (Math.floorMod(style, 4)) {
            case 0 -> MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
            case 1 -> String.format(Locale.ROOT, "%02d/%04d", m.getMonthValue(), m.getYear());
            case 2 -> String.format(Locale.ROOT, "%02d.%04d", m.getMonthValue(), m.getYear());
            default -> MONTHS_ABBR[m.getMonthValue() - 1] + " " + m.getYear();
        };
    }

    public static String isoMonth(YearMonth m) {
        return m.toString();
    }

    /** German number with thousands dots and decimal comma: 1.234,56 (negative with a leading minus). */
    public static String number(long cents, boolean thousandsSeparator) {
        long abs = Math.abs(cents);
        String euros = Long.toString(abs / 100);
        if (thousandsSeparator && euros.length() > 3) {
            StringBuilder sb = new StringBuilder();
            int lead = euros.length() % 3;
            if (lead > 0) {
                sb.append(euros, 0, lead);
            }
            for (int i = lead; i < euros.length(); i += 3) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(euros, i, i + 3);
            }
            euros = sb.toString();
        }
        return (cents < 0 ? "-" : "") + euros + "," + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    public static String amount(long cents, AmountStyle style) {
        return switch (style) {
            case EURO_SIGN_AFTER -> number(cents, true) + " €";
            case EUR_AFTER -> number(cents, true) + " EUR";
            case EUR_BEFORE -> "EUR " + number(cents, true);
            case PLAIN_EURO_SIGN_AFTER -> number(cents, false) + " €";
            case EURO_SIGN_BEFORE -> "€ " + number(cents, true);
            case PLAIN_EUR_BEFORE -> "EUR " + number(cents, false);
            case BARE -> number(cents, true);
        };
    }

    public static AmountStyle randomAmountStyle(Random rnd) {
        AmountStyle[] usual = {AmountStyle.EURO_SIGN_AFTER, AmountStyle.EURO_SIGN_AFTER, AmountStyle.EUR_AFTER,
                AmountStyle.EUR_BEFORE, AmountStyle.PLAIN_EURO_SIGN_AFTER, AmountStyle.EURO_SIGN_BEFORE,
                AmountStyle.PLAIN_EUR_BEFORE};
        return usual[rnd.nextInt(usual.length)];
    }

    /** Normalised amount: 1234.56, -12.30. */
    public static String normAmount(long cents) {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + (abs / 100) + "." + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    /** Weekly hours normalised: 39 or 19.5. */
    public static String normHours(int tenthHours) {
        return tenthHours % 10 == 0 ? Integer.toString(tenthHours / 10) : (tenthHours / 10) + "." + (tenthHours % 10);
    }

    /** Weekly hours printed: 39 or 19,5. */
    public static String hours(int tenthHours) {
        return normHours(tenthHours).replace('.', ',');
    }
}
