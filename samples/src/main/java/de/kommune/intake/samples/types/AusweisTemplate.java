package de.kommune.intake.samples.types;

import static de.kommune.intake.samples.layout.Style.MM;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.data.GermanFormat;
import de.kommune.intake.samples.data.Mrz;
import de.kommune.intake.samples.data.Person;
import de.kommune.intake.samples.layout.Align;
import de.kommune.intake.samples.layout.Canvas;
import de.kommune.intake.samples.layout.DocBuilder;
import de.kommune.intake.samples.layout.FontSpec;
import de.kommune.intake.samples.layout.FontSpec.Family;
import de.kommune.intake.samples.layout.Style;
import de.kommune.intake.samples.layout.Txt;

/**
 * Copy of an identity document: German ID card (TD1), passport data page (TD3) or electronic residence permit
 * (TD1, code AR), with a machine-readable zone whose check digits verify.
 */
final class AusweisTemplate implements DocumentTemplate {

    private static final String[][] FOREIGN = {
        {"SYR", "SYRISCH", "Ahmad,Fatima,Mohammad,Rania,Omar", "Al-Hassan,Haddad,Khalil,Darwish", "Aleppo,Damaskus,Homs"},
        {"UKR", "UKRAINISCH", "Olena,Oleksandr,Iryna,Taras,Natalija", "Petrenko,Schewtschenko,Kowalenko,Bondarenko",
            "Kiew,Charkiw,Odessa,Lwiw"},
        {"AFG", "AFGHANISCH", "Farid,Mariam,Ahmad,Zahra", "Rahimi,Ahmadi,Karimi,Noori", "Kabul,Herat,Masar-e Scharif"},
        {"TUR", "TÜRKISCH", "Emre,Aylin,Mehmet,Elif", "Yilmaz,Kaya,Demir,Öztürk", "Istanbul,Ankara,Izmir"},
        {"IRQ", "IRAKISCH", "Ali,Noor,Hussein,Zainab", "Al-Jubouri,Hamid,Saleh", "Bagdad,Mossul,Erbil"}};

    private enum Kind { ID, PASSPORT, PERMIT }

    private record Holder(String surname, String given, LocalDate dob, boolean female, String place, String natCode,
                          String natText, String docNo, LocalDate issued, LocalDate expiry, String authority,
                          String street, String city, List<String> mrz) {
    }

    @Override
    public DocumentType type() {
        return DocumentType.AUSWEIS;
    }

    @Override
    public Draft build(GenContext ctx) {
        Kind kind = ctx.pick(Kind.ID, Kind.ID, Kind.ID, Kind.PASSPORT, Kind.PERMIT);
        Draft d = new Draft(type(), kind.name().toLowerCase(Locale.ROOT), Style.random(ctx.rnd));
        Holder h = holder(ctx, kind);
        d.field("surname", h.surname).field("givenNames", h.given).field("dateOfBirth", h.dob.toString())
                .field("documentNumber", h.docNo).field("expiryDate", h.expiry.toString())
                .field("nationality", h.natCode);
        d.note("mrz", h.mrz);
        float scale = ctx.compact ? 1f : ctx.pick(1f, 1f, 1.25f, 1.41f);
        float cardW = (kind == Kind.PASSPORT ? 125 : 85.6f) * MM * scale;
        float cardH = (kind == Kind.PASSPORT ? 88 : 54) * MM * scale;
        DocBuilder b = d.body;
        if (ctx.compact) {
            float margin = 8 * MM;
            float height = kind == Kind.PASSPORT ? cardH + 2 * margin : 2 * cardH + 3 * margin;
            d.style = d.style.withPage(cardW + 2 * margin, height, margin);
        } else if (ctx.chance(0.4)) {
            b.text(ctx.pick("Kopie", "Anlage: Kopie " + (kind == Kind.PASSPORT ? "Reisepass" : "Ausweis"),
                    "Ausweiskopie " + h.given + " " + h.surname), Txt.NORMAL.size(0.9f).after(1f));
        }
        if (!ctx.compact) {
            b.space(ctx.between(0, 6));
        }
        Align align = ctx.compact ? Align.LEFT : ctx.pick(Align.LEFT, Align.CENTER);
        switch (kind) {
            case PASSPORT -> b.custom(cardW, cardH, align, (c, x, y) -> passport(c, x, y, scale, h));
            default -> {
                b.custom(cardW, cardH, align, (c, x, y) -> cardFront(c, x, y, scale, h, kind));
                b.space(ctx.compact ? 1.5f : ctx.between(2, 8));
                b.custom(cardW, cardH, align, (c, x, y) -> cardBack(c, x, y, scale, h, kind));
            }
        }
        d.style = d.style.withFamily(Family.SANS);
        return d;
    }

