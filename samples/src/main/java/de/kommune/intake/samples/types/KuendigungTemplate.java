package de.kommune.intake.samples.types;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/** Termination letter: employer to employee, landlord to tenant, or the client terminating a flat. */
final class KuendigungTemplate implements DocumentTemplate {

    @Override
    public DocumentType type() {
        return DocumentType.KUENDIGUNG;
    }

    @Override
    public Draft build(GenContext ctx) {
        int kind = ctx.between(0, 2);
        Draft d = new Draft(type(), new String[] {"arbeitgeber", "vermieter", "mieter"}[kind], Style.random(ctx.rnd));
        DocBuilder b = d.body;
        Person client = ctx.client;
        LocalDate date = ctx.today.minusDays(ctx.between(1, 10));
        LocalDate end = YearMonth.from(date).plusMonths(kind == 0 ? ctx.between(1, 3) : 3).atEndOfMonth();
        if (kind == 0 && ctx.chance(0.3)) {
            end = date.plusDays(14);
        }
        String sender;
        String recipient;
        if (kind == 2) {
            Organisation landlord = ctx.fake.organisation(ctx.pick("Hausverwaltung ", "Wohnbau ")
                    + ctx.fake.surname() + ctx.pick(" GmbH", " eG", " KG"), null, ctx.fake.city());
            sender = client.fullName();
            recipient = landlord.name();
            b.text(client.fullName(), Txt.NORMAL);
            b.text(client.address().streetLine(), Txt.NORMAL);
            b.text(client.address().cityLine(), Txt.NORMAL.after(2f));
            Letter.recipient(landlord.name(), landlord.address()).forEach(b::line);
            b.space(2);
            b.text(Letter.placeDate(ctx, client.address().city(), ctx.date(date)), Txt.NORMAL.right().after(1.5f));
            b.text(ctx.pick("Kündigung meiner Wohnung ", "Kündigung des Mietvertrages für die Wohnung ")
                    + client.address().oneLine(), Txt.NORMAL.bold().after(1f));
            b.para("Sehr geehrte Damen und Herren,");
            b.para("hiermit kündige ich das Mietverhältnis über die oben genannte Wohnung fristgerecht zum "
                    + ctx.date(end) + ".");
            b.para("Bitte bestätigen Sie mir den Eingang dieser Kündigung und das Ende des Mietverhältnisses "
                    + "schriftlich. Für die Wohnungsübergabe schlage ich einen Termin in der letzten Woche vor "
                    + "dem Auszug vor.");
            b.para("Die Kaution überweisen Sie bitte nach Abrechnung auf mein Konto.");
            b.line("Mit freundlichen Grüßen");
            b.signature(client.fullName(), 150, ctx.seedForSignature(), Align.LEFT);
        } else {
            Organisation org = kind == 0 ? ctx.fake.company() : ctx.fake.organisation(ctx.pick(
                    "Wohnungsgesellschaft ", "Hausverwaltung ") + ctx.fake.surname() + " GmbH", null, ctx.fake.city());
            sender = org.name();
            recipient = client.fullName();
            Letter.letterhead(d, ctx, org, null);
            Letter.addressBlock(d, org.senderLine(), Letter.recipient(ctx, client), List.of(
                    new String[] {kind == 0 ? "Personal-Nr." : "Mietobjekt", kind == 0
                            ? Integer.toString(ctx.between(100, 9999)) : client.address().streetLine()},
                    new String[] {"Datum", ctx.date(date)}));
            if (kind == 0) {
                b.text(ctx.pick("Kündigung Ihres Arbeitsverhältnisses", "Kündigung des Arbeitsverhältnisses",
                        "Ordentliche Kündigung"), Txt.NORMAL.bold().after(1f));
                b.para(client.formalAddress());
                b.para(ctx.pick("hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis ordentlich und "
                                + "fristgerecht zum " + ctx.date(end) + ".",
                        "hiermit kündigen wir das zwischen Ihnen und uns bestehende Arbeitsverhältnis fristgerecht "
                                + "zum " + ctx.date(end) + ", hilfsweise zum nächstmöglichen Termin.",
                        "leider müssen wir Ihnen mitteilen, dass wir das Arbeitsverhältnis aus betriebsbedingten "
                                + "Gründen zum " + ctx.date(end) + " kündigen."));
                b.para("Ihren restlichen Urlaub werden Sie bis zum Ende des Arbeitsverhältnisses nehmen. Ihre "
                        + "Arbeitspapiere und ein Arbeitszeugnis erhalten Sie nach Beendigung.");
                b.para("Zur Aufrechterhaltung ungekürzter Ansprüche auf Arbeitslosengeld sind Sie verpflichtet, sich "
                        + "spätestens drei Monate vor der Beendigung bzw. innerhalb von drei Tagen nach Kenntnis des "
                        + "Beendigungszeitpunktes persönlich bei der Agentur für Arbeit arbeitsuchend zu melden.");
            } else {
                b.text(ctx.pick("Kündigung des Mietverhältnisses", "Kündigung wegen Eigenbedarfs",
                        "Kündigung Ihres Mietvertrages"), Txt.NORMAL.bold().after(1f));
                b.para(client.formalAddress());
                b.para("hiermit kündigen wir das Mietverhältnis über die Wohnung " + client.address().oneLine()
                        + " fristgerecht zum " + ctx.date(end) + ".");
                b.para(ctx.pick("Grund der Kündigung ist Eigenbedarf: Die Wohnung wird für ein Familienmitglied "
                                + "des Eigentümers benötigt.",
                        "Das Gebäude wird umfassend saniert; eine Fortsetzung des Mietverhältnisses ist nicht möglich.",
                        "Trotz mehrfacher Abmahnung bestehen Mietrückstände in erheblicher Höhe."));
                b.para("Sie können der Kündigung nach § 574 BGB widersprechen, wenn die Beendigung für Sie eine nicht "
                        + "zu rechtfertigende Härte bedeuten würde. Der Widerspruch ist schriftlich spätestens zwei "
                        + "Monate vor Beendigung des Mietverhältnisses zu erklären.");
            }
            Letter.closing(d, ctx, ctx.fake.givenNames(ctx.rnd.nextBoolean()) + " " + ctx.fake.surname(),
                    ctx.pick("Geschäftsführung", "Personalabteilung", "Objektverwaltung", null));
        }
        d.field("senderName", sender).field("recipientName", recipient)
                .field("documentDate", date.toString()).field("terminationDate", end.toString());
        return d;
    }
}
