package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;
import static de.kommune.intake.samples.data.GermanFormat.number;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.GermanFormat;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Table;
import de.kommune.intake.samples.layout.Txt;

/** Pay slip: gross items, tax and social insurance deductions, net pay, payout. */
final class LohnabrechnungTemplate implements DocumentTemplate {

    private record Item(String label, long cents) {
    }

    @Override
    public DocumentType type() {
        return DocumentType.LOHNABRECHNUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        int variant = ctx.between(0, 2);
        Draft d = new Draft(type(), "payslip-" + variant, Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Organisation employer = ctx.fake.company();
        Person employee = ctx.client;
        YearMonth month = YearMonth.from(ctx.today).minusMonths(1);
        boolean minijob = ctx.chance(0.25);
        int taxClass = ctx.pick(1, 1, 1, 2, 3, 4, 5);

        List<Item> gross = new ArrayList<>();
        if (minijob) {
            int hours = ctx.between(20, 42);
            long rate = ctx.between(1282, 1350);
            gross.add(new Item("Aushilfslohn " + hours + " Std. x " + number(rate, false), hours * rate));
        } else if (ctx.chance(0.4)) {
            int hours = ctx.between(80, 173);
            long rate = ctx.between(1282, 1900);
            gross.add(new Item("Stundenlohn " + hours + ",00 Std. x " + number(rate, false), hours * rate));
            if (ctx.chance(0.5)) {
                gross.add(new Item("Nachtzuschlag 25 %", ctx.cents(40, 180)));
            }
        } else {
            gross.add(new Item(ctx.pick("Gehalt", "Grundgehalt", "Monatslohn", "Tarifgehalt"), ctx.cents(1900, 4200)));
            if (ctx.chance(0.4)) {
                gross.add(new Item("Vermögenswirksame Leistung AG", 4000));
            }
        }
        if (ctx.chance(0.3)) {
            gross.add(new Item("Fahrtkostenzuschuss", ctx.cents(20, 80)));
        }
        long grossSum = gross.stream().mapToLong(Item::cents).sum();
        List<Item> deductions = new ArrayList<>();
        if (minijob) {
            if (ctx.chance(0.5)) {
                deductions.add(new Item("RV-Beitrag AN 3,6 %", Math.round(grossSum * 0.036)));
            }
        } else {
            double taxRate = switch (taxClass) {
                case 3 -> 0.04;
                case 5 -> 0.2;
                default -> 0.12;
            };
            long lst = Math.max(0, Math.round((grossSum - 120000) * taxRate));
            deductions.add(new Item("Lohnsteuer", lst));
            if (ctx.chance(0.4) && lst > 0) {
                deductions.add(new Item("Kirchensteuer", Math.round(lst * 0.09)));
            }
            deductions.add(new Item("Krankenversicherung", Math.round(grossSum * 0.0815)));
            deductions.add(new Item("Rentenversicherung", Math.round(grossSum * 0.093)));
            deductions.add(new Item("Arbeitslosenversicherung", Math.round(grossSum * 0.013)));
            deductions.add(new Item("Pflegeversicherung", Math.round(grossSum * (ctx.chance(0.5) ? 0.018 : 0.024))));
        }
        long net = grossSum - deductions.stream().mapToLong(Item::cents).sum();
        List<Item> afterNet = new ArrayList<>();
        if (gross.stream().anyMatch(i -> i.label.startsWith("Vermögens"))) {
            afterNet.add(new Item("VWL-Überweisung Bausparvertrag", -4000));
        }
        if (ctx.chance(0.15)) {
            afterNet.add(new Item("Abschlag/Vorschuss", -ctx.between(1, 3) * 10000L));
        }
        long payout = net + afterNet.stream().mapToLong(Item::cents).sum();

        d.field("employerName", employer.name()).field("employeeName", employee.fullName())
                .field("payPeriod", GermanFormat.isoMonth(month)).field("grossAmount", normAmount(grossSum))
                .field("netAmount", normAmount(net)).field("payoutAmount", normAmount(payout));

        // ---- header
        b.text(employer.name(), Txt.NORMAL.bold().size(1.2f));
        b.text(employer.address().streetLine() + ", " + employer.address().cityLine(), Txt.NORMAL.size(0.8f));
        b.space(1.5f);
        String monthText = GermanFormat.month(month, ctx.between(0, 3));
        String title = switch (variant) {
            case 0 -> "Abrechnung der Brutto/Netto-Bezüge für " + monthText;
            case 1 -> ctx.pick("Gehaltsabrechnung ", "Lohnabrechnung ", "Entgeltabrechnung ") + monthText;
            default -> ctx.pick("Verdienstabrechnung", "Lohn- und Gehaltsabrechnung") + " Abrechnungsmonat " + monthText;
        };
        String sv = Ids.svNumber(ctx.rnd, employee.dateOfBirth(), employee.surname(), employee.female());
        b.columns(new float[] {0.5f, 0.5f},
                col -> Letter.recipient(ctx, employee).forEach(col::line),
                col -> {
                    col.kv(0.5f, "Personal-Nr.", Integer.toString(ctx.between(100, 99999)), Txt.NORMAL.size(0.85f));
                    col.kv(0.5f, "Steuerklasse", Integer.toString(taxClass), Txt.NORMAL.size(0.85f));
                    col.kv(0.5f, "Steuer-ID", Ids.steuerId(ctx.rnd), Txt.NORMAL.size(0.85f));
                    col.kv(0.5f, "SV-Nummer", sv, Txt.NORMAL.size(0.85f));
                    col.kv(0.5f, "Krankenkasse", ctx.pick("AOK", "TK", "BARMER", "DAK-Gesundheit", "IKK classic",
                            "BKK Mobil"), Txt.NORMAL.size(0.85f));
                    col.kv(0.5f, "Eintritt", ctx.date(ctx.today.minusDays(ctx.between(90, 3000))),
                            Txt.NORMAL.size(0.85f));
                });
        b.space(1.2f);
        b.title(title);

        // ---- body
        float[] w = {0.7f, 0.3f};
        Align[] a = {Align.LEFT, Align.RIGHT};
        Table.Look look = ctx.pick(Table.Look.RULES, Table.Look.GRID, Table.Look.PLAIN);
        String grossLabel = ctx.pick("Gesamtbrutto", "Gesamt-Brutto", "Summe Bruttobezüge", "Bruttoverdienst");
        String netLabel = ctx.pick("Nettobezüge", "Netto-Verdienst", "Nettoentgelt", "Nettolohn");
        String payLabel = ctx.pick("Auszahlungsbetrag", "Auszahlung", "Überweisungsbetrag", "Zahlbetrag");
        boolean euroInCells = ctx.chance(0.4);
        Table bez = new Table(w, a, look, 0.95f).header("Bezüge", euroInCells ? "Betrag" : "Betrag EUR");
        gross.forEach(i -> bez.row(i.label, money(ctx, i.cents, euroInCells)));
        bez.boldRow(grossLabel, money(ctx, grossSum, euroInCells));
        b.table(bez);
        b.space(0.8f);
        if (!deductions.isEmpty()) {
            Table abz = new Table(w, a, look, 0.95f).header(ctx.pick("Steuer- und SV-Abzüge", "Gesetzliche Abzüge",
                    "Abzüge"), euroInCells ? "Betrag" : "Betrag EUR");
            deductions.forEach(i -> abz.row(i.label, money(ctx, i.cents, euroInCells)));
            b.table(abz);
            b.space(0.8f);
        }
        b.kv(0.7f, netLabel, money(ctx, net, euroInCells), Txt.NORMAL.bold());
        afterNet.forEach(i -> b.kv(0.7f, i.label, money(ctx, i.cents, euroInCells), Txt.NORMAL));
        b.rule();
        b.kv(0.7f, payLabel, money(ctx, payout, euroInCells), Txt.NORMAL.bold().size(1.1f));
        b.space(1);
        b.small("Überweisung an " + ctx.clientBank + ", IBAN " + Ids.ibanGrouped(ctx.clientIban));
        if (ctx.chance(0.5)) {
            b.small("Urlaubsanspruch: " + ctx.between(20, 30) + " Tage, genommen: " + ctx.between(0, 12) + " Tage");
        }
        return d;
    }

    private static String money(GenContext ctx, long cents, boolean withCurrency) {
        return withCurrency ? ctx.amount(cents) : number(cents, true);
    }
}
