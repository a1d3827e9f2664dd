package de.kommune.intake.samples.types;

import java.time.LocalDate;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.FontSpec.Family;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Change-of-circumstances notice: identification, ticked changes, date of change, explanation, signature. */
final class VeraenderungsmitteilungTemplate implements DocumentTemplate {

    private static final String[] CHANGES = {"Arbeitsaufnahme / Änderung des Einkommens", "Umzug / neue Anschrift",
            "Einzug oder Auszug einer Person", "Geburt eines Kindes", "Änderung der Bankverbindung",
            "Krankenversicherung", "Schulbesuch / Ausbildung eines Kindes", "Sonstiges"};

    @Override
    public DocumentType type() {
        return DocumentType.VERAENDERUNGSMITTEILUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        Draft d = new Draft(type(), "form-" + ctx.between(0, 1), Style.random(ctx.rnd).withFamily(Family.SANS));
        DocBuilder b = d.body;
        Organisation jc = ctx.jobcenter();
        Txt value = FormParts.valueTxt(ctx);
        LocalDate change = ctx.today.plusDays(ctx.between(-30, 20));
        LocalDate signed = ctx.today.minusDays(ctx.between(0, 5));
        int which = ctx.rnd.nextInt(CHANGES.length);

        FormParts.header(b, ctx, jc, ctx.pick("Veränderungsmitteilung", "Veränderungsmitteilung (VÄM)",
                "Mitteilung über Veränderungen"), ctx.pick("zum Bürgergeld nach dem SGB II",
                "Änderungen in den Verhältnissen", null));
        FormParts.identification(d, ctx, value, ctx.chance(0.85));
        d.field("changeDate", change.toString());
        b.space(0.8f);
        b.text(ctx.pick("Folgende Änderungen in den Verhältnissen sind eingetreten:",
                "Ich teile folgende Änderungen mit:", "Bei mir / in meiner Bedarfsgemeinschaft hat sich geändert:"),
                Txt.NORMAL.bold().after(0.3f));
        for (int i = 0; i < CHANGES.length; i++) {
            b.check(i == which, CHANGES[i]);
        }
        b.space(0.6f);
        b.kv(0.5f, ctx.pick("Die Änderung ist eingetreten am", "Datum der Änderung", "gültig ab"),
                ctx.date(change), value);
        b.space(0.4f);
        b.text("Erläuterung:", Txt.NORMAL.size(0.9f));
        b.text(explanation(ctx, which), value.after(0.6f));
        b.text(ctx.pick("Nachweise sind beigefügt.", "Nachweise reiche ich nach.", "Anlagen: siehe beiliegende "
                + "Unterlagen"), Txt.NORMAL.after(1f));
        String city = ctx.client.address().city().replaceAll(" \\(.*\\)", "");
        b.columns(new float[] {0.45f, 0.55f},
                col -> {
                    col.text(city + ", " + ctx.date(signed), value);
                    col.rule(0.5f, 0x000000);
                    col.text("Ort, Datum", Txt.NORMAL.size(0.75f));
                },
                col -> col.signature("Unterschrift", 170, ctx.seedForSignature(), Align.LEFT));
        return d;
    }

    private static String explanation(GenContext ctx, int which) {
        return switch (which) {
            case 0 -> "Ich habe eine Beschäftigung bei der Firma " + ctx.fake.companyName() + " aufgenommen.";
            case 1 -> "Neue Anschrift: " + ctx.fake.address().oneLine();
            case 2 -> "Mein Sohn/meine Tochter ist ausgezogen.";
            case 3 -> "Unser Kind wurde geboren. Die Geburtsurkunde liegt bei.";
            case 4 -> "Neues Konto bei der " + ctx.fake.bankName(ctx.client.address().city()) + ".";
            case 5 -> "Wechsel der Krankenkasse.";
            case 6 -> "Beginn einer Ausbildung.";
            default -> "Siehe Anlage.";
        };
    }
}
