package de.kommune.intake.samples.types;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.Barcodes;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Layouter;
import de.kommune.intake.samples.layout.PageContent;
import de.kommune.intake.samples.layout.Txt;

/** Turns a template's draft into a laid-out {@link GeneratedDocument}, optionally with a BG-number mark. */
public final class DocumentFactory {

    /** How the client's BG number is added on top of a document (a Jobcenter receipt sticker or a typed note). */
    public enum BgMark { TEXT, QR, CODE128 }

    private static final Map<DocumentType, DocumentTemplate> TEMPLATES = new EnumMap<>(DocumentType.class);

    static {
        for (DocumentTemplate t : List.of(new KontoauszugTemplate(), new LohnabrechnungTemplate(),
                new MietvertragTemplate(), new NebenkostenTemplate(), new EnergierechnungTemplate(),
                new AuBescheinigungTemplate(), new ArbeitsvertragTemplate(), new KuendigungTemplate(),
                new BescheidTemplate(), new AusweisTemplate(), new MeldebescheinigungTemplate(),
                new SchulbescheinigungTemplate(), new WeiterbewilligungTemplate(),
                new VeraenderungsmitteilungTemplate(), new SonstigesTemplate())) {
            TEMPLATES.put(t.type(), t);
        }
    }

    /** Height a BG sticker (text, QR code or barcode with caption) takes above a compact card, in points. */
    private static final float STICKER_ROOM = 80f;

    private DocumentFactory() {
    }

    public static GeneratedDocument create(DocumentType type, GenContext ctx, BgMark mark) {
        Draft d = TEMPLATES.get(type).build(ctx);
        if (mark != null) {
            d.body.prepend(sticker(ctx, mark));
            if (ctx.compact) {
                // a card photographed on its own has a page cut to its size: the sticker above it needs room
                d.style = d.style.withPage(d.style.pageWidth(), d.style.pageHeight() + STICKER_ROOM,
                        d.style.marginTop());
            }
            d.field("bgNumber", ctx.bgNumber);
            d.note("bgMark", mark.name().toLowerCase());
        }
        List<PageContent> pages = ctx.compact ? Layouter.layoutFitting(d.body, d.style, 1)
                : Layouter.layout(d.body, d.style);
        if (ctx.compact && pages.size() > 1) {
            throw new IllegalStateException(type + " does not fit on one page");
        }
        return new GeneratedDocument(type, type.name() + "/" + d.variant, pages, d.fields, d.absentFields, d.notes);
    }

    private static DocBuilder sticker(GenContext ctx, BgMark mark) {
        DocBuilder s = new DocBuilder();
        String printed = Ids.bgPrinted(ctx.bgNumber, ctx.between(0, 4));
        if (mark == BgMark.TEXT) {
            s.text(ctx.pick("BG-Nr.: ", "BG-Nummer ", "Nummer der BG: ", "Bedarfsgemeinschaft ") + printed,
                    Txt.NORMAL.bold().right());
            s.space(0.5f);
            return s;
        }
        String caption = "BG " + ctx.bgNumber;
        if (mark == BgMark.QR) {
            s.barcode(Barcodes.Kind.QR, ctx.bgNumber, 52, 52, Align.RIGHT, caption);
        } else {
            s.barcode(Barcodes.Kind.CODE128, ctx.bgNumber, 150, 28, Align.RIGHT, caption);
        }
        return s;
    }
}
