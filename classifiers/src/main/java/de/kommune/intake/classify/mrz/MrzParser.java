package de.kommune.intake.classify.mrz;

import de.kommune.intake.classify.check.IcaoCheckDigit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses ICAO 9303 MRZ lines (TD1 3x30, TD2 2x36, TD3 2x44). Numeric positions are read through
 * the usual OCR confusions (O→0, I→1, B→8, S→5 ...), name positions the other way round, and the
 * alphanumeric document number is varied over those swaps until its check digit passes.
 */
public final class MrzParser {

    private static final String LETTERS_LIKE = "OQDIZSGBT";
    private static final String AS_DIGITS = "000125687";
    private static final String DIGITS_LIKE = "0125868";
    private static final String AS_LETTERS = "OIZSBGB";
    private static final char[][] SWAPS = {{'0', 'O'}, {'1', 'I'}, {'8', 'B'}, {'5', 'S'}, {'2', 'Z'}, {'6', 'G'}};
    private static final String GERMAN_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ";
    private static final java.util.regex.Pattern GERMAN_NUMBER = java.util.regex.Pattern.compile("[0-9CFGHJKLMNPRTVWXYZ]{9}");

    private final LocalDate reference;

    public MrzParser(LocalDate reference) {
        this.reference = reference;
    }

    /** Parses 2 or 3 already grouped lines; empty when they are no MRZ of a known format. */
    public Optional<MrzData> parse(String... rawLines) {
        String[] l = new String[rawLines.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = clean(rawLines[i]);
        }
        int target;
        if (l.length == 3) {
            target = 30;
        } else if (l.length == 2) {
            int len = Math.max(l[0].length(), l[1].length());
            target = len >= 40 ? 44 : len >= 33 ? 36 : 0;
        } else {
            target = 0;
        }
        if (target == 0) {
            return Optional.empty();
        }
        MrzData best = parseFitted(l, target);
        // OCR adds or drops a character now and then: try realigning one data line by one position
        for (int line = 0; line < l.length; line++) {
            int diff = l[line].length() - target;
            if (diff == 0 || Math.abs(diff) > 2 || score(best) == 7) {
                continue;
            }
            for (int pos = 0; pos < Math.min(l[line].length(), target); pos++) {
                String[] variant = l.clone();
                variant[line] = diff > 0 ? l[line].substring(0, pos) + l[line].substring(pos + 1)
                        : l[line].substring(0, pos) + "<" + l[line].substring(pos);
                MrzData d = parseFitted(variant, target);
                if (score(d) > score(best)) {
                    best = d.realign();
                }
            }
        }
        return Optional.of(best);
    }

    private MrzData parseFitted(String[] l, int target) {
        if (l.length == 3) {
            return td1(fit(l[0], 30), fit(l[1], 30), fit(l[2], 30));
        }
        return target == 44 ? td3(fit(l[0], 44), fit(l[1], 44)) : td2(fit(l[0], 36), fit(l[1], 36));
    }

    /** Whether {@code number} can be a German document number (0-9 and CFGHJKLMNPRTVWXYZ, nine of them). */
    public static boolean isGermanNumber(String number) {
        return GERMAN_NUMBER.matcher(number).matches();
    }

    /** O, Q and D as 0, I as 1, S as 5, B as 8, A as 4: the letters a German document number never holds, as digits. */
    public static String asGermanNumber(String s) {
        return s.replace('O', '0').replace('Q', '0').replace('D', '0').replace('I', '1').replace('S', '5')
                .replace('B', '8').replace('A', '4');
    }

    static int score(MrzData d) {
        return (d.documentNumberValid() ? 2 : 0) + (d.birthValid() ? 2 : 0) + (d.expiryValid() ? 2 : 0)
                + (d.compositeValid() ? 1 : 0);
    }

    /** "D" is the only one-letter ICAO code; OCR reads its "D<<" as "O<<" or "0<<", and "IRQ" as "IRO". */
    private static String stateCode(String raw) {
        String code = trim(letters(raw));
        return code.equals("O") || code.equals("Q") ? "D" : IcaoCodes.repair(code);
    }

