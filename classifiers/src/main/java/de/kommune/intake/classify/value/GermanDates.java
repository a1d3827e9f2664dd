package de.kommune.intake.classify.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses German date and month notations: {@code 3.2.2025}, {@code 03.02.25},
 * {@code 3. Februar 2025}, {@code 2025-02-03}; months {@code Januar 2025}, {@code 01/2025},
 * {@code 01.2025}. Two-digit years below 70 are 20xx (callers adjust birth dates, see
 * {@link #pastDate(LocalDate, LocalDate)}).
 */
public final class GermanDates {

    /**
     * A date-like match.
     *
     * @param date the calendar date, or null when the text is date-shaped but impossible (31.02.)
     *             or has no year
     */
    public record DateMatch(int start, int end, LocalDate date, int day, int month, boolean hasYear) {

        public boolean impossible() {
            return hasYear && date == null;
        }
    }

    /** A month-year match. */
    public record MonthMatch(int start, int end, YearMonth month) {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("jan", 1), Map.entry("februar", 2),
            Map.entry("feb", 2), Map.entry("märz", 3), Map.entry("maerz", 3), Map.entry("marz", 3),
            Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("dez", 12));

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})\\s?\\.\\s?(\\d{1,2})\\s?\\.(?:\\s?(\\d{4}|\\d{2})(?![\\d]))?(?!\\d)");
    /**
     * OCR reads the dot of a printed date as a comma or loses it ("08.01 2025", "08,01.2025"): with two-digit
     * day and month, a four-digit year and one dot kept, such a span is still a date.
     */
    private static final Pattern NUMERIC_DEGRADED = Pattern.compile(
            "(?<![\\d.,])(\\d{2})([.,])(\\d{2})([., ])((?:19|20)\\d{2})(?![\\d.,]\\d|\\d)");
    /** Group 2 is the dot after the day; a comma there ("3, Juli 2025", OCR) counts only with a year. */
    private static final Pattern TEXTUAL = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})([.,]?)\\s*(\\p{L}{3,10})\\.?(?:\\s*(\\d{4})(?!\\d))?(?!\\p{L})");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH_TEXT = Pattern.compile("(?<!\\p{L})(\\p{L}{3,10})\\.?\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH_NUM = Pattern.compile(
            "(?<![\\d.,/])(0?[1-9]|1[0-2])\\s?[/.]\\s?(\\d{4})(?![\\d.,]\\d|\\d)");
    private static final Pattern MONTH_NUM_SHORT = Pattern.compile(
            "(?<![\\d.,/])(0?[1-9]|1[0-2])/(\\d{2})(?![\\d/.,]\\d|\\d)");

    private GermanDates() {
    }

    /** All date-like spans in {@code s}, in text order (year-less ones included, flagged). */
    public static List<DateMatch> findAll(CharSequence s) {
        List<DateMatch> out = new ArrayList<>();
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            int d = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
                    out.add(new DateMatch(m.start(), m.end(), null, d, mo, false));
                }
                continue;
            }
            out.add(new DateMatch(m.start(), m.end(), date(expandYear(m.group(3)), mo, d), d, mo, true));
        }
        m = NUMERIC_DEGRADED.matcher(s);
        while (m.find()) {
            boolean oneDotKept = m.group(2).equals(".") != m.group(4).equals(".");
            LocalDate ld = date(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
            if (oneDotKept && ld != null && !overlapsAny(out, m.start(), m.end())) {
                out.add(new DateMatch(m.start(), m.end(), ld, ld.getDayOfMonth(), ld.getMonthValue(), true));
            }
        }
        m = TEXTUAL.matcher(s);
        while (m.find()) {
            int d = Integer.parseInt(m.group(1));
            int mo = month(m.group(3));
            boolean hasYear = m.group(4) != null;
            if (mo == 0 || (m.group(2).equals(",") && !hasYear)) {
                continue;
            }
            LocalDate ld = hasYear ? date(Integer.parseInt(m.group(4)), mo, d) : null;
            if (overlapsAny(out, m.start(), m.end())) {
                continue;
            }
            out.add(new DateMatch(m.start(), m.end(), ld, d, mo, hasYear));
        }
        m = ISO.matcher(s);
        while (m.find()) {
            if (!overlapsAny(out, m.start(), m.end())) {
                int mo = Integer.parseInt(m.group(2));
                int d = Integer.parseInt(m.group(3));
                out.add(new DateMatch(m.start(), m.end(), date(Integer.parseInt(m.group(1)), mo, d), d, mo, true));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Parses a string holding one date (surrounding blanks allowed). */
    public static Optional<LocalDate> parse(String s) {
        List<DateMatch> all = findAll(s.trim());
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == s.trim().length()) {
            return Optional.ofNullable(all.get(0).date());
        }
        return Optional.empty();
    }

    /** Month-year spans ({@code September 2024}, {@code 09/2024}, {@code 09.2024}), not parts of dates. */
    public static List<MonthMatch> findMonths(CharSequence s) {
        List<DateMatch> dates = findAll(s);
        List<MonthMatch> out = new ArrayList<>();
        Matcher m = MONTH_TEXT.matcher(s);
        while (m.find()) {
            int mo = month(m.group(1));
            if (mo != 0 && !overlapsAny(dates, m.start(), m.end())) {
                out.add(new MonthMatch(m.start(), m.end(), YearMonth.of(Integer.parseInt(m.group(2)), mo)));
            }
        }
        for (Pattern p : List.of(MONTH_NUM, MONTH_NUM_SHORT)) {
            Matcher mm = p.matcher(s);
            while (mm.find()) {
                int st = mm.start();
                int en = mm.end();
                if (!overlapsAny(dates, st, en) && out.stream().noneMatch(x -> x.start() < en && st < x.end())) {
                    out.add(new MonthMatch(st, en, YearMonth.of(expandYear(mm.group(2)), Integer.parseInt(mm.group(1)))));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Parses a string holding one month ({@code Januar 2025}, {@code 01/2025}). */
    public static Optional<YearMonth> parseMonth(String s) {
        String t = s.trim();
        List<MonthMatch> all = findMonths(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return Optional.of(all.get(0).month());
        }
        return Optional.empty();
    }

    /**
     * Month number of a German month name or abbreviation, 0 if none. Full names of five or more
     * letters also match with one OCR error ("Jonuar"), when only one month is that close.
     */
    static int month(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        Integer exact = MONTHS.get(w);
        if (exact != null) {
            return exact;
        }
        if (w.length() < 5) {
            return 0;
        }
        int found = 0;
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            if (e.getKey().length() >= 5 && withinOneEdit(w, e.getKey())) {
                if (found != 0 && found != e.getValue()) {
                    return 0;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /** A birth date read with a two-digit year lies in the past: 03.02.85 is 1985, not 2085. */
    public static LocalDate pastDate(LocalDate d, LocalDate reference) {
        return d != null && d.isAfter(reference) ? d.minusYears(100) : d;
    }

    static int expandYear(String y) {
        int v = Integer.parseInt(y);
        if (y.length() <= 2) {
            v += v < 70 ? 2000 : 1900;
        }
        return v;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean overlapsAny(List<DateMatch> l, int s, int e) {
        for (DateMatch d : l) {
            if (d.start() < e && s < d.end()) {
                return true;
            }
        }
        return false;
    }
}
