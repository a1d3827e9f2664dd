package de.kommune.intake.classify.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain decimal numbers such as weekly hours ({@code 39}, {@code 19,5}). */
public final class Numbers {

    /** A number found in text. */
    public record NumberMatch(int start, int end, BigDecimal value) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,4}(?:[.,]\\d{1,2})?)(?![.,]?\\d)");

    private Numbers() {
    }

    /** Numbers that are not part of a date or an amount. */
    public static List<NumberMatch> findAll(CharSequence s) {
        List<GermanDates.DateMatch> dates = GermanDates.findAll(s);
        List<NumberMatch> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            int st = m.start();
            int en = m.end();
            boolean inDate = dates.stream().anyMatch(d -> d.start() < en && st < d.end());
            if (!inDate) {
                out.add(new NumberMatch(st, en, new BigDecimal(m.group(1).replace(',', '.'))));
            }
        }
        return out;
    }

    /** Normalised: plain decimal without trailing zeros ({@code 39}, {@code 19.5}). */
    public static String format(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