    private Holder holder(GenContext ctx, Kind kind) {
        Person p = ctx.client;
        String surname = p.surname();
        String given = p.givenNames();
        String natCode = "D";
        String natText = "DEUTSCH";
        String place = p.birthPlace();
        if (kind == Kind.PERMIT) {
            String[] f = FOREIGN[ctx.rnd.nextInt(FOREIGN.length)];
            natCode = f[0];
            natText = f[1];
            given = ctx.pick(f[2].split(","));
            surname = ctx.pick(f[3].split(","));
            place = ctx.pick(f[4].split(","));
        }
        LocalDate issued = ctx.today.minusDays(ctx.between(30, 3000));
        LocalDate expiry = kind == Kind.PERMIT ? issued.plusYears(ctx.pick(1, 2, 3)) : issued.plusYears(10).minusDays(1);
        String docNo = Mrz.documentNumber(ctx.rnd, kind == Kind.PASSPORT);
        char sex = p.female() ? 'F' : 'M';
        List<String> mrz = kind == Kind.PASSPORT
                ? Mrz.td3(docNo, p.dateOfBirth(), sex, expiry, surname, given)
                : Mrz.td1(kind == Kind.ID ? "ID" : "AR", docNo, p.dateOfBirth(), sex, expiry,
                kind == Kind.ID ? "D" : natCode, surname, given);
        String city = p.address().city().replaceAll(" \\(.*\\)", "");
        return new Holder(surname, given, p.dateOfBirth(), p.female(), place, natCode, natText, docNo,
                issued, expiry, "STADT " + city.toUpperCase(Locale.GERMAN), p.address().streetLine(),
                p.address().cityLine(), mrz);
    }

    // ------------------------------------------------------------------------------------------ drawing

    private static final FontSpec SANS = FontSpec.of(Family.SANS);
    private static final FontSpec BOLD = SANS.withBold(true);
    private static final FontSpec MRZ_FONT = FontSpec.of(Family.MONO);

    private static String up(String s) {
        return s.toUpperCase(Locale.GERMAN);
    }

    private static void text(Canvas c, float x, float y, FontSpec f, float size, String s, int rgb) {
        c.text(x, y, f, size, s, rgb);
        c.gt(s);
    }

    /** Card outline, tint and a few guilloche lines. */
    private static void card(Canvas c, float x, float y, float w, float h, float s, int tint, int lines) {
        c.rect(x, y, w, h, 0.8f, 0x777777, tint, 3.5f * MM * s);
        for (int k = 0; k < 6; k++) {
            float[] xy = new float[40];
            for (int i = 0; i < 20; i++) {
                xy[2 * i] = x + 4 + (w - 8) * i / 19f;
                xy[2 * i + 1] = y + h * (0.25f + 0.1f * k) + (float) Math.sin(i * 0.7 + k) * 6 * s;
            }
            c.path(xy, false, true, 0.4f, lines, -1);
        }
    }

    private static void photo(Canvas c, float x, float y, float w, float h) {
        c.rect(x, y, w, h, 0.5f, 0x888888, 0xD8D8D8, 0);
        c.ellipse(x + w / 2, y + h * 0.38f, w * 0.24f, h * 0.22f, 0, -1, 0x9A9A9A);
        c.path(new float[] {x + w * 0.1f, y + h, x + w * 0.2f, y + h * 0.7f, x + w * 0.5f, y + h * 0.62f,
                x + w * 0.8f, y + h * 0.7f, x + w * 0.9f, y + h}, true, true, 0, -1, 0x9A9A9A);
    }

