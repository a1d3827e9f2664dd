package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.Barcode;
import de.kommune.intake.classify.ReviewReasons;
import de.kommune.intake.classify.check.GiroCode;
import de.kommune.intake.classify.check.Iban;
import de.kommune.intake.classify.value.GermanAmounts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values from GiroCode (EPC QR) payment codes on invoices and payment requests, for fields whose sources name
 * {@code girocode:<element>} ({@code iban}, {@code bic}, {@code name}, {@code amount}, {@code reference}). The
 * code is read exactly, so a valid IBAN gets confidence 1.0; an IBAN that fails the check is offered with a low
 * confidence and raises {@code INVALID_IBAN}, as in the text. The other elements get slightly less than 1.0:
 * the value is exact, its meaning for the field (the amount to pay as settlement amount) is an assumption.
 */
final class GiroCodeExtractor implements FieldExtractor {

    static final String PREFIX = "girocode:";
    static final Set<String> ELEMENTS = Set.of("iban", "bic", "name", "amount", "reference");
    private static final double ELEMENT_CONFIDENCE = 0.97;
    private static final double INVALID_IBAN_CONFIDENCE = 0.1;

    @Override
    public void extract(ExtractionContext ctx) {
        Map<String, String> fields = ctx.fieldsUsingPrefix(PREFIX);
        if (fields.isEmpty()) {
            return;
        }
        for (Barcode b : ctx.barcodes()) {
            Optional<GiroCode> parsed = GiroCode.parse(b.payload());
            if (parsed.isEmpty()) {
                continue;
            }
            GiroCode g = parsed.get();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                String element = f.getValue();
                String strategy = PREFIX + element;
                switch (element) {
                    case "iban" -> {
                        boolean valid = Iban.isValid(g.iban());
                        if (!valid) {
                            ctx.issue(ReviewReasons.INVALID_IBAN);
                        }
                        ctx.offerOnPage(f.getKey(), g.iban(), valid ? Confidence.BARCODE : INVALID_IBAN_CONFIDENCE,
                                b.page(), strategy);
                    }
                    case "bic" -> offer(ctx, f.getKey(), g.bic(), b, strategy);
                    case "name" -> offer(ctx, f.getKey(), g.beneficiary(), b, strategy);
                    case "amount" -> offer(ctx, f.getKey(), g.amount() == null ? null
                            : GermanAmounts.format(g.amount()), b, strategy);
                    case "reference" -> offer(ctx, f.getKey(), g.reference(), b, strategy);
                    default -> { } // rejected by the taxonomy loader
                }
            }
        }
    }

    private static void offer(ExtractionContext ctx, String field, String value, Barcode b, String strategy) {
        if (value != null && !value.isBlank()) {
            ctx.offerOnPage(field, value, ELEMENT_CONFIDENCE, b.page(), strategy);
        }
    }
}
