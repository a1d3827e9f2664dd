package de.kommune.intake.samples.data;

import java.time.LocalDate;
import java.util.Random;

/** Fictitious German people, places and organisations drawn from a seeded {@link Random}. */
public final class Fake {

    private static final String[] FEMALE = {"Anna", "Sabine", "Jana", "Monika", "Ursula", "Leonie", "Jessica",
            "Lea", "Daniela", "Katrin", "Birgit", "Sophie", "Marie", "Özlem", "Ayse", "Natalia",
            "Julia", "Andrea", "Claudia", "Jördis", "Renate", "Gülsen", "Svenja", "Mareike", "Bärbel", "Käthe",
            "Elif", "Olena", "Irina", "Fatima", "Heike", "Ines", "Chantal", "Nadine", "Doreen", "Aylin"};
    private static final String[] MALE = {"Jürgen", "Thomas", "Michael", "Stefan", "Björn", "Jörg", "Günther",
            "Andreas", "Daniel", "Christian", "Emre", "Mehmet", "Lukas", "Jonas", "Frank", "Uwe", "René", "Sören",
            "Maximilian", "Dariusz", "Oleksandr", "Ahmad", "Kevin", "Dennis", "Torsten", "Matthias", "Hans-Jürgen",
            "Karl-Heinz", "Jens", "Sven", "Ralf", "Tobias", "Florian", "Mustafa", "Piotr", "Bernd"};
    private static final String[] SECOND = {"Marie", "Luise", "Sophie", "Christin", "Maria", "Peter", "Alexander",
            "Johannes", "Paul", "Elisabeth"};
    private static final String[] SURNAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
            "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Weiß", "Groß", "Jäger", "Böhm",
            "Strauß", "Fuß", "Günther", "Kühn", "Möller", "Voß", "Öztürk", "Yilmaz", "Kaya", "Nowak", "Kowalski",
            "Popescu", "Hoxha", "Petrenko", "Al-Hassan", "Nguyen", "Dabrowski", "Sauerländer",
            "Bäumer", "Rößler", "Kößler", "Heß", "Dürr", "Löffler", "Brückner", "Schütz", "Thießen"};
    private static final String[][] CITIES = {{"45127", "Essen"}, {"44135", "Dortmund"}, {"50667", "Köln"},
            {"04109", "Leipzig"}, {"01067", "Dresden"}, {"80331", "München"}, {"90402", "Nürnberg"},
            {"28195", "Bremen"}, {"20095", "Hamburg"}, {"99084", "Erfurt"}, {"06108", "Halle (Saale)"},
            {"39104", "Magdeburg"}, {"66111", "Saarbrücken"}, {"97070", "Würzburg"}, {"33602", "Bielefeld"},
            {"49074", "Osnabrück"}, {"26122", "Oldenburg"}, {"24103", "Kiel"}, {"18055", "Rostock"},
            {"03046", "Cottbus"}, {"14467", "Potsdam"}, {"67059", "Ludwigshafen am Rhein"}, {"73728", "Esslingen am Neckar"},
            {"88212", "Ravensburg"}, {"83022", "Rosenheim"}, {"36037", "Fulda"}, {"57072", "Siegen"},
            {"47051", "Duisburg"}, {"42103", "Wuppertal"}, {"52062", "Aachen"}, {"34117", "Kassel"},
            {"59065", "Hamm"}, {"31134", "Hildesheim"}, {"38100", "Braunschweig"}, {"15230", "Frankfurt (Oder)"},
            {"06844", "Dessau-Roßlau"}, {"08056", "Zwickau"}, {"09111", "Chemnitz"}, {"65183", "Wiesbaden"},
            {"55116", "Mainz"}, {"76133", "Karlsruhe"}, {"79098", "Freiburg im Breisgau"}, {"89073", "Ulm"},
            {"86150", "Augsburg"}, {"93047", "Regensburg"}, {"96047", "Bamberg"}, {"63065", "Offenbach am Main"},
            {"64283", "Darmstadt"}, {"68159", "Mannheim"}, {"72070", "Tübingen"}, {"19053", "Schwerin"},
            {"23552", "Lübeck"}, {"46045", "Oberhausen"}, {"45879", "Gelsenkirchen"}, {"58095", "Hagen"}};
    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstr.",
            "Lindenweg", "Am Mühlbach", "Kölner Straße", "Gartenstraße", "Rosenstraße", "Birkenallee",
            "Friedrich-Ebert-Straße", "An der Weißen Mühle", "Bürgermeister-Müller-Str.", "Talstraße",
            "Am Schloßpark", "Kirchgasse", "Marktplatz", "Ringstraße", "Waldstraße", "Heinrich-Heine-Weg",
            "Auf dem Kämpchen", "Mozartstraße", "Kastanienweg", "Lessingstr.", "Im Grünen Winkel", "Ostwall",
            "Brückenstraße", "Uhlandstraße", "Fröbelstraße", "Sonnenhang", "Zum Bräuhaus", "Große Straße",
            "Kleiner Ring", "Eichendorffstraße", "Max-Planck-Str.", "Wiesenstraße", "Am Hafen", "Nordring",
            "Schützenstraße", "Rüdesheimer Platz"};
    private static final String[] PLACES = {"Berlin", "Hamburg", "Köln", "Gelsenkirchen", "Görlitz", "Istanbul",
            "Aleppo", "Kiew", "Danzig", "Bukarest", "Tirana", "Essen", "Lünen", "Eisenhüttenstadt", "Würzburg",
            "Lüdenscheid", "Mönchengladbach", "Homs", "Charkiw", "Hanoi", "Kabul", "Warschau"};
    private static final String[] FIRM_FIRST = {"Rheinland", "Nordstern", "Weserland", "Sonnenschein", "Brückner",
            "Alpenblick", "Lindenhof", "Elbtal", "Hansen", "Großmann", "Schwarzwald", "Mühlenbach", "Westfalen",
            "Spreewald", "Grünwald", "Bergmann", "Falkenberg", "Seeblick", "Kaiser", "Ostsee"};
    private static final String[] FIRM_TRADE = {"Gebäudeservice", "Logistik", "Pflegedienst", "Bäckerei",
            "Sicherheitsdienst", "Reinigungsservice", "Gastronomie", "Transporte", "Elektrotechnik",
            "Lagertechnik", "Systemgastronomie", "Personalservice", "Gartenbau", "Malerbetrieb", "Kurierdienst",
            "Einzelhandel", "Hausmeisterservice", "Druckerei", "Metallbau", "Seniorenbetreuung"};
    private static final String[] FIRM_FORM = {"GmbH", "GmbH", "GmbH & Co. KG", "KG", "e.K.", "AG", "gGmbH",
            "UG (haftungsbeschränkt)", "OHG"};

    private final Random rnd;

    public Fake(Random rnd) {
        this.rnd = rnd;
    }

    public Random random() {
        return rnd;
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    public boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    public int between(int lo, int hiInclusive) {
        return lo + rnd.nextInt(hiInclusive - lo + 1);
    }

    public String givenNames(boolean female) {
        String first = female ? pick(FEMALE) : pick(MALE);
        if (chance(0.12)) {
            return first + (first.contains("-") ? " " : (chance(0.5) ? "-" : " ")) + pick(SECOND);
        }
        return first;
    }

    public String surname() {
        if (chance(0.1)) {
            String a = pick(SURNAMES);
            String b = pick(SURNAMES);
            if (!a.equals(b) && !a.contains("-") && !b.contains("-")) {
                return a + "-" + b;
            }
        }
        return pick(SURNAMES);
    }

    public Person person(LocalDate today, int minAge, int maxAge) {
        boolean female = rnd.nextBoolean();
        LocalDate dob = today.minusYears(minAge).minusDays(rnd.nextInt(Math.max(1, (maxAge - minAge) * 365)));
        return new Person(givenNames(female), surname(), female, dob, pick(PLACES), address());
    }

    public Person child(Person parent, LocalDate today, int minAge, int maxAge) {
        boolean female = rnd.nextBoolean();
        LocalDate dob = today.minusYears(minAge).minusDays(rnd.nextInt(Math.max(1, (maxAge - minAge) * 365)));
        String surname = chance(0.85) ? parent.surname() : surname();
        return new Person(givenNames(female), surname, female, dob, pick(PLACES), parent.address());
    }

    public String[] city() {
        return pick(CITIES);
    }

    public Address address() {
        String[] c = city();
        return address(c[0], c[1]);
    }

    /** An address in the given city with a slightly varied postcode. */
    public Address address(String plzBase, String city) {
        int plz = Integer.parseInt(plzBase) + rnd.nextInt(20);
        return new Address(pick(STREETS), houseNumber(), String.format("%05d", plz), city);
    }

    public String houseNumber() {
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 30 : 160);
        return chance(0.15) ? n + pick("a", "b", "c") : Integer.toString(n);
    }

    public String phone(String city) {
        return "0" + between(20, 999) + " " + between(100, 9999) + "-" + between(0, 99);
    }

    public String companyName() {
        String trade = pick(FIRM_TRADE);
        return switch (rnd.nextInt(4)) {
            case 0 -> pick(FIRM_FIRST) + " " + trade + " " + pick(FIRM_FORM);
            case 1 -> trade + " " + surname() + " " + pick(FIRM_FORM);
            case 2 -> surname() + " & " + pick("Söhne", "Partner", "Co.") + " " + trade + " " + pick(FIRM_FORM);
            default -> pick(FIRM_FIRST) + "-" + trade + " " + pick(FIRM_FORM);
        };
    }

    public Organisation organisation(String name, String department, String[] city) {
        Address a = address(city[0], city[1]);
        String domain = name.toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue")
                .replaceAll("ß", "ss").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (domain.length() > 24) {
            domain = domain.substring(0, 24).replaceAll("-$", "");
        }
        return new Organisation(name, department, a, phone(city[1]), "info@" + domain + ".de", "www." + domain + ".de");
    }

    public Organisation company() {
        return organisation(companyName(), null, city());
    }

    public String bankName(String city) {
        String c = city.replaceAll(" \\(.*\\)| am .*| im .*", "");
        return switch (rnd.nextInt(6)) {
            case 0 -> "Sparkasse " + c;
            case 1 -> "Stadtsparkasse " + c;
            case 2 -> "Volksbank " + c + " eG";
            case 3 -> "Raiffeisenbank " + c + " eG";
            case 4 -> pick("Nordbank Direkt AG", "Hanse Direktbank AG", "Mittelrheinische Bank AG", "Südwest Privatbank AG");
            default -> "Kreissparkasse " + c;
        };
    }

    public String blz() {
        return between(1, 8) + Ids.digits(rnd, 2) + pick("0", "5") + Ids.digits(rnd, 4);
    }

    public String bic(String bankName) {
        String letters = bankName.toUpperCase().replaceAll("[^A-Z]", "");
        String head = (letters + "XXXX").substring(0, 4);
        return head + "DE" + (char) ('A' + rnd.nextInt(26)) + rnd.nextInt(10) + pick("XXX", "", "");
    }
}
