package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.Barcode;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.PhraseMatch;
import de.kommune.intake.classify.text.TextView;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the case keys (BG number, Jobcenter Kundennummer) by pattern anywhere in the text, and the
 * BG number in barcodes (confidence 1.0). A Kundennummer counts only with Jobcenter context: the
 * same word "Kundennummer" on a utility bill is the supplier's number, which never becomes the
 * routing key.
 */
final class CaseNumberExtractor implements FieldExtractor {

    private static final int CONTEXT_LINES = 3;

    @Override
    public void extract(ExtractionContext ctx) {
        for (String field : ctx.fieldsUsing("barcode")) {
            for (Barcode b : ctx.barcodes()) {
                if (b.payload() == null) {
                    continue;
                }
                Optional<String> v = CodePatterns.first(ctx.codes().bgBarcode(), ctx.codes().bgBarcodeFormat(),
                        b.payload());
                if (v.isEmpty()) {
                    v = CodePatterns.first(ctx.codes().bgNumber(), ctx.codes().bgFormat(), b.payload());
                }
                v.ifPresent(x -> ctx.offerOnPage(field, x, Confidence.BARCODE, b.page(), "barcode"));
            }
        }
        for (String field : ctx.fieldsUsing("pattern")) {
            FieldDefinition f = ctx.field(field);
            if (f.kind() == FieldKind.BG_NUMBER) {
                scan(ctx, f, ctx.codes().bgNumber(), ctx.codes().bgFormat());
            } else if (f.kind() == FieldKind.CUSTOMER_NUMBER) {
                scan(ctx, f, ctx.codes().customerNumber(), ctx.codes().customerFormat());
            }
        }
    }

    private void scan(ExtractionContext ctx, FieldDefinition f, Pattern p, String format) {
        if (p == null) {
            return;
        }
        TextView view = ctx.view();
        Set<String> seen = new HashSet<>();
        for (String text : List.of(view.flat(), CodeRepair.repairDigits(view.flat()))) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String value = CodePatterns.normalize(m, format);
                if (!seen.add(value + "@" + m.start())) {
                    continue;
                }
                boolean labelled = labelled(ctx, f.code(), m.start());
                if (f.kind() == FieldKind.CUSTOMER_NUMBER && !jobcenterContext(ctx, f, m.start())) {
                    continue;
                }
                ctx.offer(f.code(), value, labelled ? Confidence.PATTERN_LABELLED : Confidence.PATTERN_ONLY,
                        m.start(), "pattern", labelled ? "label" : "pattern");
            }
        }
    }

    /** A label of the field before the value on its line, or on the line above (column layout). */
    private static boolean labelled(ExtractionContext ctx, String field, int offset) {
        Line line = ctx.view().lineAt(offset);
        Line prev = line.index() > 0 ? ctx.view().lines().get(line.index() - 1) : null;
        for (LabelHit h : ctx.labels().hitsFor(field)) {
            if ((h.start() >= line.start() && h.end() <= offset)
                    || (prev != null && h.start() >= prev.start() && h.end() <= prev.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean jobcenterContext(ExtractionContext ctx, FieldDefinition f, int offset) {
        if (f.context().isEmpty()) {
            return true;
        }
        TextView view = ctx.view();
        Line line = view.lineAt(offset);
        int from = view.lines().get(Math.max(0, line.index() - CONTEXT_LINES)).start();
        int to = view.lines().get(Math.min(view.lines().size() - 1, line.index() + CONTEXT_LINES)).end();
        boolean anywhere = false;
        for (Phrase p : f.context()) {
            for (PhraseMatch m : p.findAll(view)) {
                if (m.start() >= from && m.end() <= to) {
                    return true;
                }
                anywhere = true;
            }
        }
        // on a supplier's document a number next to "Kundennummer" is the supplier's
        boolean supplierDocument = ctx.activeFields().stream()
                .anyMatch(x -> !x.equals(f.code()) && sharesLabels(ctx, f.code(), x));
        return anywhere && !supplierDocument;
    }

    private static boolean sharesLabels(ExtractionContext ctx, String a, String b) {
        List<Phrase> la = ctx.taxonomy().labelsFor(ctx.type(), a);
        for (Phrase pb : ctx.taxonomy().labelsFor(ctx.type(), b)) {
            for (Phrase pa : la) {
                if (pa.folded().equals(pb.folded())) {
                    return true;
                }
            }
        }
        return false;
    }
}
