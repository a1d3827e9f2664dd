package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;
import static de.kommune.intake.samples.data.GermanFormat.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.GermanFormat;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Table;
import de.kommune.intake.samples.layout.Txt;

/** Bank statement: header, account, period, old balance, bookings, new balance. */
final class KontoauszugTemplate implements DocumentTemplate {

    private record Booking(LocalDate date, String text, long cents) {
    }

    @Override
    public DocumentType type() {
        return DocumentType.KONTOAUSZUG;
    }

    @Override
    public Draft build(GenContext ctx) {
        int amountLook = ctx.between(0, 2);
        Draft d = new Draft(type(), "bank-" + amountLook, Style.random(ctx.rnd));
        DocBuilder b = d.body;
        String bank = ctx.clientBank;
        boolean invalid = ctx.chance(0.05);
        String iban = invalid ? Ids.corruptIban(ctx.rnd, ctx.clientIban) : ctx.clientIban;

        LocalDate to = ctx.today.withDayOfMonth(1).minusDays(1);
        LocalDate from = ctx.chance(0.75) ? to.withDayOfMonth(1) : to.minusDays(13);
        int number = ctx.between(1, 12);
        List<Booking> bookings = bookings(ctx, d, from, to);
        long opening = ctx.cents(-300, 1500);
        long closing = opening + bookings.stream().mapToLong(Booking::cents).sum();

        b.text(bank, Txt.NORMAL.bold().size(1.6f).color(d.style.accentRgb()));
        b.space(1);
        String title = ctx.pick("Kontoauszug", "Kontoauszug Nr. " + number + "/" + to.getYear(),
                "Auszug " + number + " / " + to.getYear(), "Girokonto - Kontoauszug", "Kontoauszug Girokonto");
        String period = ctx.pick("Zeitraum: ", "Kontoauszug vom ", "Buchungszeitraum ", "Auszugszeitraum: ")
                + ctx.date(from) + ctx.pick(" bis ", " - ") + ctx.date(to);
        String holder = ctx.client.fullName();
        b.columns(new float[] {0.55f, 0.45f},
                col -> Letter.recipient(ctx, ctx.client).forEach(col::line),
                col -> {
                    col.text(title, Txt.NORMAL.bold().size(1.2f));
                    col.text(period, Txt.NORMAL.size(0.9f));
                    col.text("Blatt 1", Txt.NORMAL.size(0.9f));
                });
        b.space(1.2f);
        String ibanPrinted = ctx.chance(0.8) ? Ids.ibanGrouped(iban) : iban;
        if (ctx.chance(0.5)) {
            b.kv(0.25f, "Kontoinhaber", holder, Txt.NORMAL);
            b.kv(0.25f, "IBAN", ibanPrinted, Txt.NORMAL);
            b.kv(0.25f, "BIC", ctx.fake.bic(bank), Txt.NORMAL);
            b.kv(0.25f, "Kontoart", ctx.pick("Girokonto", "Basiskonto", "Privatgirokonto", "Pfändungsschutzkonto"),
                    Txt.NORMAL);
        } else {
            b.text(ctx.pick("Girokonto", "Konto", "Privatkonto") + " " + ibanPrinted + "  BIC " + ctx.fake.bic(bank)
                    + "  " + holder, Txt.NORMAL.bold());
        }
        b.space(1);
        d.field("iban", iban).field("accountHolder", holder)
                .field("periodFrom", from.toString()).field("periodTo", to.toString())
                .field("closingBalance", normAmount(closing));
        if (invalid) {
            d.note("invalidIban", true);
        }

        String oldLabel = ctx.pick("Alter Kontostand", "alter Kontostand", "Kontostand am", "Saldo alt");
        String newLabel = ctx.pick("Neuer Kontostand", "neuer Kontostand", "Kontostand am", "Saldo neu");
        float[] w = amountLook == 2 ? new float[] {0.13f, 0.13f, 0.48f, 0.13f, 0.13f}
                : new float[] {0.14f, 0.14f, 0.52f, 0.2f};
        Align[] a = amountLook == 2 ? new Align[] {Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT}
                : new Align[] {Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT};
        Table t = new Table(w, a, ctx.pick(Table.Look.RULES, Table.Look.ZEBRA, Table.Look.PLAIN), 0.9f);
        t.header(amountLook == 2 ? new String[] {"Buchungstag", "Wert", "Vorgang", "Soll EUR", "Haben EUR"}
                : new String[] {"Buchung", "Wert", ctx.pick("Vorgang / Verwendungszweck", "Buchungstext", "Umsatz"),
                        amountLook == 0 ? "Betrag EUR" : "Betrag"});
        t.boldRow(cells(amountLook, "", "", oldLabel + " " + ctx.date(from.minusDays(1)), opening, true));
        for (Booking bk : bookings) {
            String day = String.format("%02d.%02d.", bk.date.getDayOfMonth(), bk.date.getMonthValue());
            t.row(cells(amountLook, day, day, bk.text, bk.cents, false));
        }
        t.boldRow(cells(amountLook, "", "", newLabel + " " + ctx.date(to), closing, true));
        b.table(t);
        b.space(1.5f);
        b.text(ctx.pick("Bitte prüfen Sie die Buchungen. Einwendungen gegen einzelne Buchungen sind unverzüglich zu "
                        + "erheben. Guthaben sind als Einlagen nach Maßgabe des Einlagensicherungsgesetzes entschädigungsfähig.",
                "Die abgerechneten Leistungen gelten als genehmigt, wenn Sie nicht innerhalb von sechs Wochen nach "
                        + "Zugang widersprechen. Dieser Auszug wurde maschinell erstellt."), Txt.NORMAL.size(0.75f));
        d.style = d.style.withPageNumbering("Seite %d von %d");
        return d;
    }

