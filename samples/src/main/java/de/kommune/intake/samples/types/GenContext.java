package de.kommune.intake.samples.types;

import java.time.LocalDate;
import java.util.Random;

import de.kommune.intake.samples.data.Address;
import de.kommune.intake.samples.data.Fake;
import de.kommune.intake.samples.data.GermanFormat;
import de.kommune.intake.samples.data.GermanFormat.AmountStyle;
import de.kommune.intake.samples.data.GermanFormat.DateStyle;
import de.kommune.intake.samples.data.Ids;
import de.kommune.intake.samples.data.Organisation;
import de.kommune.intake.samples.data.Person;

/**
 * Everything a document template draws from: the seeded random source, the client of the Jobcenter the document
 * belongs to (name, address, BG number, Kundennummer, bank account), "today" and the print styles of this document.
 */
public final class GenContext {

    public final Random rnd;
    public final Fake fake;
    /** The day the document was written (letters are dated a few days before receipt). */
    public final LocalDate today;
    public final Person client;
    public final String bgNumber;
    public final String customerNumber;
    public final String clientBank;
    public final String clientIban;
    /** True when the document must fit on one page (photos). */
    public final boolean compact;
    public final DateStyle dateStyle;
    public final AmountStyle amountStyle;

    public GenContext(Random rnd, LocalDate today, boolean compact) {
        this.rnd = rnd;
        this.fake = new Fake(rnd);
        this.today = today;
        this.client = fake.person(today, 19, 63);
        this.bgNumber = Ids.bgNumber(rnd);
        this.customerNumber = Ids.kundennummer(rnd);
        this.clientBank = fake.bankName(client.address().city());
        this.clientIban = Ids.randomGermanIban(rnd, fake.blz());
        this.compact = compact;
        this.dateStyle = GermanFormat.randomDateStyle(rnd);
        this.amountStyle = GermanFormat.randomAmountStyle(rnd);
    }

    public String date(LocalDate d) {
        return GermanFormat.date(d, dateStyle);
    }

    /** Dates of birth are printed with four-digit years (forms and IDs do). */
    public String birthDate(LocalDate d) {
        return GermanFormat.date(d, dateStyle == DateStyle.LONG ? DateStyle.LONG
                : dateStyle == DateStyle.NUMERIC_UNPADDED ? DateStyle.NUMERIC_UNPADDED : DateStyle.NUMERIC);
    }

    public String amount(long cents) {
        return GermanFormat.amount(cents, amountStyle);
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return fake.pick(options);
    }

    public boolean chance(double p) {
        return fake.chance(p);
    }

    public int between(int lo, int hiInclusive) {
        return fake.between(lo, hiInclusive);
    }

    /** Cents between two euro amounts. */
    public long cents(int loEuro, int hiEuro) {
        return loEuro * 100L + (long) (rnd.nextDouble() * (hiEuro - loEuro) * 100);
    }

    /** The Jobcenter responsible for the client. */
    public Organisation jobcenter() {
        Address a = client.address();
        String city = a.city().replaceAll(" \\(.*\\)| am .*| im .*", "");
        return new Organisation("Jobcenter " + city, null,
                new Address(pick("Agenturstraße", "Rathausplatz", "Am Arbeitsamt", "Berliner Allee", "Stresemannstr."),
                        Integer.toString(between(1, 40)), a.plz(), a.city()),
                fake.phone(city), "jobcenter-" + city.toLowerCase().replaceAll("[^a-z]", "") + "@jobcenter-ge.de",
                "www.jobcenter-" + city.toLowerCase().replaceAll("[^a-z]", "") + ".de");
    }

    public long seedForSignature() {
        return rnd.nextLong();
    }
}