    private static float field(Canvas c, float x, float y, float s, String label, String value) {
        text(c, x, y, SANS, 4.6f * s, label, 0x444444);
        text(c, x, y + 8.2f * s, BOLD, 7.6f * s, value, 0x000000);
        return y + 16.5f * s;
    }

    private static void mrz(Canvas c, float x, float bottom, float s, List<String> lines) {
        float size = 11.4f * s;
        float y = bottom - (lines.size() - 1) * size * 1.05f;
        for (String l : lines) {
            text(c, x, y, MRZ_FONT, size, l, 0x000000);
            y += size * 1.05f;
        }
    }

    private void cardFront(Canvas c, float x, float y, float s, Holder h, Kind kind) {
        float w = 85.6f * MM * s;
        float ht = 54 * MM * s;
        card(c, x, y, w, ht, s, kind == Kind.ID ? 0xEAF1E6 : 0xF1E9EE, kind == Kind.ID ? 0xC9D9C0 : 0xDCC5D3);
        text(c, x + 8 * s, y + 13 * s, BOLD, 7.2f * s, "BUNDESREPUBLIK DEUTSCHLAND", 0x000000);
        text(c, x + 8 * s, y + 20 * s, SANS, 4.2f * s, "FEDERAL REPUBLIC OF GERMANY / RÉPUBLIQUE FÉDÉRALE D'ALLEMAGNE",
                0x333333);
        String title = kind == Kind.ID ? "PERSONALAUSWEIS" : "AUFENTHALTSTITEL";
        String sub = kind == Kind.ID ? "IDENTITY CARD / CARTE D'IDENTITÉ" : "RESIDENCE PERMIT / TITRE DE SÉJOUR";
        text(c, x + 8 * s, y + 30 * s, BOLD, 8.5f * s, title, 0x000000);
        text(c, x + 8 * s, y + 36 * s, SANS, 4.2f * s, sub, 0x333333);
        text(c, x + w - BOLD.width(h.docNo, 8.5f * s) - 8 * s, y + 13 * s, BOLD, 8.5f * s, h.docNo, 0x000000);
        photo(c, x + 8 * s, y + 44 * s, 62 * s, 80 * s);
        float fx = x + 78 * s;
        float fy = y + 48 * s;
        fy = field(c, fx, fy, s, "Name / Surname / Nom", up(h.surname));
        fy = field(c, fx, fy, s, "Vornamen / Given names / Prénoms", up(h.given));
        if (kind == Kind.ID) {
            fy = field(c, fx, fy, s, "Geburtstag / Date of birth / Date de naissance",
                    GermanFormat.date(h.dob));
            fy = field(c, fx, fy, s, "Staatsangehörigkeit / Nationality / Nationalité", h.natText);
            fy = field(c, fx, fy, s, "Geburtsort / Place of birth / Lieu de naissance", up(h.place));
            field(c, fx, fy, s, "Gültig bis / Date of expiry / Date d'expiration",
                    GermanFormat.date(h.expiry));
            String can = Integer.toString(100000 + Math.abs(h.docNo.hashCode()) % 900000);
            text(c, x + w - BOLD.width(can, 7.5f * s) - 8 * s, y + ht - 8 * s, BOLD, 7.5f * s, can, 0x000000);
        } else {
            fy = field(c, fx, fy, s, "Geschlecht / Sex / Sexe  Staatsangehörigkeit / Nationality",
                    (h.female ? "F" : "M") + "   " + h.natCode);
            fy = field(c, fx, fy, s, "Geburtstag / Date of birth", GermanFormat.date(h.dob));
            fy = field(c, fx, fy, s, "Art des Titels / Type of permit", "AUFENTHALTSERLAUBNIS");
            field(c, fx, fy, s, "Gültig bis / Valid until", GermanFormat.date(h.expiry));
        }
    }

