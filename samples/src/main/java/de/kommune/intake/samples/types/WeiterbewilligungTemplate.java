package de.kommune.intake.samples.types;

import java.time.LocalDate;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.FontSpec.Family;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Application for continued Bürgergeld: identification, yes/no questions, bank account, signature. */
final class WeiterbewilligungTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.WEITERBEWILLIGUNGSANTRAG;
    }

    @Override
    public Draft build(GenContext ctx) {
        Draft d = new Draft(type(), "form-" + ctx.between(0, 1), Style.random(ctx.rnd).withFamily(Family.SANS));
        DocBuilder b = d.body;
        Organisation jc = ctx.jobcenter();
        Txt value = FormParts.valueTxt(ctx);
        LocalDate signed = ctx.today.minusDays(ctx.between(0, 6));
        boolean invalidIban = ctx.chance(0.15);
        String iban = invalidIban ? Ids.corruptIban(ctx.rnd, ctx.clientIban) : ctx.clientIban;

        FormParts.header(b, ctx, jc, ctx.pick("Weiterbewilligungsantrag", "Antrag auf Weiterbewilligung",
                "Weiterbewilligungsantrag (WBA)"), ctx.pick("der Leistungen zur Sicherung des Lebensunterhalts nach dem "
                + "Zweiten Buch Sozialgesetzbuch (SGB II) - Bürgergeld", "Bürgergeld nach dem SGB II",
                "Antrag auf Weiterbewilligung von Bürgergeld"));
        FormParts.identification(d, ctx, value, ctx.chance(0.85));
        d.field("iban", iban).field("signatureDate", signed.toString());
        if (invalidIban) {
            d.note("invalidIban", true);
        }
        b.space(0.8f);
        b.para("Der Bewilligungszeitraum endet am " + ctx.date(ctx.today.plusDays(ctx.between(10, 40)))
                + ". Ich beantrage die Weiterbewilligung der Leistungen für mich und die mit mir in der "
                + "Bedarfsgemeinschaft lebenden Personen.");
        b.heading("1. Persönliche Verhältnisse");
        b.text("Haben sich seit der letzten Antragstellung Änderungen in den persönlichen Verhältnissen ergeben "
                + "(z. B. Anzahl der Personen, Familienstand)?", Txt.NORMAL.size(0.95f));
        boolean changes = ctx.chance(0.3);
        b.columns(new float[] {0.2f, 0.8f}, col -> col.check(!changes, "nein"),
                col -> col.check(changes, "ja (bitte Anlage VÄM beifügen)"));
        b.heading("2. Einkommen und Vermögen");
        boolean income = ctx.chance(0.4);
        b.text("Hat sich das Einkommen oder Vermögen einer Person der Bedarfsgemeinschaft geändert?",
                Txt.NORMAL.size(0.95f));
        b.columns(new float[] {0.2f, 0.8f}, col -> col.check(!income, "nein"),
                col -> col.check(income, "ja, Nachweise liegen bei"));
        b.heading("3. Kosten der Unterkunft und Heizung");
        boolean rent = ctx.chance(0.3);
        b.columns(new float[] {0.2f, 0.8f}, col -> col.check(!rent, "unverändert"),
                col -> col.check(rent, "geändert (Nachweis beigefügt)"));
        b.heading("4. Bankverbindung");
        b.box(null, 0.6f, -1, box -> {
            box.kv(0.3f, "Kontoinhaber/in", ctx.client.fullName(), value);
            box.kv(0.3f, "IBAN", ctx.chance(0.6) ? Ids.ibanGrouped(iban) : iban, value);
            box.kv(0.3f, "Geldinstitut", ctx.clientBank, value);
        });
        b.space(0.6f);
        b.text("Ich versichere, dass die Angaben richtig und vollständig sind. Änderungen teile ich dem Jobcenter "
                + "unverzüglich mit.", Txt.NORMAL.size(0.9f).after(0.8f));
        String city = ctx.client.address().city().replaceAll(" \\(.*\\)", "");
        b.columns(new float[] {0.45f, 0.55f},
                col -> {
                    col.text(city + ", " + ctx.date(signed), value);
                    col.rule(0.5f, 0x000000);
                    col.text("Ort, Datum", Txt.NORMAL.size(0.75f));
                },
                col -> col.signature("Unterschrift Antragsteller/in", 170, ctx.seedForSignature(), Align.LEFT));
        d.style = d.style.withFooter(java.util.List.of("WBA - Stand " + ctx.pick("01/2024", "07/2023", "01/2025")));
        return d;
    }
}