    /**
     * Keeps the MRZ alphabet. The MRZ has no lower case, so a lower-case letter is OCR's reading
     * of the filler '<' (typically "c", "e", "k"); blanks inside lines are dropped.
     */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '«' || c == '‹' || c == '(' || c == '[' || c == '{' || (c >= 'a' && c <= 'z')) {
                sb.append('<');
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String fit(String s, int len) {
        if (s.length() > len) {
            String t = s.replaceAll("<+$", "<");
            return t.length() >= len ? s.substring(0, len) : (t + "<".repeat(len)).substring(0, len);
        }
        return s + "<".repeat(len - s.length());
    }

    private MrzData td1(String a, String b, String c) {
        Repair r = new Repair();
        String birth = digits(b.substring(0, 6));
        char birthCheck = digit(b.charAt(6));
        String expiry = digits(b.substring(8, 14));
        char expiryCheck = digit(b.charAt(14));
        String rest = a.substring(15, 30) + birth + birthCheck + expiry + expiryCheck + b.substring(18, 29);
        char compositeCheck = digit(b.charAt(29));
        char docCheck = numberCheck(a.substring(5, 14), a.charAt(14), stateCode(a.substring(2, 5)), rest, compositeCheck);
        r.count += docCheck == digit(a.charAt(14)) ? 0 : 1; // a check digit read as a letter: the zone read poorly
        String docNo = documentNumber(a.substring(5, 14), docCheck, stateCode(a.substring(2, 5)), r,
                n -> IcaoCheckDigit.verify(n + docCheck + rest, compositeCheck));
        String composite = docNo + docCheck
                + a.substring(15, 30) + birth + birthCheck + expiry + expiryCheck + b.substring(18, 29);
        String[] names = names(c);
        return new MrzData("TD1", trim(letters(a.substring(0, 2))), stateCode(a.substring(2, 5)), trim(docNo),
                birthDate(birth), sex(b.charAt(7)), expiryDate(expiry), stateCode(b.substring(15, 18)), names[0],
                names[1], r.docValid, IcaoCheckDigit.verify(birth, birthCheck),
                IcaoCheckDigit.verify(expiry, expiryCheck), IcaoCheckDigit.verify(composite, digit(b.charAt(29))),
                r.count + countDiffs(b.substring(0, 6), birth) + countDiffs(b.substring(8, 14), expiry),
                docCheck, false);
    }

    private MrzData td2(String a, String b) {
        return twoLine("TD2", a, b, 35);
    }

    private MrzData td3(String a, String b) {
        return twoLine("TD3", a, b, 43);
    }

    private MrzData twoLine(String format, String a, String b, int compositeAt) {
        Repair r = new Repair();
        String birth = digits(b.substring(13, 19));
        char birthCheck = digit(b.charAt(19));
        String expiry = digits(b.substring(21, 27));
        char expiryCheck = digit(b.charAt(27));
        String rest = birth + birthCheck + expiry + expiryCheck + b.substring(28, compositeAt);
        char compositeCheck = digit(b.charAt(compositeAt));
        char docCheck = numberCheck(b.substring(0, 9), b.charAt(9), stateCode(a.substring(2, 5)), rest, compositeCheck);
        r.count += docCheck == digit(b.charAt(9)) ? 0 : 1; // a check digit read as a letter: the zone read poorly
        String docNo = documentNumber(b.substring(0, 9), docCheck, stateCode(a.substring(2, 5)), r,
                n -> IcaoCheckDigit.verify(n + docCheck + rest, compositeCheck));
        String composite = docNo + docCheck + birth + birthCheck + expiry + expiryCheck
                + b.substring(28, compositeAt);
        String[] names = names(a.substring(5));
        return new MrzData(format, trim(letters(a.substring(0, 2))), stateCode(a.substring(2, 5)), trim(docNo),
                birthDate(birth), sex(b.charAt(20)), expiryDate(expiry), stateCode(b.substring(10, 13)), names[0],
                names[1], r.docValid, IcaoCheckDigit.verify(birth, birthCheck),
                IcaoCheckDigit.verify(expiry, expiryCheck),
                IcaoCheckDigit.verify(composite, digit(b.charAt(compositeAt))),
                r.count + countDiffs(b.substring(13, 19), birth) + countDiffs(b.substring(21, 27), expiry),
                docCheck, false);
    }

    private static final class Repair {
        int count;
        boolean docValid;
    }

    /**
     * The document number's check digit. OCR reads it as a letter now and then ("M8CNF2PHFI<<" for a 9); a
     * letter holds no digit to trust, so the number's own check digit is taken (the number as read, with the
     * letters a German number never holds as the digits they resemble) when the composite check confirms it.
     * Otherwise the digit the letter resembles. No swaps here: with a free check digit they would pass by chance.
     */
    private static char numberCheck(String raw, char read, String state, String rest, char compositeCheck) {
        char resembled = digit(read);
        if (read >= '0' && read <= '9' || read == '<') {
            return resembled;
        }
        boolean german = isGerman(state);
        String number = digitized(raw, german);
        if (german && !GERMAN_NUMBER.matcher(number).matches()) {
            return resembled;
        }
        char own = (char) ('0' + IcaoCheckDigit.compute(number));
        return IcaoCheckDigit.verify(number + own + rest, compositeCheck) ? own : resembled;
    }

    private static boolean isGerman(String state) {
        return state.replace("<", "").equals("D");
    }

    /**
     * The number with O/Q as 0 and I as 1; on a German document every letter such a number never holds as the
     * digit it resembles, which is no guess ("LYA22KFAZ" is "LY422KF4Z").
     */
    private static String digitized(String raw, boolean german) {
        return german ? asGermanNumber(raw) : raw.replace('O', '0').replace('Q', '0').replace('I', '1');
    }

    /**
     * Tries the document number as read, with O/I/Q read as digits, then with up to two OCR swaps,
     * until the check digit passes. German numbers use only 0-9 and CFGHJKLMNPRTVWXYZ, so for
     * issuing state D the result must be in that alphabet (this keeps random passes rare), and a
     * reading with a letter outside it that no swap mends is no valid number at all.
     */
    private static String documentNumber(String raw, char check, String state, Repair r,
                                         java.util.function.Predicate<String> compositeOk) {
        boolean german = isGerman(state);
        if (IcaoCheckDigit.verify(raw, check) && (!german || GERMAN_NUMBER.matcher(raw).matches())) {
            r.docValid = true;
            return raw;
        }
        String digitized = digitized(raw, german);
        if (german && !GERMAN_NUMBER.matcher(digitized).matches()) {
            return raw; // a letter no German number has and no digit resembles (E, U, ...): misread beyond mending
        }
        if (!digitized.equals(raw) && IcaoCheckDigit.verify(digitized, check)
                && (!german || GERMAN_NUMBER.matcher(digitized).matches())) {
            r.docValid = true;
            r.count += countDiffs(raw, digitized);
            return digitized;
        }
        int[] ambiguous = new int[digitized.length()];
        int n = 0;
        for (int i = 0; i < digitized.length(); i++) {
            char alt = swap(digitized.charAt(i));
            if (alt != 0 && (!german || GERMAN_ALPHABET.indexOf(alt) >= 0)) {
                ambiguous[n++] = i;
            }
        }
        // a swap must also satisfy the composite check: one check digit alone passes 1 in 10 guesses
        for (int changes = 1; changes <= Math.min(2, n); changes++) {
            String found = tryCombos(digitized.toCharArray(), ambiguous, n, 0, changes, check,
                    german ? compositeOk.and(c -> GERMAN_NUMBER.matcher(c).matches()) : compositeOk);
            if (found != null) {
                r.docValid = true;
                r.count += countDiffs(raw, found);
                return found;
            }
        }
        return raw;
    }

    private static String tryCombos(char[] s, int[] amb, int n, int from, int left, char check,
                                    java.util.function.Predicate<String> compositeOk) {
        if (left == 0) {
            String cand = new String(s);
            return IcaoCheckDigit.verify(cand, check) && compositeOk.test(cand) ? cand : null;
        }
        for (int k = from; k < n; k++) {
            int pos = amb[k];
            char orig = s[pos];
            s[pos] = swap(orig);
            String r = tryCombos(s, amb, n, k + 1, left - 1, check, compositeOk);
            s[pos] = orig;
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static char swap(char c) {
        for (char[] p : SWAPS) {
            if (p[0] == c) {
                return p[1];
            }
            if (p[1] == c) {
                return p[0];
            }
        }
        return 0;
    }

    private static char digit(char c) {
        int i = LETTERS_LIKE.indexOf(c);
        return i >= 0 ? AS_DIGITS.charAt(i) : c;
    }

    private static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(digit(c));
        }
        return sb.toString();
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = DIGITS_LIKE.indexOf(c);
            sb.append(i >= 0 ? AS_LETTERS.charAt(i) : c);
        }
        return sb.toString();
    }

    private static int countDiffs(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return n;
    }

    private static String[] names(String zone) {
        String z = letters(zone);
        int sep = z.indexOf("<<");
        String surname = sep < 0 ? z : z.substring(0, sep);
        String given = sep < 0 ? "" : z.substring(sep + 2);
        return new String[] {trim(surname), trim(given)};
    }

    private static String trim(String s) {
        return s.replace('<', ' ').trim().replaceAll("\\s+", " ");
    }

    private static String sex(char c) {
        return c == 'M' || c == 'F' ? String.valueOf(c) : "X";
    }

    private LocalDate birthDate(String yymmdd) {
        LocalDate d = date(yymmdd, 2000);
        return d != null && d.isAfter(reference) ? d.minusYears(100) : d;
    }

    private LocalDate expiryDate(String yymmdd) {
        LocalDate d = date(yymmdd, 2000);
        return d != null && d.isAfter(reference.plusYears(60)) ? d.minusYears(100) : d;
    }

    private static LocalDate date(String yymmdd, int century) {
        if (!yymmdd.matches("\\d{6}")) {
            return null;
        }
        try {
            return LocalDate.of(century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
