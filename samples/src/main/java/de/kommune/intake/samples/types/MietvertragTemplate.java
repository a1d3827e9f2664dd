package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;

import java.time.LocalDate;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Address;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Table;
import de.kommune.intake.samples.layout.Txt;

/** Residential lease: parties, flat, start, rent components, deposit, clauses, signatures. */
final class MietvertragTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.MIETVERTRAG;
    }

    @Override
    public Draft build(GenContext ctx) {
        boolean company = ctx.chance(0.5);
        int variant = ctx.between(0, 2);
        Draft d = new Draft(type(), (company ? "company-" : "private-") + variant, Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Person tenant = ctx.client;
        String city = ctx.client.address().city();
        String landlord = company ? ctx.pick("Wohnungsbaugesellschaft ", "Gemeinnützige Wohnungsgenossenschaft ",
                "GeWoBau ", "Immobilienverwaltung ") + ctx.pick(city.replaceAll(" \\(.*\\)| am .*| im .*", ""),
                ctx.fake.surname() + " & Partner") + ctx.pick(" GmbH", " eG", " mbH", " GmbH & Co. KG")
                : ctx.fake.givenNames(ctx.rnd.nextBoolean()) + " " + ctx.fake.surname();
        Address landlordAddress = ctx.fake.address();
        Address flat = ctx.fake.address(tenant.address().plz(), city);
        LocalDate start = ctx.today.plusMonths(ctx.between(-2, 2)).withDayOfMonth(1);
        int sqm = ctx.between(28, 95);
        long base = sqm * (long) ctx.between(620, 1150);
        long service = sqm * (long) ctx.between(150, 320);
        boolean heatingSeparate = ctx.chance(0.25);
        long heating = heatingSeparate ? 0 : sqm * (long) ctx.between(90, 180);
        long total = base + service + heating;
        String floor = ctx.pick("Erdgeschoss links", "1. Obergeschoss rechts", "2. OG Mitte", "Dachgeschoss",
                "3. Obergeschoss links", "Souterrain");

        d.field("landlordName", landlord).field("tenantName", tenant.fullName())
                .field("propertyAddress", flat.oneLine()).field("rentStart", start.toString())
                .field("baseRent", normAmount(base)).field("serviceCharges", normAmount(service))
                .field("totalRent", normAmount(total));
        if (heatingSeparate) {
            d.absent("heatingCosts");
        } else {
            d.field("heatingCosts", normAmount(heating));
        }

        b.title(ctx.pick("Mietvertrag", "Mietvertrag für Wohnraum", "Wohnungsmietvertrag", "Mietvertrag über Wohnraum"));
        b.space(0.5f);
        b.line("Zwischen");
        b.text(landlord + ", " + landlordAddress.oneLine(), Txt.NORMAL.bold());
        b.text(ctx.pick("- nachstehend Vermieter genannt -", "(Vermieter)", "im Folgenden \"Vermieter\""),
                Txt.NORMAL.size(0.9f).after(0.5f));
        b.line("und");
        b.text(tenant.fullName() + ", geb. " + ctx.birthDate(tenant.dateOfBirth()) + ", bisher wohnhaft "
                + tenant.address().oneLine(), Txt.NORMAL.bold());
        b.text(ctx.pick("- nachstehend Mieter genannt -", "(Mieter)", "im Folgenden \"Mieter\""),
                Txt.NORMAL.size(0.9f).after(0.5f));
        b.para("wird folgender Mietvertrag geschlossen:");

        b.heading("§ 1 Mietsache");
        b.para("Vermietet wird die Wohnung im " + floor + " des Hauses " + flat.streetLine() + " in "
                + flat.cityLine() + ", bestehend aus " + ctx.between(1, 4) + " Zimmern, Küche, Bad/WC"
                + ctx.pick(", Flur und Balkon", " und Flur", ", Abstellraum") + ". Die Wohnfläche beträgt ca. " + sqm
                + " m². Mitvermietet " + ctx.pick("ist ein Kellerraum Nr. " + ctx.between(1, 20) + ".",
                "sind keine weiteren Räume.", "ist ein Stellplatz im Hof."));
        b.heading("§ 2 Mietzeit");
        b.para(ctx.pick("Das Mietverhältnis beginnt am ", "Mietbeginn ist der ", "Das Mietverhältnis beginnt mit dem ")
                + ctx.date(start) + " und läuft auf unbestimmte Zeit. Es kann nach den gesetzlichen Bestimmungen "
                + "gekündigt werden.");
        b.heading("§ 3 Miete und Nebenkosten");
        b.para("Die monatliche Miete beträgt:");
        Table t = new Table(new float[] {0.7f, 0.3f}, new Align[] {Align.LEFT, Align.RIGHT},
                ctx.pick(Table.Look.GRID, Table.Look.PLAIN, Table.Look.RULES), 1f);
        t.row(ctx.pick("Grundmiete (Nettokaltmiete)", "Kaltmiete", "Grundmiete", "Nettokaltmiete"), ctx.amount(base));
        t.row(ctx.pick("Vorauszahlung Betriebskosten", "Betriebskostenvorauszahlung", "Nebenkostenvorauszahlung "
                + "(kalte Betriebskosten)"), ctx.amount(service));
        if (!heatingSeparate) {
            t.row(ctx.pick("Vorauszahlung Heizkosten und Warmwasser", "Heizkostenvorauszahlung", "Heiz- und "
                    + "Warmwasserkosten (Vorauszahlung)"), ctx.amount(heating));
        }
        t.boldRow(ctx.pick("Gesamtmiete", "Gesamtbetrag monatlich", "Monatliche Gesamtmiete", "Bruttowarmmiete"),
                ctx.amount(total));
        b.table(t);
        b.space(0.5f);
        if (heatingSeparate) {
            b.para("Die Wohnung wird mit einer Gasetagenheizung beheizt. Die Kosten für Heizung und Warmwasser "
                    + "rechnet der Mieter direkt mit dem Versorgungsunternehmen ab.");
        }
        b.para("Die Miete ist monatlich im Voraus, spätestens am dritten Werktag des Monats, auf das Konto des "
                + "Vermieters zu zahlen. Über die Vorauszahlungen wird jährlich abgerechnet; Umlageschlüssel ist die "
                + "Wohnfläche, soweit nicht anders vereinbart.");
        b.heading("§ 4 Mietsicherheit");
        b.para("Der Mieter leistet eine Kaution in Höhe von " + ctx.amount(base * ctx.between(2, 3))
                + ". Sie kann in drei gleichen monatlichen Teilzahlungen erbracht werden.");
        if (!ctx.compact) {
            b.heading("§ 5 Schönheitsreparaturen");
            b.para("Die Wohnung wird renoviert übergeben. Schönheitsreparaturen während der Mietzeit übernimmt der "
                    + "Mieter in angemessenen Abständen, soweit sie durch seinen Gebrauch erforderlich werden.");
            b.heading("§ 6 Tierhaltung");
            b.para("Kleintiere dürfen ohne Zustimmung gehalten werden. Die Haltung von Hunden und Katzen bedarf der "
                    + "vorherigen Zustimmung des Vermieters, die nur aus wichtigem Grund versagt werden kann.");
            b.heading("§ 7 Hausordnung");
            b.para("Die beigefügte Hausordnung ist Bestandteil dieses Vertrages. Der Mieter verpflichtet sich zur "
                    + "Teilnahme an der Treppenhausreinigung und am Winterdienst nach Plan.");
            b.heading("§ 8 Sonstige Vereinbarungen");
            b.para(ctx.pick("Keine.", "Der Mieter erhält " + ctx.between(2, 4) + " Haus- und Wohnungsschlüssel.",
                    "Die Einbauküche wird unentgeltlich überlassen; eine Instandhaltungspflicht des Vermieters "
                            + "besteht insoweit nicht."));
        }
        b.space(1);
        b.text(Letter.placeDate(ctx, city, ctx.date(start.minusDays(ctx.between(7, 40)))), Txt.NORMAL.keep());
        b.columns(new float[] {0.5f, 0.5f},
                col -> col.signature("Vermieter", 150, ctx.seedForSignature(), Align.LEFT),
                col -> col.signature("Mieter", 150, ctx.seedForSignature(), Align.LEFT));
        d.style = d.style.withPageNumbering(ctx.pick("Seite %d von %d", "- %d -", "Seite %d"));
        return d;
    }
}
