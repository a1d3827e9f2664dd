package de.kommune.intake.samples.types;

import java.util.ArrayList;
import java.util.List;

import de.kommune.intake.samples.data.Address;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.FontSpec;
import de.kommune.intake.samples.layout.Txt;

/** Shared parts of German business letters (DIN 5008-like): letterhead, address field, info block, closing. */
final class Letter {

    private Letter() {
    }

    /** One of several letterhead designs for {@code org}; {@code tagline} may be null. */
    static void letterhead(Draft d, GenContext ctx, Organisation org, String tagline) {
        DocBuilder b = d.body;
        int accent = d.style.accentRgb();
        String address = org.address().streetLine() + " · " + org.address().cityLine();
        switch (ctx.between(0, 3)) {
            case 0 -> {
                b.text(org.name(), Txt.NORMAL.bold().size(1.55f).color(accent));
                if (tagline != null) {
                    b.text(tagline, Txt.NORMAL.size(0.9f).color(0x444444));
                }
                b.text(address + " · Tel. " + org.phone(), Txt.NORMAL.size(0.75f));
                b.rule(1.2f, accent);
            }
            case 1 -> {
                String initials = initials(org.name());
                b.columns(new float[] {0.22f, 0.78f},
                        col -> col.custom(58, 48, Align.LEFT, (c, x, y) -> {
                            c.rect(x, y, 54, 44, 0, -1, accent, 6);
                            FontSpec f = FontSpec.of(d.style.family()).withBold(true);
                            float w = f.width(initials, 18);
                            c.text(x + 27 - w / 2, y + 28, f, 18, initials, 0xFFFFFF);
                            c.gt(initials);
                        }),
                        col -> {
                            col.text(org.name(), Txt.NORMAL.bold().size(1.3f).right());
                            if (tagline != null) {
                                col.text(tagline, Txt.NORMAL.size(0.85f).right());
                            }
                            col.text(org.address().streetLine(), Txt.NORMAL.size(0.8f).right());
                            col.text(org.address().cityLine(), Txt.NORMAL.size(0.8f).right());
                        });
            }
            case 2 -> {
                b.text(org.name(), Txt.NORMAL.bold().size(1.4f).center());
                if (tagline != null) {
                    b.text(tagline, Txt.NORMAL.size(0.9f).center());
                }
                b.text(address, Txt.NORMAL.size(0.78f).center());
                b.rule(0.5f, 0x000000);
            }
            default -> {
                b.text(org.name(), Txt.NORMAL.bold().size(1.25f).right());
                if (org.department() != null) {
                    b.text(org.department(), Txt.NORMAL.right());
                }
                if (tagline != null) {
                    b.text(tagline, Txt.NORMAL.size(0.85f).right());
                }
            }
        }
        b.space(1.2f);
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[ \\-&]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && sb.length() < 3
                    && !w.matches("GmbH|AG|KG|eG|OHG|UG|Co\\.?|e\\.K\\.|gGmbH|mbH")) {
                sb.append(w.charAt(0));
            }
        }
        return sb.length() == 0 ? name.substring(0, 1) : sb.toString();
    }

    /** Recipient lines in one of the usual forms (Herrn / Herr / name only). */
    static List<String> recipient(GenContext ctx, Person p) {
        List<String> lines = new ArrayList<>();
        switch (ctx.between(0, 3)) {
            case 0 -> {
                lines.add(p.female() ? "Frau" : "Herrn");
                lines.add(p.fullName());
            }
            case 1 -> lines.add(p.salutationName());
            case 2 -> lines.add((p.female() ? "Frau " : "Herrn ") + p.fullName());
            default -> lines.add(p.fullName());
        }
        lines.add(p.address().streetLine());
        lines.add(p.address().cityLine());
        return lines;
    }

    static List<String> recipient(String name, Address a) {
        return List.of(name, a.streetLine(), a.cityLine());
    }

    /** Address field on the left (with the small sender line), info block (label, value pairs) on the right. */
    static void addressBlock(Draft d, String senderLine, List<String> recipient, List<String[]> info) {
        d.body.columns(new float[] {0.56f, 0.44f},
                col -> {
                    if (senderLine != null) {
                        col.text(senderLine, Txt.NORMAL.size(0.68f).after(0.8f));
                    }
                    for (String line : recipient) {
                        col.line(line);
                    }
                },
                col -> {
                    for (String[] kv : info) {
                        if (kv[0].isEmpty()) {
                            col.text(kv[1], Txt.NORMAL.size(0.88f));
                        } else {
                            col.kv(0.45f, kv[0], kv[1], Txt.NORMAL.size(0.88f));
                        }
                    }
                });
        d.body.space(2f);
    }

    /** Closing formula, signature and name. */
    static void closing(Draft d, GenContext ctx, String signer, String role) {
        DocBuilder b = d.body;
        b.space(0.5f);
        b.line(ctx.pick("Mit freundlichen Grüßen", "Mit freundlichen Grüßen", "Freundliche Grüße",
                "Mit besten Grüßen"));
        if (ctx.chance(0.25)) {
            b.space(0.5f);
            b.line("Im Auftrag");
        }
        b.signature(signer == null ? null : (role == null ? signer : signer + "\n" + role), 150,
                ctx.seedForSignature(), Align.LEFT);
    }

    /** Footer lines with register and bank details of a company (a distractor IBAN). */
    static List<String> companyFooter(GenContext ctx, Organisation org, String bankIban, String bankName) {
        List<String> lines = new ArrayList<>();
        lines.add(org.name() + " · " + org.address().streetLine() + " · " + org.address().cityLine()
                + " · Tel. " + org.phone());
        String reg = ctx.chance(0.5) ? "Amtsgericht " + org.address().city().replaceAll(" \\(.*", "") + " HRB "
                + ctx.between(1000, 99999) + " · " : "";
        lines.add(reg + "Geschäftsführung: " + ctx.fake.givenNames(ctx.rnd.nextBoolean()) + " " + ctx.fake.surname()
                + (bankIban == null ? "" : " · " + bankName + " · IBAN "
                + Ids.ibanGrouped(bankIban)));
        return lines;
    }

    /** Place and date line: "Essen, 03.02.2025" or "Essen, den 3. Februar 2025". */
    static String placeDate(GenContext ctx, String city, String date) {
        String c = city.replaceAll(" \\(.*\\)", "");
        return ctx.chance(0.3) ? c + ", den " + date : c + ", " + date;
    }
}