    private static String[] cells(int look, String day, String value, String text, long cents, boolean balance) {
        if (look == 2) {
            String soll = cents < 0 ? number(-cents, true) : "";
            String haben = cents >= 0 ? number(cents, true) : "";
            return new String[] {day, value, text, soll, haben};
        }
        String amount = look == 0
                ? (cents >= 0 && balance ? "+" : "") + number(cents, true)
                : number(Math.abs(cents), true) + (cents < 0 ? " S" : " H");
        return new String[] {day, value, text, amount};
    }

    private List<Booking> bookings(GenContext ctx, Draft d, LocalDate from, LocalDate to) {
        List<Booking> list = new ArrayList<>();
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        String city = ctx.client.address().city().replaceAll(" \\(.*\\)| am .*| im .*", "");
        String month = GermanFormat.MONTHS[to.getMonthValue() - 1] + " " + to.getYear();
        if (ctx.chance(0.8)) {
            boolean bgInText = ctx.chance(0.7);
            String ref = bgInText ? " " + Ids.bgPrinted(ctx.bgNumber, ctx.between(0, 2)) : "";
            if (bgInText) {
                d.field("bgNumber", ctx.bgNumber);
            }
            list.add(new Booking(from.plusDays(Math.min(days, 1)), "Gutschrift Jobcenter " + city + " Bürgergeld"
                    + ref + " " + month, ctx.cents(350, 1200)));
        }
        if (ctx.chance(0.4)) {
            list.add(new Booking(from.plusDays(ctx.between(0, days)), "Familienkasse Kindergeld "
                    + Ids.kindergeldNummer(ctx.rnd), 25500));
        }
        list.add(new Booking(from.plusDays(Math.min(days, 2)), "Dauerauftrag Miete " + month + " "
                + ctx.fake.surname() + " Hausverwaltung", -ctx.cents(380, 790)));
        list.add(new Booking(from.plusDays(ctx.between(0, days)), "Lastschrift Stadtwerke " + city
                + " Abschlag Strom", -ctx.cents(35, 110)));
        int shopping = ctx.compact ? ctx.between(2, 4) : ctx.between(5, 22);
        String[] shops = {"REWE Markt", "EDEKA", "ALDI SÜD", "ALDI Nord", "LIDL", "NETTO Marken-Discount", "Penny",
                "dm-drogerie markt", "Rossmann", "Kaufland", "Apotheke am Markt", "Bäckerei Schröer", "KiK Textil"};
        for (int i = 0; i < shopping; i++) {
            if (ctx.chance(0.2)) {
                list.add(new Booking(from.plusDays(ctx.between(0, days)), "Auszahlung Geldautomat "
                        + ctx.fake.bankName(city), -ctx.between(2, 20) * 1000L));
            } else {
                list.add(new Booking(from.plusDays(ctx.between(0, days)), ctx.pick("Kartenzahlung ", "girocard ",
                        "Lastschrift ") + ctx.pick(shops) + " " + city, -ctx.cents(3, 85)));
            }
        }
        if (ctx.chance(0.6)) {
            list.add(new Booking(from.plusDays(ctx.between(0, days)), "Lastschrift MobilNetz GmbH Rechnung "
                    + Ids.digits(ctx.rnd, 9), -ctx.cents(9, 40)));
        }
        list.sort(Comparator.comparing(Booking::date));
        return list;
    }
}
