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
 * changes nothing: a booking read wrong leaves the balance as read.
 *
 * <p>Source {@code reconciled}, for the fields that name it (the default taxonomy: {@code closingBalance}).
 */
final class BalanceReconciliation implements FieldExtractor {

    static final String SOURCE = "reconciled";
    /** The balance a statement (or its next page) starts from. */
    private static final Pattern OPENING = Pattern.compile("(?iu)\\b(?:alter\\s+(?:kontostand|saldo)|kontostand\\s+alt"
            + "|saldo\\s+alt|anfangssaldo|anfangsbestand|saldovortrag|vortrag|übertrag|uebertrag)\\b");
    private static final int MIN_BOOKINGS = 2;
    private static final double ABOVE_LABEL = 0.02;

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
            return;
        }
        BigDecimal sum = trailingAmount(lines.get(openingLine)).get();
        int bookings = 0;
        for (int i = openingLine + 1; i < closingLine; i++) {
            Optional<BigDecimal> amount = trailingAmount(lines.get(i));
            if (amount.isPresent()) {
                sum = sum.add(amount.get());
                bookings++;
            }
        }
        if (bookings >= MIN_BOOKINGS && sum.compareTo(read.negate()) == 0) {
            ctx.offerOnPage(field, GermanAmounts.format(sum), Math.min(1.0, closing.confidence() + ABOVE_LABEL),
                    closing.page(), SOURCE);
        }
    }

    /** The amount that ends a line, as bookings and balances stand in a statement's right-hand column. */
    static Optional<BigDecimal> trailingAmount(Line line) {
        String text = line.text().stripTrailing();
        List<GermanAmounts.AmountMatch> all = GermanAmounts.findAll(text);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        GermanAmounts.AmountMatch last = all.get(all.size() - 1);
        return last.end() == text.length() ? Optional.of(last.value()) : Optional.empty();
    }
}
