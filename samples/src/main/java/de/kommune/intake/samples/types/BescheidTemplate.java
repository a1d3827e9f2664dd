package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Benefit decision of another authority: Kindergeld, Rente, Wohngeld, ALG I, Unterhaltsvorschuss, Elterngeld. */
final class BescheidTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.BESCHEID;
    }

    @Override
    public Draft build(GenContext ctx) {
        String benefit = ctx.pick("KINDERGELD", "RENTE", "WOHNGELD", "ALG1", "UNTERHALTSVORSCHUSS", "SONSTIGE");
        Draft d = new Draft(type(), benefit.toLowerCase(), Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Person p = ctx.client;
        String city = p.address().city().replaceAll(" \\(.*\\)| am .*| im .*", "");
        String[] cityArr = {p.address().plz(), p.address().city()};
        LocalDate date = ctx.today.minusDays(ctx.between(2, 12));
        LocalDate from = date.plusMonths(ctx.between(-2, 1)).withDayOfMonth(1);
        LocalDate to = null;
        long amount;
        String issuer;
        String dept = null;
        String reference;
        String title;
        String decision;
        switch (benefit) {
            case "KINDERGELD" -> {
                issuer = "Familienkasse " + ctx.pick("Nordrhein-Westfalen Nord", "Sachsen", "Bayern Süd",
                        "Niedersachsen-Bremen", "Baden-Württemberg West", "Berlin-Brandenburg", "Hessen");
                reference = "Kindergeldnummer " + Ids.kindergeldNummer(ctx.rnd);
                Person child = ctx.fake.child(p, ctx.today, 0, 16);
                to = YearMonth.from(child.dateOfBirth().plusYears(18)).atEndOfMonth();
                int kids = ctx.between(1, 3);
                amount = 25500L * kids;
                title = ctx.pick("Bescheid über Kindergeld", "Festsetzung von Kindergeld", "Kindergeldbescheid");
                decision = "für Ihr Kind " + child.fullName() + ", geboren am " + ctx.birthDate(child.dateOfBirth())
                        + (kids == 2 ? ", und ein weiteres Kind" : kids == 3 ? ", und zwei weitere Kinder" : "") + ", wird Kindergeld für den "
                        + "Zeitraum vom " + ctx.date(from) + " bis " + ctx.date(to) + " festgesetzt. Das Kindergeld "
                        + "beträgt insgesamt monatlich " + ctx.amount(amount) + ".";
            }
            case "RENTE" -> {
                issuer = "Deutsche Rentenversicherung " + ctx.pick("Bund", "Westfalen", "Rheinland", "Nord",
                        "Mitteldeutschland", "Knappschaft-Bahn-See", "Baden-Württemberg");
                reference = "Versicherungsnummer " + Ids.svNumber(ctx.rnd, p.dateOfBirth(), p.surname(), p.female());
                boolean limited = ctx.chance(0.6);
                to = limited ? from.plusYears(ctx.between(1, 3)).minusDays(1) : null;
                long gross = ctx.cents(450, 1600);
                amount = Math.round(gross * (1 - 0.0875 - 0.036));
                title = ctx.pick("Rentenbescheid", "Bescheid über Rente wegen " + (limited ? "voller Erwerbsminderung"
                        : "Alters"), "Rentenbescheid - Rente wegen teilweiser Erwerbsminderung");
                decision = "auf Ihren Antrag erhalten Sie Rente. Die Rente beginnt am " + ctx.date(from)
                        + (limited ? " und ist befristet bis zum " + ctx.date(to) : " und wird unbefristet geleistet")
                        + ". Die monatliche Rente beträgt " + ctx.amount(gross) + ". Nach Abzug der Beiträge zur "
                        + "Kranken- und Pflegeversicherung ergibt sich ein monatlicher Zahlbetrag von "
                        + ctx.amount(amount) + ".";
            }
            case "WOHNGELD" -> {
                issuer = "Stadt " + city;
                dept = ctx.pick("Wohngeldstelle", "Amt für Wohnen - Wohngeldbehörde", "Fachbereich Soziales - Wohngeld");
                reference = "Aktenzeichen WG-" + Ids.digits(ctx.rnd, 6);
                to = from.plusMonths(ctx.pick(6, 12, 12, 18)).minusDays(1);
                amount = ctx.between(40, 420) * 100L;
                title = ctx.pick("Bescheid über Wohngeld (Mietzuschuss)", "Wohngeldbescheid", "Bewilligung von Wohngeld");
                decision = "auf Ihren Antrag wird Ihnen für den Bewilligungszeitraum vom " + ctx.date(from) + " bis "
                        + ctx.date(to) + " Wohngeld in Höhe von monatlich " + ctx.amount(amount) + " bewilligt. "
                        + "Bei der Berechnung wurden " + ctx.between(1, 5) + " Haushaltsmitglieder berücksichtigt.";
            }
            case "ALG1" -> {
                issuer = "Agentur für Arbeit " + city;
                reference = "Kundennummer " + Ids.kundennummer(ctx.rnd);
                to = from.plusDays(ctx.pick(180, 360, 360, 450) - 1);
                amount = ctx.cents(25, 85);
                long bemessung = Math.round(amount / 0.6 * 1.25);
                title = ctx.pick("Bewilligung von Arbeitslosengeld", "Bescheid über Arbeitslosengeld",
                        "Arbeitslosengeld - Bewilligungsbescheid");
                decision = "Ihnen wird Arbeitslosengeld für die Zeit vom " + ctx.date(from) + " bis " + ctx.date(to)
                        + " bewilligt. Das tägliche Bemessungsentgelt beträgt " + ctx.amount(bemessung)
                        + ". Der tägliche Leistungsbetrag beträgt " + ctx.amount(amount) + ". Die Zahlung erfolgt "
                        + "monatlich nachträglich.";
            }
            case "UNTERHALTSVORSCHUSS" -> {
                issuer = ctx.pick("Stadt ", "Landkreis ") + city;
                dept = ctx.pick("Jugendamt - Unterhaltsvorschusskasse", "Unterhaltsvorschusskasse",
                        "Fachdienst Jugend - Unterhaltsvorschuss");
                reference = "Aktenzeichen UV " + Ids.digits(ctx.rnd, 5) + "/" + (date.getYear() % 100);
                Person child = ctx.fake.child(p, ctx.today, 1, 16);
                int age = date.getYear() - child.dateOfBirth().getYear();
                amount = age < 6 ? 22700 : age < 12 ? 29900 : 39400;
                boolean limited = ctx.chance(0.6);
                to = limited ? from.plusMonths(12).minusDays(1) : null;
                title = ctx.pick("Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)",
                        "Bewilligung von Unterhaltsvorschuss", "Unterhaltsvorschussbescheid");
                decision = "für Ihr Kind " + child.fullName() + ", geb. " + ctx.birthDate(child.dateOfBirth())
                        + ", wird Unterhaltsvorschuss ab " + ctx.date(from)
                        + (limited ? " bis " + ctx.date(to) : " bis auf Weiteres") + " in Höhe von monatlich "
                        + ctx.amount(amount) + " bewilligt.";
            }
            default -> {
                issuer = ctx.pick("Landkreis ", "Stadt ") + city;
                dept = "Elterngeldstelle";
                reference = "Aktenzeichen EG-" + Ids.digits(ctx.rnd, 7);
                to = from.plusMonths(ctx.pick(12, 14)).minusDays(1);
                amount = ctx.cents(300, 1800);
                title = ctx.pick("Bescheid über Elterngeld", "Elterngeldbescheid");
                decision = "Ihnen wird für Ihr Kind Basiselterngeld für die Zeit vom " + ctx.date(from) + " bis "
                        + ctx.date(to) + " in Höhe von monatlich " + ctx.amount(amount) + " bewilligt.";
            }
        }
        d.field("issuer", issuer).field("benefitType", benefit).field("documentDate", date.toString())
                .field("amount", normAmount(amount)).field("periodFrom", from.toString());
        if (to == null) {
            d.absent("periodTo");
        } else {
            d.field("periodTo", to.toString());
        }

        Organisation org = ctx.fake.organisation(issuer, dept, cityArr);
        Letter.letterhead(d, ctx, org, dept);
        Letter.addressBlock(d, issuer + (dept != null ? ", " + dept : "") + " · " + org.address().cityLine(),
                Letter.recipient(ctx, p), List.of(
                        new String[] {"", reference},
                        new String[] {ctx.pick("Datum", "Datum:", "Ort/Datum"), ctx.date(date)},
                        new String[] {"Telefon", org.phone()}));
        b.text(title, Txt.NORMAL.bold().size(1.15f).after(1f));
        b.para(p.formalAddress());
        b.para(decision);
        if (!ctx.compact) {
            b.heading("Begründung");
            b.para("Die Entscheidung beruht auf den von Ihnen gemachten Angaben und den vorgelegten Nachweisen. "
                    + "Die Berechnung ist in der Anlage dargestellt. Bitte teilen Sie uns jede Änderung Ihrer "
                    + "Verhältnisse, die für die Leistung erheblich ist, unverzüglich mit.");
        }
        b.box(ctx.pick("Rechtsbehelfsbelehrung", "Rechtsbehelfsbelehrung:", "Rechtsbehelfsbelehrung"), box ->
                box.text("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben "
                        + "werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei " + issuer
                        + " einzulegen.", Txt.NORMAL.size(0.9f)));
        b.space(0.5f);
        Letter.closing(d, ctx, ctx.fake.givenNames(ctx.rnd.nextBoolean()) + " " + ctx.fake.surname(), null);
        if (ctx.chance(0.5)) {
            d.style = d.style.withFooter(List.of(issuer + " · " + org.address().oneLine() + " · " + org.web(),
                    "Öffnungszeiten: Mo-Fr 8:00-12:00 Uhr, Do 14:00-17:00 Uhr"));
        }
        return d;
    }
}
