package de.kommune.intake.samples.channel;

import java.util.List;
import java.util.Random;

import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.Barcodes;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Layouter;
import de.kommune.intake.samples.layout.PageContent;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** A document separator sheet whose barcode(s) decode to PATCHT (Code 128, QR or both). */
public final class SeparatorSheet {

    public static final String VALUE = "PATCHT";

    /** Which barcodes the sheet carries. */
    public enum Kind { CODE128, QR, BOTH }

    private SeparatorSheet() {
    }

    public static PageContent page(Kind kind, Random rnd) {
        Style st = Style.random(rnd);
        DocBuilder b = new DocBuilder();
        b.space(4);
        b.text(rnd.nextBoolean() ? "TRENNBLATT" : "Trennseite", Txt.NORMAL.bold().size(3f).center().after(0.5f));
        b.text("PATCH T", Txt.NORMAL.bold().size(2f).center().after(2f));
        if (kind != Kind.QR) {
            b.barcode(Barcodes.Kind.CODE128, VALUE, 320, 110, Align.CENTER, null);
            b.space(3);
        }
        if (kind != Kind.CODE128) {
            b.barcode(Barcodes.Kind.QR, VALUE, 170, 170, Align.CENTER, null);
            b.space(3);
        }
        b.text("Dokumententrenner - bitte nicht entfernen und nicht beschriften.", Txt.NORMAL.center());
        List<PageContent> pages = Layouter.layout(b, st);
        return pages.get(0);
    }
}
