package de.kommune.intake.samples.types;

import java.time.LocalDate;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Registration certificate (Meldebescheinigung nach § 18 BMG) from the citizens' office. */
final class MeldebescheinigungTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.MELDEBESCHEINIGUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        boolean extended = ctx.chance(0.35);
        int layout = ctx.between(0, 1);
        Draft d = new Draft(type(), (extended ? "erweitert-" : "einfach-") + layout, Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Person p = ctx.client;
        String city = p.address().city().replaceAll(" \\(.*\\)", "");
        LocalDate moveIn = ctx.today.minusDays(ctx.between(10, 2500));
        LocalDate date = ctx.today.minusDays(ctx.between(1, 20));
        Organisation office = ctx.fake.organisation(ctx.pick("Stadt ", "Gemeinde ", "Stadtverwaltung ") + city,
                ctx.pick("Bürgerbüro", "Bürgeramt", "Einwohnermeldeamt", "Bürgerservice - Meldebehörde"),
                new String[] {p.address().plz(), p.address().city()});
        d.field("personName", p.fullName()).field("address", p.address().oneLine())
                .field("moveInDate", moveIn.toString()).field("documentDate", date.toString());

        Letter.letterhead(d, ctx, office, office.department());
        if (ctx.chance(0.5)) {
            Letter.addressBlock(d, office.senderLine(), Letter.recipient(ctx, p),
                    List.<String[]>of(new String[] {"Datum", ctx.date(date)}));
        } else {
            b.text(Letter.placeDate(ctx, city, ctx.date(date)), Txt.NORMAL.right().after(1.5f));
        }
        b.title(extended ? "Erweiterte Meldebescheinigung" : ctx.pick("Meldebescheinigung", "Einfache Meldebescheinigung"));
        b.text(ctx.pick("nach § 18 Abs. " + (extended ? "2" : "1") + " Bundesmeldegesetz (BMG)",
                "gemäß § 18 Bundesmeldegesetz"), Txt.NORMAL.after(1f));
        b.para("Für die nachstehend genannte Person sind im Melderegister folgende Daten gespeichert:");
        float lw = 0.38f;
        if (layout == 0) {
            b.kv(lw, "Familienname", p.surname(), Txt.NORMAL.bold());
            b.kv(lw, "Vornamen", p.givenNames(), Txt.NORMAL.bold());
        } else {
            b.kv(lw, "Name, Vorname(n)", p.fullName(), Txt.NORMAL.bold());
        }
        if (extended || ctx.chance(0.5)) {
            b.kv(lw, "Geburtsdatum", ctx.birthDate(p.dateOfBirth()), Txt.NORMAL);
            b.kv(lw, "Geburtsort", p.birthPlace(), Txt.NORMAL);
        }
        if (extended) {
            b.kv(lw, "Geschlecht", p.female() ? "weiblich" : "männlich", Txt.NORMAL);
            b.kv(lw, "Staatsangehörigkeit(en)", ctx.pick("deutsch", "deutsch", "türkisch", "syrisch", "polnisch"),
                    Txt.NORMAL);
            b.kv(lw, "Familienstand", ctx.pick("ledig", "verheiratet", "geschieden", "verwitwet"), Txt.NORMAL);
        }
        if (ctx.chance(0.5)) {
            b.kv(lw, ctx.pick("Anschrift (Hauptwohnung)", "Wohnung"), p.address().oneLine(), Txt.NORMAL);
        } else {
            b.kv(lw, "Straße, Hausnummer", p.address().streetLine(), Txt.NORMAL);
            b.kv(lw, "Postleitzahl, Ort", p.address().cityLine(), Txt.NORMAL);
        }
        b.kv(lw, ctx.pick("Einzugsdatum", "Einzug", "eingezogen am", "Tag des Einzugs"), ctx.date(moveIn), Txt.NORMAL);
        b.kv(lw, "Wohnungsstatus", ctx.pick("Hauptwohnung", "alleinige Wohnung"), Txt.NORMAL);
        if (extended) {
            b.kv(lw, "Vorherige Anschrift", ctx.fake.address().oneLine(), Txt.NORMAL);
        }
        b.space(1);
        b.para("Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.");
        if (ctx.chance(0.5)) {
            b.small("Gebühr: " + ctx.amount(ctx.pick(500, 700, 1000)) + " (Verwaltungsgebührensatzung)");
        }
        b.space(1);
        b.text("Im Auftrag", Txt.NORMAL);
        b.text(ctx.fake.givenNames(ctx.rnd.nextBoolean()).substring(0, 1) + ". " + ctx.fake.surname(), Txt.NORMAL);
        return d;
    }
}
