package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.data.GermanFormat.normAmount;

import java.time.LocalDate;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.GermanFormat;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Employment contract with numbered clauses: start, probation, job, hours, pay, holidays, notice. */
final class ArbeitsvertragTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.ARBEITSVERTRAG;
    }

    @Override
    public Draft build(GenContext ctx) {
        int kind = ctx.between(0, 2); // 0 full time monthly, 1 part time monthly, 2 hourly wage
        boolean minijob = kind == 1 && ctx.chance(0.4);
        Draft d = new Draft(type(), new String[] {"vollzeit", "teilzeit", "stundenlohn"}[kind]
                + (minijob ? "-minijob" : ""), Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Organisation employer = ctx.fake.company();
        Person employee = ctx.client;
        LocalDate start = ctx.today.plusDays(ctx.between(-20, 40)).withDayOfMonth(ctx.pick(1, 1, 1, 15));
        int tenthHours = switch (kind) {
            case 0 -> ctx.pick(380, 390, 400, 375, 385);
            case 1 -> minijob ? ctx.pick(80, 90, 100) : ctx.pick(195, 200, 250, 300, 150);
            default -> ctx.pick(200, 250, 300, 350, 390);
        };
        long monthly = minijob ? 55600 : kind == 0 ? ctx.cents(2200, 4300) : ctx.cents(900, 2200);
        long hourly = ctx.between(1282, 2100);
        String job = ctx.pick("Lagerhelfer/in", "Verkäufer/in", "Reinigungskraft", "Pflegehelfer/in",
                "Kommissionierer/in", "Fahrer/in", "Küchenhilfe", "Bürokraft", "Servicekraft", "Produktionshelfer/in");

        d.field("employerName", employer.name()).field("employeeName", employee.fullName())
                .field("startDate", start.toString()).field("weeklyHours", GermanFormat.normHours(tenthHours));
        if (kind == 2) {
            d.absent("grossAmount");
        } else {
            d.field("grossAmount", normAmount(monthly));
        }

        b.title(ctx.pick("Arbeitsvertrag", "Arbeitsvertrag", "Anstellungsvertrag", minijob
                ? "Arbeitsvertrag für geringfügig Beschäftigte" : kind == 1 ? "Teilzeitarbeitsvertrag"
                : "Arbeitsvertrag (unbefristet)"));
        b.line("Zwischen der Firma");
        b.text(employer.name() + ", " + employer.address().oneLine(), Txt.NORMAL.bold());
        b.text(ctx.pick("- nachfolgend \"Arbeitgeber\" -", "(Arbeitgeber)", "- im Folgenden Arbeitgeber genannt -"),
                Txt.NORMAL.after(0.5f));
        b.line("und");
        b.text((employee.female() ? "Frau " : "Herrn ") + employee.fullName() + ", geb. am "
                + ctx.birthDate(employee.dateOfBirth()) + ", " + employee.address().oneLine(), Txt.NORMAL.bold());
        b.text(ctx.pick("- nachfolgend \"Arbeitnehmer/in\" -", "(Arbeitnehmer)", "- im Folgenden Arbeitnehmer genannt -"),
                Txt.NORMAL.after(0.5f));
        b.para("wird folgender Arbeitsvertrag geschlossen:");

        int n = 1;
        b.heading("§ " + n++ + " Beginn des Arbeitsverhältnisses");
        b.para(ctx.pick("Das Arbeitsverhältnis beginnt am ", "Beginn des Arbeitsverhältnisses ist der ",
                "Der Arbeitnehmer wird ab dem ") + ctx.date(start)
                + ctx.pick(".", " (Eintrittsdatum).", " eingestellt.") + " Es wird auf unbestimmte Zeit geschlossen.");
        b.heading("§ " + n++ + " Probezeit");
        b.para("Die ersten " + ctx.pick("sechs", "drei", "sechs") + " Monate gelten als Probezeit. Während der "
                + "Probezeit kann das Arbeitsverhältnis mit einer Frist von zwei Wochen gekündigt werden.");
        b.heading("§ " + n++ + " Tätigkeit");
        b.para("Der Arbeitnehmer wird als " + job + " beschäftigt. Einsatzort ist " + employer.address().city()
                + ". Der Arbeitgeber kann ihm andere zumutbare Tätigkeiten zuweisen.");
        b.heading("§ " + n++ + " Arbeitszeit");
        b.para(ctx.pick("Die regelmäßige wöchentliche Arbeitszeit beträgt ", "Die wöchentliche Arbeitszeit beträgt ",
                "Die Arbeitszeit beträgt wöchentlich ") + GermanFormat.hours(tenthHours)
                + ctx.pick(" Stunden.", " Std.", " Stunden ohne Pausen.") + " Beginn und Ende der täglichen "
                + "Arbeitszeit richten sich nach dem Dienstplan.");
        b.heading("§ " + n++ + " Vergütung");
        if (kind == 2) {
            b.para("Der Arbeitnehmer erhält einen Stundenlohn von " + ctx.amount(hourly) + " brutto. Die Vergütung "
                    + "wird nach den tatsächlich geleisteten Stunden am Monatsende abgerechnet.");
        } else {
            b.para(ctx.pick("Der Arbeitnehmer erhält ein monatliches Bruttogehalt von ", "Die monatliche Vergütung "
                    + "beträgt brutto ", "Das Bruttomonatsentgelt beträgt ") + ctx.amount(monthly) + "."
                    + (minijob ? " Es handelt sich um eine geringfügige Beschäftigung (Minijob)." : "")
                    + " Die Zahlung erfolgt bargeldlos jeweils zum Monatsende.");
        }
        b.heading("§ " + n++ + " Urlaub");
        b.para("Der Arbeitnehmer hat Anspruch auf " + ctx.between(20, 30) + " Arbeitstage Erholungsurlaub im "
                + "Kalenderjahr" + (kind == 0 ? "" : ", bei Teilzeit anteilig") + ".");
        if (!ctx.compact) {
            b.heading("§ " + n++ + " Arbeitsverhinderung");
            b.para("Der Arbeitnehmer ist verpflichtet, dem Arbeitgeber jede Arbeitsverhinderung und ihre "
                    + "voraussichtliche Dauer unverzüglich mitzuteilen. Bei Krankheit ist spätestens am vierten "
                    + "Kalendertag eine ärztliche Bescheinigung vorzulegen.");
            b.heading("§ " + n++ + " Kündigung");
            b.para("Nach Ablauf der Probezeit gelten die gesetzlichen Kündigungsfristen. Die Kündigung bedarf der "
                    + "Schriftform.");
            b.heading("§ " + n++ + " Schlussbestimmungen");
            b.para("Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform. Sollte eine Bestimmung "
                    + "unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.");
        }
        b.space(1);
        b.text(Letter.placeDate(ctx, employer.address().city(), ctx.date(start.minusDays(ctx.between(5, 30)))),
                Txt.NORMAL.keep());
        b.columns(new float[] {0.5f, 0.5f},
                col -> col.signature("Arbeitgeber", 150, ctx.seedForSignature(), Align.LEFT),
                col -> col.signature("Arbeitnehmer/in", 150, ctx.seedForSignature(), Align.LEFT));
        d.style = d.style.withPageNumbering(ctx.pick("Seite %d von %d", "- %d -"));
        return d;
    }
}
