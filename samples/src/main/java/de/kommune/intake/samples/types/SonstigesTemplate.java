package de.kommune.intake.samples.types;

import java.time.LocalDate;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/**
 * Plausible other mail that must not look like any other type: appointment reminder, advertising, a tax office
 * letter, a club letter, an insurance notice.
 */
final class SonstigesTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.SONSTIGES;
    }

    @Override
    public Draft build(GenContext ctx) {
        String kind = ctx.pick("termin", "werbung", "finanzamt", "verein", "versicherung");
        Draft d = new Draft(type(), kind, Style.random(ctx.rnd));
        LocalDate date = ctx.today.minusDays(ctx.between(1, 14));
        d.field("documentDate", date.toString());
        String[] city = {ctx.client.address().plz(), ctx.client.address().city()};
        String cityName = city[1].replaceAll(" \\(.*\\)| am .*| im .*", "");
        DocBuilder b = d.body;
        switch (kind) {
            case "termin" -> {
                Organisation praxis = ctx.fake.organisation(ctx.pick("Zahnarztpraxis Dr. ", "Praxis Dr. med. ",
                        "Augenarztpraxis Dr. ") + ctx.fake.surname(), null, city);
                letter(d, ctx, praxis, date, ctx.pick("Terminerinnerung", "Ihr nächster Termin",
                        "Bestätigung Ihres Termins"));
                LocalDate when = date.plusDays(ctx.between(5, 30));
                b.para("gerne erinnern wir Sie an Ihren nächsten Termin in unserer Praxis:");
                b.text(ctx.date(when) + ", " + ctx.between(8, 17) + ":" + ctx.pick("00", "15", "30", "45") + " Uhr",
                        Txt.NORMAL.bold().center().after(0.6f));
                b.para("Bitte bringen Sie Ihre elektronische Gesundheitskarte und, falls vorhanden, Ihren "
                        + "Medikationsplan mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte "
                        + "mindestens 24 Stunden vorher ab, damit wir ihn anderweitig vergeben können.");
                b.para("Unsere Sprechzeiten: Mo, Di, Do 8-12 und 15-18 Uhr, Mi und Fr 8-13 Uhr.");
                Letter.closing(d, ctx, "Ihr Praxisteam", null);
            }
            case "werbung" -> {
                Organisation shop = ctx.fake.organisation(ctx.pick("Möbelhaus ", "Küchenstudio ", "Autohaus ",
                        "Optik ") + ctx.fake.surname(), null, city);
                letter(d, ctx, shop, date, ctx.pick("Nur für kurze Zeit: Jubiläumsangebote!",
                        "Ihre persönliche Einladung zur Hausmesse", "Große Räumungsaktion - bis zu 50 % sparen"));
                b.para("wir feiern " + ctx.between(10, 75) + " Jahre " + shop.name() + " und möchten uns bei unseren "
                        + "Kundinnen und Kunden bedanken. Vom " + ctx.date(date.plusDays(7)) + " bis zum "
                        + ctx.date(date.plusDays(21)) + " erwarten Sie attraktive Angebote in allen Abteilungen.");
                b.text("Mit diesem Brief erhalten Sie zusätzlich 10 % auf Ihren Einkauf!", Txt.NORMAL.bold().center()
                        .after(0.6f));
                b.para("Kostenlose Parkplätze direkt vor dem Haus. Kaffee und Kuchen für alle Besucher. Wir freuen uns "
                        + "auf Ihren Besuch!");
                b.small("Sie möchten keine Werbung mehr erhalten? Dann genügt eine kurze Nachricht an "
                        + shop.email() + ".");
                Letter.closing(d, ctx, ctx.fake.givenNames(true) + " " + ctx.fake.surname(), "Geschäftsleitung");
            }
            case "finanzamt" -> {
                Organisation fa = ctx.fake.organisation("Finanzamt " + cityName, null, city);
                letter(d, ctx, fa, date, "Einkommensteuer " + (date.getYear() - 1) + " - Mitteilung über die "
                        + "Festsetzung");
                long refund = ctx.cents(40, 900);
                b.kv(0.4f, "Steuernummer", Ids.digits(ctx.rnd, 3) + "/" + Ids.digits(ctx.rnd, 3) + "/"
                        + Ids.digits(ctx.rnd, 5), Txt.NORMAL);
                b.kv(0.4f, "Identifikationsnummer", Ids.steuerId(ctx.rnd), Txt.NORMAL);
                b.space(0.5f);
                b.para("die Einkommensteuer für das Kalenderjahr " + (date.getYear() - 1) + " wurde aufgrund Ihrer "
                        + "Erklärung festgesetzt. Es ergibt sich ein Erstattungsbetrag von " + ctx.amount(refund)
                        + ", der in den nächsten Tagen auf das von Ihnen angegebene Konto überwiesen wird.");
                b.para("Die Berechnung finden Sie in den Erläuterungen. Gegen die Festsetzung ist der Einspruch "
                        + "zulässig; er ist binnen eines Monats schriftlich beim Finanzamt " + cityName
                        + " einzulegen.");
                Letter.closing(d, ctx, null, null);
            }
            case "verein" -> {
                Organisation club = ctx.fake.organisation(ctx.pick("TuS " + cityName, "SV Blau-Weiß " + cityName,
                        "Turnverein " + cityName, "Kleingartenverein Am Mühlbach", "Chorgemeinschaft Harmonie")
                        + ctx.pick(" e.V.", " 1921 e.V.", " e. V."), null, city);
                letter(d, ctx, club, date, ctx.pick("Einladung zur Jahreshauptversammlung", "Mitgliedsbeitrag "
                        + date.getYear(), "Neues aus dem Verein"));
                b.para("hiermit laden wir Sie herzlich zur ordentlichen Mitgliederversammlung am "
                        + ctx.date(date.plusDays(ctx.between(14, 40))) + " um 19:00 Uhr im Vereinsheim ein.");
                b.para("Tagesordnung: 1. Begrüßung, 2. Bericht des Vorstands, 3. Kassenbericht, 4. Entlastung, "
                        + "5. Wahlen, 6. Verschiedenes. Anträge reichen Sie bitte bis eine Woche vorher schriftlich ein.");
                b.para("Der Jahresbeitrag von " + ctx.amount(ctx.between(24, 120) * 100L) + " wird wie gewohnt im "
                        + "März eingezogen. Familien mit Bildungs- und Teilhabeleistungen erhalten Ermäßigung.");
                Letter.closing(d, ctx, ctx.fake.givenNames(false) + " " + ctx.fake.surname(), "1. Vorsitzender");
            }
            default -> {
                Organisation ins = ctx.fake.organisation(ctx.pick("Hanse", "Rhein", "Alpen", "Nord") + ctx.pick(
                        " Versicherung AG", " Assekuranz VVaG"), null, ctx.fake.city());
                letter(d, ctx, ins, date, ctx.pick("Ihre Privathaftpflichtversicherung", "Information zu Ihrem Vertrag",
                        "Neue Versicherungsbedingungen"));
                b.kv(0.4f, "Versicherungsschein-Nr.", Ids.digits(ctx.rnd, 4) + "-" + Ids.digits(ctx.rnd, 6),
                        Txt.NORMAL);
                b.space(0.5f);
                b.para("vielen Dank für Ihr Vertrauen. Zum nächsten Hauptfälligkeitstermin passen wir die "
                        + "Versicherungsbedingungen an. Ihr Versicherungsschutz bleibt dabei unverändert bestehen; "
                        + "die neuen Bedingungen liegen diesem Schreiben bei.");
                b.para("Haben Sie Fragen? Unser Kundenservice ist montags bis freitags von 8 bis 20 Uhr unter "
                        + ins.phone() + " für Sie da.");
                Letter.closing(d, ctx, ctx.fake.givenNames(true) + " " + ctx.fake.surname(), "Kundenservice");
            }
        }
        return d;
    }

    private static void letter(Draft d, GenContext ctx, Organisation org, LocalDate date, String subject) {
        Letter.letterhead(d, ctx, org, null);
        Letter.addressBlock(d, org.senderLine(), Letter.recipient(ctx, ctx.client),
                List.<String[]>of(new String[] {"Datum", ctx.date(date)}));
        d.body.text(subject, Txt.NORMAL.bold().after(1f));
        d.body.para(ctx.client.formalAddress());
    }
}
