package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;
import static de.kommune.intake.samples.data.GermanFormat.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Table;
import de.kommune.intake.samples.layout.Txt;

/** Annual service charge statement: cost table with allocation keys, prepayments, back-payment or credit. */
final class NebenkostenTemplate implements DocumentTemplate {

    private static final String[][] COSTS = {{"Grundsteuer", "Wohnfläche"}, {"Wasserversorgung", "Personen"},
            {"Entwässerung", "Personen"}, {"Müllbeseitigung", "Personen"}, {"Straßenreinigung", "Wohnfläche"},
            {"Gebäudeversicherung", "Wohnfläche"}, {"Haftpflichtversicherung", "Wohnfläche"},
            {"Hauswart", "Wohneinheiten"}, {"Treppenhausreinigung", "Wohneinheiten"}, {"Gartenpflege", "Wohnfläche"},
            {"Allgemeinstrom", "Wohneinheiten"}, {"Schornsteinfeger", "Wohneinheiten"}, {"Aufzug", "Wohnfläche"},
            {"Winterdienst", "Wohnfläche"}};

    @Override
    public DocumentType type() {
        return DocumentType.NEBENKOSTENABRECHNUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        int variant = ctx.between(0, 2);
        Draft d = new Draft(type(), "statement-" + variant, Style.random(ctx.rnd));
        DocBuilder b = d.body;
        String[] city = {ctx.client.address().plz(), ctx.client.address().city()};
        Organisation manager = ctx.fake.organisation(ctx.pick("Hausverwaltung ", "Immobilienverwaltung ",
                "Wohnungsgenossenschaft ") + ctx.fake.surname() + ctx.pick(" GmbH", " eG", " & Partner"), null, city);
        int year = ctx.today.getYear() - 1;
        boolean calendarYear = ctx.chance(0.7);
        LocalDate from = calendarYear ? LocalDate.of(year, 1, 1) : LocalDate.of(year - 1, 7, 1);
        LocalDate to = calendarYear ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
        LocalDate docDate = ctx.today.minusDays(ctx.between(2, 12));
        int totalSqm = ctx.between(400, 2400);
        int sqm = ctx.between(35, 90);
        int units = Math.max(4, totalSqm / 65);
        int persons = units * 2;
        int myPersons = ctx.between(1, 4);

        List<String[]> rows = new ArrayList<>();
        long share = 0;
        int n = ctx.compact ? ctx.between(5, 7) : ctx.between(7, COSTS.length);
        for (int i = 0; i < n; i++) {
            String[] c = COSTS[i];
            long totalCost = ctx.cents(300, 9000);
            double frac = switch (c[1]) {
                case "Personen" -> (double) myPersons / persons;
                case "Wohneinheiten" -> 1.0 / units;
                default -> (double) sqm / totalSqm;
            };
            long mine = Math.round(totalCost * frac);
            share += mine;
            String key = switch (c[1]) {
                case "Personen" -> myPersons + "/" + persons + " Pers.";
                case "Wohneinheiten" -> "1/" + units + " WE";
                default -> sqm + "/" + totalSqm + " m²";
            };
            rows.add(new String[] {c[0], number(totalCost, true), ctx.pick(c[1], key), number(mine, true)});
        }
        long prepaid = Math.round(share * (0.75 + ctx.rnd.nextDouble() * 0.45) / 1200) * 1200;
        long balance = share - prepaid;
        if (balance == 0) {
            prepaid -= 1200;
            balance = share - prepaid;
        }
        boolean nachzahlung = balance > 0;
        LocalDate due = docDate.plusDays(ctx.pick(14, 21, 28, 30));
        boolean dueShown = nachzahlung ? ctx.chance(0.8) : ctx.chance(0.4);

        d.field("periodFrom", from.toString()).field("periodTo", to.toString())
                .field("settlementAmount", normAmount(Math.abs(balance)))
                .field("settlementKind", nachzahlung ? "NACHZAHLUNG" : "GUTHABEN")
                .field("documentDate", docDate.toString());
        if (dueShown) {
            d.field("dueDate", due.toString());
        } else {
            d.absent("dueDate");
        }

        Letter.letterhead(d, ctx, manager, ctx.pick(null, "Verwaltung von Wohn- und Gewerbeimmobilien"));
        Letter.addressBlock(d, manager.senderLine(), Letter.recipient(ctx, ctx.client), List.of(
                new String[] {"Objekt", ctx.client.address().streetLine()},
                new String[] {"Mieter-Nr.", Integer.toString(ctx.between(1000, 99999))},
                new String[] {"Datum", ctx.date(docDate)}));
        String title = ctx.pick("Betriebskostenabrechnung", "Nebenkostenabrechnung", "Abrechnung der Betriebskosten",
                "Heiz- und Betriebskostenabrechnung");
        b.text(title + " für den Zeitraum " + ctx.date(from) + " bis " + ctx.date(to), Txt.NORMAL.bold().after(0.6f));
        b.para(ctx.client.formalAddress());
        b.para("nachstehend erhalten Sie die Abrechnung der Betriebskosten für den "
                + ctx.pick("Abrechnungszeitraum", "Zeitraum") + " vom " + ctx.date(from) + " bis " + ctx.date(to)
                + ". Die Verteilung erfolgt nach dem jeweils angegebenen Umlageschlüssel.");
        Table t = new Table(new float[] {0.34f, 0.2f, 0.26f, 0.2f},
                new Align[] {Align.LEFT, Align.RIGHT, Align.LEFT, Align.RIGHT},
                ctx.pick(Table.Look.GRID, Table.Look.RULES, Table.Look.ZEBRA), 0.88f);
        t.header("Kostenart", "Gesamtkosten", ctx.pick("Umlageschlüssel", "Verteilerschlüssel"), "Ihr Anteil");
        rows.forEach(t::row);
        t.boldRow("Summe Ihrer Kosten", "", "", number(share, true));
        t.row("abzüglich Ihrer Vorauszahlungen", "", "", "-" + number(prepaid, true));
        b.table(t);
        b.space(0.8f);
        String result = nachzahlung
                ? ctx.pick("Nachzahlung", "Es ergibt sich eine Nachzahlung von", "Ihre Nachzahlung beträgt")
                : ctx.pick("Guthaben", "Es ergibt sich ein Guthaben von", "Ihr Guthaben beträgt");
        b.kv(0.6f, result, ctx.amount(Math.abs(balance)), Txt.NORMAL.bold().size(1.1f));
        b.space(0.8f);
        if (nachzahlung) {
            b.para(dueShown ? "Bitte überweisen Sie den Betrag bis zum " + ctx.date(due) + " auf unser Konto."
                    : "Bitte überweisen Sie den Betrag innerhalb von vier Wochen nach Zugang dieser Abrechnung.");
        } else {
            b.para(dueShown ? "Das Guthaben überweisen wir Ihnen bis zum " + ctx.date(due) + "."
                    : "Das Guthaben wird mit der nächsten Mietzahlung verrechnet.");
        }
        if (ctx.chance(0.6)) {
            long newPrepay = Math.round(share / 12.0 / 100) * 100 + 500;
            b.para("Ab dem übernächsten Monat beträgt Ihre monatliche Vorauszahlung " + ctx.amount(newPrepay) + ".");
        }
        b.para("Belege können nach Terminvereinbarung in unserem Büro eingesehen werden.");
        Letter.closing(d, ctx, ctx.fake.givenNames(ctx.rnd.nextBoolean()) + " " + ctx.fake.surname(), null);
        d.style = d.style.withFooter(Letter.companyFooter(ctx, manager, null, null));
        return d;
    }
}
