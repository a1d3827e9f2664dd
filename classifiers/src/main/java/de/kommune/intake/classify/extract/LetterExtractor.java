package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.text.Folding;
import de.kommune.intake.classify.value.Names;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fills fields from letter structure, per the field's sources: {@code senderLine},
 * {@code letterhead} (optionally {@code letterhead:schule,gymnasium} to prefer lines with those
 * words), {@code recipientBlock}, {@code closing}, {@code placeDate}, {@code headerDate},
 * {@code signatureDate}.
 */
final class LetterExtractor implements FieldExtractor {

    @Override
    public void extract(ExtractionContext ctx) {
        offer(ctx, "senderLine", ctx.letter().senderLine(), Confidence.SENDER_LINE);
        offer(ctx, "recipientBlock", ctx.letter().recipient(), Confidence.RECIPIENT_BLOCK);
        offer(ctx, "closing", ctx.letter().closing(), Confidence.CLOSING);
        offer(ctx, "signatureDate", ctx.letter().signatureDate(), Confidence.SIGNATURE_DATE);
        LetterLayout.At headerDate = ctx.letter().headerDate();
        if (headerDate != null && !ctx.formValueLines().contains(ctx.view().lineAt(headerDate.offset()).index())) {
            // a date that pairs with a label of a form's label column ("Eintritt") is that label's value
            offer(ctx, "headerDate", headerDate, Confidence.HEADER_DATE);
        }
        List<LetterLayout.At> places = ctx.letter().placeDates();
        if (!places.isEmpty()) {
            offer(ctx, "placeDate", places.get(0), Confidence.PLACE_DATE);
        }
        for (String f : ctx.fieldsUsing("letterhead")) {
            LetterLayout.At at = ctx.letter().letterhead(List.of());
            if (at != null) {
                ctx.offer(f, at.value(), Confidence.LETTERHEAD, at.offset(), "letterhead", "letterhead");
            }
        }
        for (Map.Entry<String, String> e : ctx.fieldsUsingPrefix("letterhead:").entrySet()) {
            List<String> hints = Arrays.stream(e.getValue().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Folding::fold).toList();
            LetterLayout.At at = ctx.letter().letterhead(hints);
            if (at != null) {
                ctx.offer(e.getKey(), at.value(), Confidence.LETTERHEAD + 0.1, at.offset(),
                        "letterhead:" + e.getValue(), "letterhead");
            }
        }
    }

    private static void offer(ExtractionContext ctx, String strategy, LetterLayout.At at, double conf) {
        List<String> fields = ctx.fieldsUsing(strategy);
        if (at == null || fields.isEmpty()) {
            return;
        }
        for (String f : fields) {
            if (ctx.field(f).kind() == FieldKind.PERSON_NAME && Names.isCompany(at.value())) {
                continue; // the sender's block taken for the address window: a company is nobody's person name
            }
            ctx.offer(f, at.value(), conf, at.offset(), strategy, strategy);
        }
    }
}
