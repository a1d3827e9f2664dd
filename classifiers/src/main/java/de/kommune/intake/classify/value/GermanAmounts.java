package de.kommune.intake.classify.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses German money amounts: {@code 1.234,56 €}, {@code EUR 1234,56}, {@code -55,08},
 * {@code 1.234,56 S} (Soll, negative), {@code 12,50-} (negative), {@code 99,00 H} (Haben),
 * {@code 1.500,- €}, {@code 255 €}. A number without decimals counts only next to a currency sign,
 * and three decimals are rejected, so dates, counts and kWh values are not taken for money.
 */
public final class GermanAmounts {

    /** An amount found in text. */
    public record AmountMatch(int start, int end, BigDecimal value) {
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(?:(?<cur1>EUR|€)\\s?)?(?<sign>[-−–+])?(?<int>\\d{1,3}(?:\\.\\d{3})+|\\d+)"
                    + "(?:,(?<dec>\\d{2})(?!\\d)|(?<dash>,--?))?(?![.,]\\d)(?!\\d)"
                    + "(?:\\s?(?<cur2>EUR|€))?"
                    + "(?:\\s?(?<sh>[SH])(?![\\p{L}\\d])|(?<trail>-)(?![\\d\\p{L}]))?");

    /**
     * "233.10 €": OCR often reads a decimal comma as a point. Next to a currency sign and with exactly two
     * decimals after a plain number, it can only be an amount (a thousands point has three digits after it).
     */
    private static final Pattern POINT_DECIMAL = Pattern.compile(
            "(?<![\\d.,])(?<sign>[-−–+])?(?<int>\\d{1,6})\\.(?<dec>\\d{2})(?![\\d.,])\\s?(?:EUR|€)");

    /** "767, 57 EUR": a blank OCR put after the decimal comma; with the currency after it, still one amount. */
    private static final Pattern SPACED_DECIMAL = Pattern.compile(
            "(?<![\\d.,])(?<sign>[-−–+])?(?<int>\\d{1,3}(?:\\.\\d{3})*),\\s(?<dec>\\d{2})(?![\\d.,])\\s?(?:EUR|€)");

    private GermanAmounts() {
    }

    public static List<AmountMatch> findAll(CharSequence s) {
        List<AmountMatch> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            boolean hasCurrency = m.group("cur1") != null || m.group("cur2") != null;
            if (m.group("dec") == null && !hasCurrency) {
                continue;
            }
            String digits = m.group("int").replace(".", "");
            BigDecimal v = new BigDecimal(digits + "." + (m.group("dec") == null ? "00" : m.group("dec")));
            String sign = m.group("sign");
            boolean negative = (sign != null && !sign.equals("+")) || "S".equals(m.group("sh"))
                    || m.group("trail") != null;
            int end = m.end();
            out.add(new AmountMatch(m.start(), end, negative ? v.negate() : v));
        }
        Matcher p = POINT_DECIMAL.matcher(s);
        while (p.find()) {
            int start = p.start();
            int end = p.end();
            if (out.stream().noneMatch(a -> a.start() < end && start < a.end())) {
                BigDecimal v = new BigDecimal(p.group("int") + "." + p.group("dec"));
                String sign = p.group("sign");
                out.add(new AmountMatch(start, end, sign != null && !sign.equals("+") ? v.negate() : v));
            }
        }
        Matcher spaced = SPACED_DECIMAL.matcher(s);
        while (spaced.find()) {
            int start = spaced.start();
            int end = spaced.end();
            out.removeIf(a -> a.start() < end && start < a.end()); // "57 EUR" read alone
            BigDecimal v = new BigDecimal(spaced.group("int").replace(".", "") + "." + spaced.group("dec"));
            String sign = spaced.group("sign");
            out.add(new AmountMatch(start, end, sign != null && !sign.equals("+") ? v.negate() : v));
        }
        out.sort(Comparator.comparingInt(AmountMatch::start));
        return out;
    }

    /** Parses a string holding exactly one amount. */
    public static Optional<BigDecimal> parse(String s) {
        String t = s.trim();
        List<AmountMatch> all = findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return Optional.of(all.get(0).value());
        }
        return Optional.empty();
    }

    /** The normalised form: dot decimal separator, two decimals, '-' for negative. */
    public static String format(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
