package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.ReviewReasons;
import de.kommune.intake.classify.text.Folding;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.TextView;

import java.util.List;

/**
 * Proposes the document's IBAN. An IBAN-shaped string that fails the check raises {@code INVALID_IBAN} and is
 * proposed only with a very low confidence, so the reviewer sees what was printed while any valid IBAN wins. IBANs in a letter footer or in a payment request ("auf unser
 * Konto") belong to the sender, so they rank below one printed next to the citizen's data.
 */
final class IbanExtractor implements FieldExtractor {

    private static final double INVALID_CONFIDENCE = 0.1;

    private static final List<String> FOOTER = List.of("bankverbindung", "bic", "ust idnr", "amtsgericht", "hrb",
            "geschaftsfuhrer", "steuernummer", "registergericht");
    private static final List<String> PAYMENT = List.of("auf unser konto", "auf das konto", "konto des vermieters",
            "zahlbar auf", "unsere bankverbindung", "uberweisen sie", "zahlungsempfanger");

    @Override
    public void extract(ExtractionContext ctx) {
        TextView view = ctx.view();
        List<IbanFinder.Found> found = IbanFinder.findAll(view.text());
        for (IbanFinder.Found f : found) {
            if (!f.valid()) {
                ctx.issue(ReviewReasons.INVALID_IBAN);
            }
        }
        for (String field : ctx.fieldsUsing("pattern")) {
            if (ctx.field(field).kind() != de.kommune.intake.classify.taxonomy.FieldKind.IBAN) {
                continue;
            }
            for (IbanFinder.Found f : found) {
                double c = f.valid() ? confidence(view, f) : INVALID_CONFIDENCE;
                ctx.offer(field, f.iban(), c, f.start(), "pattern", "iban");
            }
        }
    }

    private static double confidence(TextView view, IbanFinder.Found f) {
        Line line = view.lineAt(f.start());
        String before = view.text().substring(Math.max(line.start(), f.start() - 15), f.start());
        Line prev = line.index() > 0 ? view.lines().get(line.index() - 1) : null;
        String prevFolded = prev == null ? "" : " " + Folding.fold(prev.text()) + " ";
        boolean labelled = (" " + Folding.fold(before) + " ").contains(" iban ") || prevFolded.contains(" iban ");
        double c = labelled ? 0.95 : 0.85;
        String here = " " + Folding.fold(line.text()) + " " + prevFolded;
        boolean nearPageEnd = isNearPageEnd(view, line);
        if (nearPageEnd && FOOTER.stream().anyMatch(w -> here.contains(" " + w + " "))) {
            c *= 0.7;
        }
        String context = Folding.fold(view.text().substring(Math.max(0, f.start() - 80), f.start()));
        if (PAYMENT.stream().anyMatch(context::contains)) {
            c *= 0.7;
        }
        return c;
    }

    private static boolean isNearPageEnd(TextView view, Line line) {
        int after = 0;
        for (int i = line.index() + 1; i < view.lines().size() && view.lines().get(i).page() == line.page(); i++) {
            if (!view.lines().get(i).isBlank()) {
                after++;
            }
        }
        return after <= 3;
    }
}
