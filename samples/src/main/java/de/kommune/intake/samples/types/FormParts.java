package de.kommune.intake.samples.types;

import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.FontSpec.Family;
import de.kommune.intake.samples.layout.Txt;

/** Parts shared by the Jobcenter forms (WBA, VÄM): header with receipt box, identification block. */
final class FormParts {

    private FormParts() {
    }

    /** Attributes of filled-in values: typewriter-like or printed by the form software. */
    static Txt valueTxt(GenContext ctx) {
        return ctx.chance(0.5) ? Txt.NORMAL.family(Family.MONO).bold() : Txt.NORMAL.bold();
    }

    static void header(DocBuilder b, GenContext ctx, Organisation jc, String title, String subtitle) {
        b.columns(new float[] {0.62f, 0.38f},
                col -> {
                    col.text(jc.name(), Txt.NORMAL.bold().size(1.1f));
                    col.text(jc.address().oneLine(), Txt.NORMAL.size(0.8f).after(0.8f));
                    col.text(title, Txt.NORMAL.bold().size(1.35f));
                    if (subtitle != null) {
                        col.text(subtitle, Txt.NORMAL.size(0.9f));
                    }
                },
                col -> col.box(null, 0.6f, -1, box -> {
                    box.text("Eingangsstempel", Txt.NORMAL.size(0.75f).color(0x555555));
                    box.space(3.5f);
                }));
        b.space(0.8f);
    }

    /**
     * BG number (or an empty field), Kundennummer and the applicant's name; records the matching ground truth.
     * Returns true when the BG number was filled in.
     */
    static boolean identification(Draft d, GenContext ctx, Txt value, boolean bgFilled) {
        DocBuilder b = d.body;
        String bgLabel = ctx.pick("Nummer der Bedarfsgemeinschaft", "BG-Nummer", "Nummer der Bedarfsgemeinschaft (BG-Nr.)");
        String kdLabel = ctx.pick("Kundennummer", "Kunden-Nr.", "Kundennummer (falls bekannt)");
        String bg = bgFilled ? Ids.bgPrinted(ctx.bgNumber, ctx.between(0, 4)) : "";
        b.box(null, 0.8f, -1, box -> {
            box.kv(0.45f, bgLabel, bg, value);
            box.kv(0.45f, kdLabel, ctx.customerNumber, value);
            if (ctx.chance(0.5)) {
                box.kv(0.45f, "Name", ctx.client.surname(), value);
                box.kv(0.45f, "Vorname", ctx.client.givenNames(), value);
            } else {
                box.kv(0.45f, ctx.pick("Vorname und Name", "Antragsteller/in"), ctx.client.fullName(), value);
            }
            box.kv(0.45f, "Geburtsdatum", ctx.birthDate(ctx.client.dateOfBirth()), value);
            box.kv(0.45f, "Anschrift", ctx.client.address().oneLine(), value);
        });
        if (bgFilled) {
            d.field("bgNumber", ctx.bgNumber);
        } else {
            d.absent("bgNumber");
        }
        d.field("customerNumber", ctx.customerNumber).field("applicantName", ctx.client.fullName());
        return bgFilled;
    }
}
