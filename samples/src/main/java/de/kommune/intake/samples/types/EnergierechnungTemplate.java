package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;
import static de.kommune.intake.samples.data.GermanFormat.number;

import java.time.LocalDate;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Table;
import de.kommune.intake.samples.layout.Txt;

/** Electricity or gas annual bill: meter readings, consumption, prices, instalments, new instalment. */
final class EnergierechnungTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.ENERGIERECHNUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        boolean gas = ctx.chance(0.35);
        boolean finalBill = ctx.chance(0.2);
        Draft d = new Draft(type(), (gas ? "gas" : "strom") + (finalBill ? "-schluss" : "-jahr"), Style.random(ctx.rnd));
        DocBuilder b = d.body;
        String city = ctx.client.address().city().replaceAll(" \\(.*\\)| am .*| im .*", "");
        String supplier = ctx.pick("Stadtwerke " + city + " GmbH", "Stadtwerke " + city + " AG",
                ctx.pick("Grünwatt Energie GmbH", "EnergieDirekt Süd GmbH", "Nordlicht Strom & Gas GmbH",
                        "Ökostrom Rheinland eG", "Weserenergie AG", "Mitteldeutsche Energieversorgung AG"));
        Organisation org = ctx.fake.organisation(supplier, null, new String[] {ctx.client.address().plz(),
                ctx.client.address().city()});
        String supplierCustomer = ctx.pick("", "K", "KD-") + Ids.digits(ctx.rnd, ctx.between(8, 10));
        LocalDate invoiceDate = ctx.today.minusDays(ctx.between(3, 15));
        LocalDate to = invoiceDate.minusDays(ctx.between(5, 25));
        LocalDate from = finalBill ? to.minusDays(ctx.between(60, 300)) : to.minusYears(1).plusDays(1);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        int kwh = gas ? ctx.between(4000, 14000) : ctx.between(900, 3800);
        kwh = (int) (kwh * days / 365);
        long workPriceMilliCent = gas ? ctx.between(9000, 13500) : ctx.between(28000, 39000);
        long basePerMonth = gas ? ctx.between(900, 1800) : ctx.between(900, 1600);
        long workNet = Math.round(kwh * workPriceMilliCent / 1000.0 / 1.19);
        long baseNet = Math.round(basePerMonth * days / 30.42 / 1.19);
        long net = workNet + baseNet;
        long vat = Math.round(net * 0.19);
        long gross = net + vat;
        int months = (int) Math.max(1, Math.round(days / 30.42));
        long installment = Math.round(gross / (double) months / 100.0 + ctx.between(-8, 8)) * 100;
        long paid = installment * months;
        long balance = gross - paid;
        long newInstallment = Math.round(gross / (double) months / 100.0 + 2) * 100;

        d.field("supplierName", supplier).field("supplierCustomerNumber", supplierCustomer)
                .field("invoiceDate", invoiceDate.toString()).field("periodFrom", from.toString())
                .field("periodTo", to.toString()).field("totalAmount", normAmount(gross));
        if (finalBill) {
            d.absent("monthlyInstallment");
        } else {
            d.field("monthlyInstallment", normAmount(newInstallment));
        }

        Letter.letterhead(d, ctx, org, ctx.pick(null, "Energie für die Region", "Strom · Gas · Wärme"));
        Letter.addressBlock(d, org.senderLine(), Letter.recipient(ctx, ctx.client), List.of(
                new String[] {ctx.pick("Kundennummer", "Kunden-Nr.", "Ihre Kundennummer"), supplierCustomer},
                new String[] {"Vertragskonto", Ids.digits(ctx.rnd, 12)},
                new String[] {ctx.pick("Rechnungsnummer", "Rechnungs-Nr."), Ids.digits(ctx.rnd, 10)},
                new String[] {ctx.pick("Rechnungsdatum", "Datum"), ctx.date(invoiceDate)}));
        String what = gas ? "Erdgas" : "Strom";
        b.title(finalBill ? "Schlussrechnung " + what : ctx.pick("Jahresabrechnung " + what, (gas ? "Gasrechnung"
                : "Stromrechnung") + " " + to.getYear(), "Ihre " + what + "-Jahresrechnung"));
        b.text("Abrechnungszeitraum " + ctx.date(from) + " - " + ctx.date(to), Txt.NORMAL.bold().after(0.5f));
        b.kv(0.3f, "Verbrauchsstelle", ctx.client.address().oneLine(), Txt.NORMAL);
        b.kv(0.3f, ctx.pick("Zählernummer", "Zähler-Nr."), ctx.pick("1ESY", "1EMH", "7GMT") + Ids.digits(ctx.rnd, 10),
                Txt.NORMAL);
        b.kv(0.3f, "Marktlokation", Ids.maloId(ctx.rnd), Txt.NORMAL);
        if (finalBill) {
            b.kv(0.3f, "Grund", "Auszug / Vertragsende zum " + ctx.date(to), Txt.NORMAL);
        }
        b.space(0.8f);
        int oldReading = ctx.between(1000, 60000);
        Table m = new Table(new float[] {0.25f, 0.25f, 0.25f, 0.25f},
                new Align[] {Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT}, Table.Look.RULES, 0.9f);
        if (gas) {
            int m3 = (int) Math.round(kwh / 10.3);
            m.header("Ablesedatum", "Zählerstand m³", "Verbrauch m³", "Verbrauch kWh");
            m.row(ctx.date(from), Integer.toString(oldReading), "", "");
            m.row(ctx.date(to), Integer.toString(oldReading + m3), Integer.toString(m3), number(kwh * 100L, true)
                    .replace(",00", ""));
        } else {
            m.header("Ablesedatum", "Zählerstand", "Ablesung", "Verbrauch kWh");
            m.row(ctx.date(from), Integer.toString(oldReading), ctx.pick("Kunde", "Netzbetreiber"), "");
            m.row(ctx.date(to), Integer.toString(oldReading + kwh), ctx.pick("Kunde", "Netzbetreiber", "geschätzt"),
                    Integer.toString(kwh));
        }
        b.table(m);
        b.space(0.8f);
        Table t = new Table(new float[] {0.6f, 0.4f}, new Align[] {Align.LEFT, Align.RIGHT},
                ctx.pick(Table.Look.PLAIN, Table.Look.RULES), 0.95f);
        t.row("Arbeitspreis " + kwh + " kWh x " + number(Math.round(workPriceMilliCent / 1.19 / 10), false)
                + " ct/kWh", number(workNet, true) + " €");
        t.row("Grundpreis " + days + " Tage", number(baseNet, true) + " €");
        t.row("Nettobetrag", number(net, true) + " €");
        t.row("Umsatzsteuer 19 %", number(vat, true) + " €");
        t.boldRow(ctx.pick("Gesamtbetrag (brutto)", "Rechnungsbetrag brutto", "Gesamtbetrag"), ctx.amount(gross));
        t.row(ctx.pick("abzüglich geleistete Abschläge", "bereits gezahlte Abschläge") + " (" + months + " x "
                + number(installment, true) + ")", "-" + number(paid, true) + " €");
        t.boldRow(balance >= 0 ? ctx.pick("Nachzahlung", "Zu zahlender Betrag") : ctx.pick("Guthaben",
                "Ihr Guthaben"), ctx.amount(Math.abs(balance)));
        b.table(t);
        b.space(0.8f);
        if (balance >= 0) {
            b.para("Den Betrag buchen wir zum " + ctx.date(invoiceDate.plusDays(14)) + " von Ihrem Konto ab, sofern "
                    + "uns ein SEPA-Lastschriftmandat vorliegt. Andernfalls überweisen Sie ihn bitte bis zu diesem Tag.");
        } else {
            b.para("Das Guthaben erstatten wir in den nächsten Tagen auf Ihr Konto.");
        }
        if (!finalBill) {
            b.text(ctx.pick("Ihr neuer monatlicher Abschlag ab ", "Neuer Abschlag ab ", "Ab ")
                    + ctx.date(invoiceDate.plusMonths(1).withDayOfMonth(15)) + ": " + ctx.amount(newInstallment)
                    + ctx.pick("", " monatlich", " pro Monat"), Txt.NORMAL.bold().after(0.6f));
        }
        b.small("Energieträgermix und Umweltauswirkungen finden Sie auf der Rückseite. Bei Fragen erreichen Sie uns "
                + "unter " + org.phone() + ".");
        d.style = d.style.withFooter(Letter.companyFooter(ctx, org, Ids.randomGermanIban(ctx.rnd, ctx.fake.blz()),
                ctx.fake.bankName(city))).withPageNumbering("Seite %d/%d");
        return d;
    }
}
