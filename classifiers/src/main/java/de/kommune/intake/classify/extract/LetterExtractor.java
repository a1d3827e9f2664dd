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

    /** Letters small print confuses with each other. */
    private static final String THIN_LETTERS = "liI1|!";

    @Override
    public void extract(ExtractionContext ctx) {
        LetterLayout.At letterhead = ctx.letter().letterhead(List.of());
        offer(ctx, "senderLine", inLetterheadSpelling(ctx.letter().senderLine(), letterhead), Confidence.SENDER_LINE);
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
            if (letterhead != null) {
                ctx.offer(f, letterhead.value(), Confidence.LETTERHEAD, letterhead.offset(), "letterhead", "letterhead");
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

    /**
     * The sender line in small print beside the same name in the letterhead's large print, read with an l for an i
     * or the other way round ("Kaiser-Metalibau e.K." under "Kaiser-Metallbau e.K."): the large print's spelling.
     */
    static LetterLayout.At inLetterheadSpelling(LetterLayout.At sender, LetterLayout.At letterhead) {
        if (sender == null || letterhead == null || sender.value().equals(letterhead.value())
                || sender.value().length() != letterhead.value().length()) {
            return sender;
        }
        for (int i = 0; i < sender.value().length(); i++) {
            char a = sender.value().charAt(i);
            char b = letterhead.value().charAt(i);
            if (a != b && (THIN_LETTERS.indexOf(a) < 0 || THIN_LETTERS.indexOf(b) < 0)) {
                return sender;
            }
        }
        return new LetterLayout.At(letterhead.value(), sender.offset());
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
