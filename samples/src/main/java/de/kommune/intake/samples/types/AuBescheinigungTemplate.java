package de.kommune.intake.samples.types;

import java.time.LocalDate;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Address;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.FontSpec.Family;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Certificate of incapacity for work: the patient copy of the standard form, or a doctor's letter. */
final class AuBescheinigungTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.AU_BESCHEINIGUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        boolean form = ctx.chance(0.6);
        Draft d = new Draft(type(), form ? "form" : "letter", Style.random(ctx.rnd));
        Person p = ctx.client;
        LocalDate from = ctx.today.minusDays(ctx.between(1, 10));
        LocalDate until = from.plusDays(ctx.between(2, 20));
        boolean first = ctx.chance(0.7);
        String doctor = "Dr. med. " + ctx.fake.givenNames(ctx.rnd.nextBoolean()) + " " + ctx.fake.surname();
        String speciality = ctx.pick("Fachärztin/Facharzt für Allgemeinmedizin", "Innere Medizin - Hausärztliche "
                + "Versorgung", "Facharzt für Orthopädie", "Praktische Ärztin", "Fachärztin für Innere Medizin");
        Address practice = ctx.fake.address(p.address().plz(), p.address().city());
        d.field("personName", p.fullName()).field("dateOfBirth", p.dateOfBirth().toString())
                .field("incapacityFrom", from.toString()).field("incapacityUntil", until.toString());
        if (form) {
            buildForm(ctx, d, p, from, until, first, doctor, practice);
        } else {
            buildLetter(ctx, d, p, from, until, first, doctor, speciality, practice);
        }
        return d;
    }

    private void buildForm(GenContext ctx, Draft d, Person p, LocalDate from, LocalDate until, boolean first,
                           String doctor, Address practice) {
        d.style = d.style.withFamily(Family.SANS);
        DocBuilder b = d.body;
        String kasse = ctx.pick("AOK " + ctx.pick("Nordwest", "Plus", "Rheinland/Hamburg", "Bayern"), "Techniker Krankenkasse",
                "BARMER", "DAK-Gesundheit", "IKK classic", "KKH Kaufmännische Krankenkasse", "BKK firmus");
        b.text("Arbeitsunfähigkeitsbescheinigung", Txt.NORMAL.bold().size(1.5f));
        b.text(ctx.pick("Ausfertigung für Versicherte", "Ausfertigung zur Vorlage beim Arbeitgeber",
                "Ausdruck für den Versicherten"), Txt.NORMAL.size(0.9f).after(0.6f));
        b.box(null, 0.8f, -1, box -> {
            box.kv(0.42f, "Krankenkasse bzw. Kostenträger", kasse, Txt.NORMAL);
            if (ctx.chance(0.3)) {
                box.kv(0.42f, "Name, Vorname des Versicherten", p.reversedName(), Txt.NORMAL.bold());
            } else {
                box.kv(0.42f, "Name", p.surname(), Txt.NORMAL.bold());
                box.kv(0.42f, "Vorname", p.givenNames(), Txt.NORMAL.bold());
            }
            box.kv(0.42f, "geb. am", ctx.birthDate(p.dateOfBirth()), Txt.NORMAL);
            box.kv(0.42f, "Anschrift", p.address().oneLine(), Txt.NORMAL);
            box.kv(0.42f, "Kostenträgerkennung", "10" + Ids.digits(ctx.rnd, 7), Txt.NORMAL);
            box.kv(0.42f, "Versicherten-Nr.", Ids.kvNumber(ctx.rnd), Txt.NORMAL);
            box.kv(0.42f, "Status", ctx.pick("1000000", "5000000", "3000000"), Txt.NORMAL);
            box.kv(0.42f, "Betriebsstätten-Nr.", Ids.digits(ctx.rnd, 9), Txt.NORMAL);
            box.kv(0.42f, "Arzt-Nr.", Ids.digits(ctx.rnd, 9), Txt.NORMAL);
            box.kv(0.42f, "Datum", ctx.date(from), Txt.NORMAL);
        });
        b.space(0.8f);
        b.check(first, "Erstbescheinigung");
        b.check(!first, "Folgebescheinigung");
        b.check(false, "Arbeitsunfall, Arbeitsunfallfolgen, Berufskrankheit");
        b.check(false, "dem Durchgangsarzt zugewiesen");
        b.space(0.8f);
        b.kv(0.55f, ctx.pick("arbeitsunfähig seit", "Arbeitsunfähig seit"), ctx.date(from), Txt.NORMAL.bold());
        b.kv(0.55f, ctx.pick("voraussichtlich arbeitsunfähig bis einschließlich oder letzter Tag der "
                + "Arbeitsunfähigkeit", "voraussichtlich arbeitsunfähig bis"), ctx.date(until), Txt.NORMAL.bold());
        b.kv(0.55f, "festgestellt am", ctx.date(from.plusDays(ctx.chance(0.8) ? 0 : 1)), Txt.NORMAL);
        b.space(0.8f);
        b.check(ctx.chance(0.2), "sonstiger Unfall, Unfallfolgen");
        b.check(false, "Versorgungsleiden (BVG)");
        b.space(1.2f);
        b.box(null, 0.6f, -1, box -> {
            box.text("Vertragsarztstempel / Unterschrift des Arztes", Txt.NORMAL.size(0.75f));
            box.text("Praxis " + doctor, Txt.NORMAL.bold().family(Family.MONO));
            box.text(practice.oneLine(), Txt.NORMAL.family(Family.MONO));
            box.signature(null, 140, ctx.seedForSignature(), Align.RIGHT);
        });
        b.space(0.8f);
        b.small("Die Arbeitsunfähigkeitsdaten wurden elektronisch an die Krankenkasse übermittelt. "
                + "Diese Ausfertigung ist für Ihre Unterlagen bestimmt.");
    }

    private void buildLetter(GenContext ctx, Draft d, Person p, LocalDate from, LocalDate until, boolean first,
                             String doctor, String speciality, Address practice) {
        DocBuilder b = d.body;
        b.text("Praxis " + doctor, Txt.NORMAL.bold().size(1.3f));
        b.text(speciality, Txt.NORMAL);
        b.text(practice.oneLine() + " · Tel. " + ctx.fake.phone(practice.city()), Txt.NORMAL.size(0.8f));
        b.rule();
        b.space(1.5f);
        b.text(Letter.placeDate(ctx, practice.city(), ctx.date(from)), Txt.NORMAL.right().after(1.5f));
        b.title(ctx.pick("Ärztliche Bescheinigung über Arbeitsunfähigkeit", "Arbeitsunfähigkeitsbescheinigung",
                "Bescheinigung der Arbeitsunfähigkeit"));
        b.space(0.5f);
        boolean withBirthDate = ctx.chance(0.7);
        if (!withBirthDate) {
            d.absent("dateOfBirth");
        }
        String who = (p.female() ? "Frau " : "Herr ") + p.fullName()
                + (withBirthDate ? ", geboren am " + ctx.birthDate(p.dateOfBirth()) : "")
                + ", wohnhaft " + p.address().oneLine() + ",";
        b.para(who);
        b.para(ctx.pick("ist nach meiner heutigen Untersuchung seit dem " + ctx.date(from)
                        + " arbeitsunfähig erkrankt. Die Arbeitsunfähigkeit besteht voraussichtlich bis einschließlich "
                        + ctx.date(until) + ".",
                "ist vom " + ctx.date(from) + " bis voraussichtlich " + ctx.date(until) + " arbeitsunfähig.",
                "war bzw. ist in der Zeit vom " + ctx.date(from) + " bis " + ctx.date(until)
                        + " aus gesundheitlichen Gründen nicht arbeitsfähig."));
        b.para(first ? "Es handelt sich um eine Erstbescheinigung." : "Es handelt sich um eine Folgebescheinigung.");
        b.para(ctx.pick("Diese Bescheinigung wird auf Wunsch des Patienten zur Vorlage beim Jobcenter ausgestellt.",
                "Die Bescheinigung dient zur Vorlage bei Arbeitgeber bzw. Leistungsträger.",
                "Eine Teilnahme an Terminen und Maßnahmen ist in diesem Zeitraum nicht möglich."));
        b.space(1.5f);
        b.signature(doctor + "\n" + speciality, 170, ctx.seedForSignature(), Align.LEFT);
    }
}