    private void cardBack(Canvas c, float x, float y, float s, Holder h, Kind kind) {
        float w = 85.6f * MM * s;
        float ht = 54 * MM * s;
        card(c, x, y, w, ht, s, kind == Kind.ID ? 0xEEF2EA : 0xF3EDF1, kind == Kind.ID ? 0xD2DEC9 : 0xE2CFDA);
        float fx = x + 8 * s;
        float fy = y + 12 * s;
        if (kind == Kind.ID) {
            text(c, fx, fy, SANS, 4.6f * s, "Anschrift / Address / Adresse", 0x444444);
            text(c, fx, fy + 8.5f * s, BOLD, 7.6f * s, up(h.city), 0x000000);
            text(c, fx, fy + 17 * s, BOLD, 7.6f * s, up(h.street), 0x000000);
            fy += 28 * s;
            field(c, fx, fy, s, "Größe / Height / Taille", (150 + Math.abs(h.docNo.hashCode()) % 45) + " cm");
            field(c, fx + 70 * s, fy, s, "Augenfarbe / Colour of eyes", new String[] {"BLAU", "BRAUN", "GRÜN",
                    "GRAU"}[Math.abs(h.surname.hashCode()) % 4]);
            fy += 17 * s;
            field(c, fx, fy, s, "Behörde / Authority / Autorité", h.authority);
            field(c, fx + 130 * s, fy, s, "Datum / Date", GermanFormat.date(h.issued));
        } else {
            fy = field(c, fx, fy, s, "Geburtsort / Place of birth", up(h.place));
            text(c, fx, fy, SANS, 4.6f * s, "Anschrift / Address", 0x444444);
            text(c, fx, fy + 8.5f * s, BOLD, 7.6f * s, up(h.street) + ", " + up(h.city), 0x000000);
            fy += 17 * s;
            field(c, fx, fy, s, "Anmerkungen / Remarks", "§ 25 ABS. 2 AUFENTHG");
        }
        mrz(c, x + 9 * s, y + ht - 8 * s, s, h.mrz);
    }

    private void passport(Canvas c, float x, float y, float s, Holder h) {
        float w = 125 * MM * s;
        float ht = 88 * MM * s;
        card(c, x, y, w, ht, s, 0xF3EEE4, 0xE0D6C2);
        text(c, x + 10 * s, y + 14 * s, BOLD, 8 * s, "BUNDESREPUBLIK DEUTSCHLAND", 0x000000);
        text(c, x + 10 * s, y + 21 * s, SANS, 4.6f * s, "FEDERAL REPUBLIC OF GERMANY / RÉPUBLIQUE FÉDÉRALE D'ALLEMAGNE",
                0x333333);
        text(c, x + 10 * s, y + 31 * s, BOLD, 8.5f * s, "REISEPASS / PASSPORT / PASSEPORT", 0x000000);
        float fx = x + 100 * s;
        float fy = y + 42 * s;
        field(c, fx, fy, s, "Typ / Type", "P");
        field(c, fx + 40 * s, fy, s, "Kode / Code", "D");
        field(c, fx + 95 * s, fy, s, "Pass-Nr. / Passport No.", h.docNo);
        fy += 17 * s;
        photo(c, x + 10 * s, y + 42 * s, 80 * s, 104 * s);
        fy = field(c, fx, fy, s, "Name / Surname / Nom", up(h.surname));
        fy = field(c, fx, fy, s, "Vornamen / Given names / Prénoms", up(h.given));
        field(c, fx, fy, s, "Geburtstag / Date of birth", GermanFormat.date(h.dob));
        field(c, fx + 110 * s, fy, s, "Geschlecht / Sex", h.female ? "F" : "M");
        fy += 16.5f * s;
        field(c, fx, fy, s, "Staatsangehörigkeit / Nationality", h.natText);
        field(c, fx + 110 * s, fy, s, "Geburtsort / Place of birth", up(h.place));
        fy += 16.5f * s;
        field(c, fx, fy, s, "Ausstellungsdatum / Date of issue", GermanFormat.date(h.issued));
        field(c, fx + 110 * s, fy, s, "Behörde / Authority", h.authority);
        fy += 16.5f * s;
        field(c, fx, fy, s, "Gültig bis / Date of expiry", GermanFormat.date(h.expiry));
        mrz(c, x + 10 * s, y + ht - 10 * s, s, h.mrz);
    }
}
