package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.value.GermanAmounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a statement's closing balance against its own bookings: opening balance plus the amounts that end the
 * lines between it and the closing balance. OCR drops or misreads a minus sign before an amount often (read as
 * {@code "} or not at all); when the sum gives the closing balance exactly with the other sign, the balance is
 * proposed with that sign, a little above the label's candidate. Anything less than an exact match to the cent
 * changes nothing: a booking read wrong leaves the balance as read. When no booking carries a sign (debit and
 * credit columns, whose position the text lost), each booking's text gives its direction ({@link BookingKind}),
 * and the same exact match decides.
 *
 * <p>Source {@code reconciled}, for the fields that name it (the default taxonomy: {@code closingBalance}).
 */
final class BalanceReconciliation implements FieldExtractor {

    static final String SOURCE = "reconciled";
    /** The balance a statement (or its next page) starts from. */
    private static final Pattern OPENING = Pattern.compile("(?iu)\\b(?:alter\\s+(?:kontostand|saldo)|kontostand\\s+alt"
            + "|saldo\\s+alt|anfangssaldo|anfangsbestand|saldovortrag|vortrag|übertrag|uebertrag)\\b");
    private static final int MIN_BOOKINGS = 2;
    private static final Pattern LABEL_BEFORE_DIGITS = Pattern.compile("\\d.*$");
    /** "-20,53 °", "17,42 is": a speck or a smudge OCR read as a short word after the amount. */
    private static final Pattern TRAILING_SPECKS = Pattern.compile("(?:\\s+(?:[°'\"|_~*^`]{1,2}|\\p{Ll}{1,2}))?\\s*$");
    /** A line starting with a balance's label that is not the new balance's: "Kontostand am 17.05.2025". */
    private static final Pattern BALANCE_LINE = Pattern.compile(
            "(?iu)\\s*(?:kontostand|saldo|kontosaldo)\\b(?!\\s*(?:neu|aktuell|per\\s+ende))");
    private static final Pattern NEW_BALANCE_WORD = Pattern.compile("(?iu)^(?:neuer|neu|aktueller|end-?)\\s*");
    private static final double ABOVE_LABEL = 0.02;
    /** "74:55" at a line's end, after a blank: an amount whose comma OCR read as a colon. */
    private static final Pattern COLON_DECIMALS = Pattern.compile("(?<=\\s)([+-]?\\d{1,3}(?:\\.\\d{3})*):(\\d{2})$");

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing(SOURCE)) {
            ctx.best(field).filter(c -> c.offset() >= 0).ifPresent(closing -> reconcile(ctx, field, closing));
        }
    }

    private static void reconcile(ExtractionContext ctx, String field, Candidate closing) {
        BigDecimal read;
        try {
            read = new BigDecimal(closing.value()); // normalised: "-618.77"
        } catch (NumberFormatException e) {
            return;
        }
        if (read.signum() == 0) {
            return;
        }
        List<Line> lines = ctx.view().lines();
        int closingLine = ctx.view().lineAt(closing.offset()).index();
        int openingLine = -1;
        for (int i = closingLine - 1; i >= 0; i--) {
            if (OPENING.matcher(lines.get(i).text()).find() && trailingAmount(lines.get(i)).isPresent()) {
                openingLine = i;
                break;
            }
        }
        if (openingLine < 0) {
            openingLine = sameLabelAbove(lines, closingLine); // "Kontostand am 31.03." above "Kontostand am 30.04."
        }
        if (openingLine < 0) {
            openingLine = balanceLineAbove(lines, closingLine); // "Kontostand am 17.05." above "Saldo neu 31.05."
        }
        if (openingLine < 0) {
            closingBelow(ctx, field, closing, closingLine);
            return;
        }
        BigDecimal opening = trailingAmount(lines.get(openingLine)).get();
        BigDecimal sum = opening;
        BigDecimal byKind = opening;
        boolean allUnsigned = true;
        boolean allKnown = true;
        int bookings = 0;
        for (int i = openingLine + 1; i < closingLine; i++) {
            Optional<BigDecimal> amount = trailingAmount(lines.get(i));
            if (amount.isPresent()) {
                sum = sum.add(amount.get());
                bookings++;
                allUnsigned &= amount.get().signum() >= 0;
                int kind = BookingKind.of(lines.get(i).text());
                allKnown &= kind != 0;
                byKind = byKind.add(amount.get().abs().multiply(BigDecimal.valueOf(kind)));
            }
        }
        if (bookings < MIN_BOOKINGS) {
            return;
        }
        // a statement in debit/credit columns ("Soll EUR Haben EUR") loses every sign in its text: the booking
        // texts say which way each amount went ("Lastschrift", "Gutschrift")
        // the opening balance stands in those columns too: in the debit column ("Kontostand am 30.04. 13,83" in Soll)
        // it was negative
        BigDecimal openingInDebit = byKind.subtract(opening.multiply(BigDecimal.valueOf(2)));
        boolean byColumns = allUnsigned && allKnown && opening.signum() >= 0;
        BigDecimal reconciled = sum.compareTo(read.negate()) == 0 ? sum
                : byColumns && byKind.compareTo(read.negate()) == 0 ? byKind
                : byColumns && openingInDebit.compareTo(read.negate()) == 0 ? openingInDebit : null;
        if (reconciled != null) {
            ctx.offerOnPage(field, GermanAmounts.format(reconciled), Math.min(1.0, closing.confidence() + ABOVE_LABEL),
                    closing.page(), SOURCE);
        }
    }

    /**
     * The label's candidate is the opening balance ("Kontostand am 28.02.2025 +178,72"), and the closing balance
     * stands alone on a line below, its label on a line of its own next to it (OCR broke the row: "-1.233,94" /
     * "Neuer Kontostand 31.03.2025"): the lone amount that equals the opening balance plus every booking between,
     * exactly to the cent, is the closing balance.
     */
    private static void closingBelow(ExtractionContext ctx, String field, Candidate opening, int openingLine) {
        List<Line> lines = ctx.view().lines();
        Optional<BigDecimal> start = trailingAmount(lines.get(openingLine));
        if (start.isEmpty()) {
            return;
        }
        BigDecimal sum = start.get();
        int bookings = 0;
        for (int i = openingLine + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            Optional<BigDecimal> amount = trailingAmount(l);
            if (amount.isEmpty()) {
                continue;
            }
            if (bookings >= MIN_BOOKINGS && GermanAmounts.parse(l.text()).isPresent() // the amount alone on its line
                    && amount.get().compareTo(sum) == 0 && labelNextTo(ctx, field, i)) {
                ctx.offerOnPage(field, GermanAmounts.format(sum), Math.min(1.0, opening.confidence() + ABOVE_LABEL),
                        ctx.view().pageAt(l.start()), SOURCE);
                return;
            }
            sum = sum.add(amount.get());
            bookings++;
        }
    }

    /** The field's label on one of the two non-blank lines around line {@code i}, with no amount of its own. */
    private static boolean labelNextTo(ExtractionContext ctx, String field, int i) {
        List<Line> lines = ctx.view().lines();
        for (LabelHit h : ctx.labels().hitsFor(field)) {
            Line l = ctx.view().lineAt(h.start());
            int between = Math.abs(l.index() - i);
            if (between >= 1 && between <= 3 && trailingAmount(l).isEmpty()
                    && lines.subList(Math.min(l.index(), i) + 1, Math.max(l.index(), i)).stream().allMatch(Line::isBlank)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest line above that starts with the closing balance's own label (the text before its first digit),
     * without the word that makes it the new one: "Kontostand am 30.06." above "neuer Kontostand 31.07.".
     */
    private static int sameLabelAbove(List<Line> lines, int closingLine) {
        String label = LABEL_BEFORE_DIGITS.matcher(lines.get(closingLine).text()).replaceFirst("").trim();
        label = NEW_BALANCE_WORD.matcher(label).replaceFirst("").toLowerCase(java.util.Locale.GERMAN);
        if (label.length() < 5) {
            return -1;
        }
        for (int i = closingLine - 1; i >= 0; i--) {
            if (lines.get(i).text().trim().toLowerCase(java.util.Locale.GERMAN).startsWith(label)
                    && trailingAmount(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The nearest line above that starts with a balance's label other than the new one's, an amount at its end
     * ("Kontostand am 17.05.2025 1.338,93" above "Saldo neu 31.05.2025 967,21"): the closing balance was labelled
     * in other words. Only an exact sum to the cent uses it, so a wrong pick changes nothing.
     */
    private static int balanceLineAbove(List<Line> lines, int closingLine) {
        for (int i = closingLine - 1; i >= 0; i--) {
            if (BALANCE_LINE.matcher(lines.get(i).text()).lookingAt() && trailingAmount(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The amount that ends a line, as bookings and balances stand in a statement's right-hand column; a decimal
     * comma OCR read as a colon ("74:55") counts too, since only an exact sum to the cent uses it.
     */
    static Optional<BigDecimal> trailingAmount(Line line) {
        String text = TRAILING_SPECKS.matcher(line.text()).replaceFirst(""); // "-20,53 °": a speck OCR read
        text = COLON_DECIMALS.matcher(text).replaceFirst("$1,$2");
        List<GermanAmounts.AmountMatch> all = GermanAmounts.findAll(text);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        GermanAmounts.AmountMatch last = all.get(all.size() - 1);
        return last.end() == text.length() ? Optional.of(last.value()) : Optional.empty();
    }
}
