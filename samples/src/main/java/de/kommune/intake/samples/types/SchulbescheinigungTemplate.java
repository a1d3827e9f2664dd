package de.kommune.intake.samples.types;

import java.time.LocalDate;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** School attendance certificate for a child of the client. */
final class SchulbescheinigungTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.SCHULBESCHEINIGUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        int variant = ctx.between(0, 2);
        Draft d = new Draft(type(), "school-" + variant, Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Person parent = ctx.client;
        Person pupil = ctx.fake.child(parent, ctx.today, 7, 19);
        String city = parent.address().city().replaceAll(" \\(.*\\)| am .*| im .*", "");
        int age = ctx.today.getYear() - pupil.dateOfBirth().getYear();
        String school;
        String grade;
        if (age <= 10) {
            school = ctx.pick("Grundschule Am Lindenhof", "Gemeinschaftsgrundschule " + ctx.fake.surname() + "straße",
                    "Städtische Grundschule " + city + "-Nord", "Astrid-Lindgren-Grundschule");
            grade = Math.max(1, age - 6) + ctx.pick("a", "b", "c");
        } else if (age <= 16) {
            school = ctx.pick("Heinrich-Böll-Gesamtschule", "Städtisches Gymnasium an der Weißenburgstraße",
                    "Realschule " + city + "-Süd", "Sophie-Scholl-Gesamtschule " + city, "Oberschule am Stadtpark");
            grade = (age - 6) + ctx.pick("a", "b", "c", "d");
        } else {
            school = ctx.pick("Berufskolleg für Technik " + city, "Berufsbildende Schulen " + city + " II",
                    "Walther-Rathenau-Berufskolleg", "Gymnasium Schloß " + ctx.fake.surname());
            grade = ctx.pick("11", "12", "EF", "Q1", "BFS 1");
        }
        int startYear = ctx.today.getMonthValue() >= 8 ? ctx.today.getYear() : ctx.today.getYear() - 1;
        String schoolYear = ctx.chance(0.6) ? startYear + "/" + (startYear + 1)
                : startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        LocalDate date = ctx.today.minusDays(ctx.between(1, 15));
        Organisation org = ctx.fake.organisation(school, null, new String[] {parent.address().plz(),
                parent.address().city()});
        d.field("pupilName", pupil.fullName()).field("schoolName", school).field("schoolYear", schoolYear)
                .field("documentDate", date.toString());

        Letter.letterhead(d, ctx, org, ctx.pick(null, "Schule der Sekundarstufe I und II", "Europaschule",
                "Offene Ganztagsschule"));
        if (variant == 2) {
            Letter.addressBlock(d, org.senderLine(), Letter.recipient(ctx, parent),
                    List.<String[]>of(new String[] {"Datum", ctx.date(date)}));
        } else {
            b.text(Letter.placeDate(ctx, city, ctx.date(date)), Txt.NORMAL.right().after(2f));
        }
        b.title(ctx.pick("Schulbescheinigung", "Schulbescheinigung", "Bescheinigung über den Schulbesuch",
                "Schulbesuchsbescheinigung"));
        b.space(1);
        String dob = ctx.birthDate(pupil.dateOfBirth());
        switch (variant) {
            case 0 -> {
                b.para("Hiermit wird bescheinigt, dass");
                b.text(pupil.fullName() + ", geboren am " + dob + ",", Txt.NORMAL.bold().center().after(0.6f));
                b.para("wohnhaft " + parent.address().oneLine() + ", im Schuljahr " + schoolYear + " die Klasse "
                        + grade + " unserer Schule besucht.");
            }
            case 1 -> {
                if (ctx.chance(0.5)) {
                    b.kv(0.35f, "Name", pupil.surname(), Txt.NORMAL.bold());
                    b.kv(0.35f, "Vorname", pupil.givenNames(), Txt.NORMAL.bold());
                } else {
                    b.kv(0.35f, "Schüler/in", pupil.fullName(), Txt.NORMAL.bold());
                }
                b.kv(0.35f, "Geburtsdatum", dob, Txt.NORMAL);
                b.kv(0.35f, "Schuljahr", schoolYear, Txt.NORMAL);
                b.kv(0.35f, "Klasse / Jahrgangsstufe", grade, Txt.NORMAL);
                b.kv(0.35f, "Schulform", ctx.pick("Vollzeit", "Ganztag", "Halbtag"), Txt.NORMAL);
                b.space(0.8f);
                b.para("Die Schülerin / der Schüler besucht die Schule voraussichtlich bis zum Ende des Schuljahres.");
            }
            default -> {
                boolean yearShown = ctx.chance(0.7);
                if (!yearShown) {
                    d.absent("schoolYear");
                }
                b.para(parent.formalAddress());
                b.para("wir bestätigen Ihnen, dass Ihr Kind " + pupil.fullName() + " (geb. " + dob
                        + ") seit dem " + ctx.date(LocalDate.of(startYear, 8, ctx.between(1, 20)))
                        + " Schülerin bzw. Schüler unserer Schule ist und "
                        + (yearShown ? "im Schuljahr " + schoolYear + " " : "derzeit ")
                        + "die Jahrgangsstufe " + grade + " besucht.");
            }
        }
        b.para(ctx.pick("Diese Bescheinigung wird zur Vorlage beim Jobcenter ausgestellt.",
                "Die Bescheinigung dient zur Vorlage bei Behörden.", "Die Bescheinigung gilt für das laufende Schuljahr."));
        b.space(1.5f);
        b.columns(new float[] {0.5f, 0.5f},
                col -> col.text("(Siegel)", Txt.NORMAL.size(0.8f).color(0x555555)),
                col -> col.signature(ctx.pick("Schulleitung", "Sekretariat", "Klassenleitung"), 150,
                        ctx.seedForSignature(), Align.LEFT));
        return d;
    }
}
