package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.taxonomy.Cue;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.EditDistance;
import de.kommune.intake.classify.text.FoldedText;
import de.kommune.intake.classify.text.Line;
import de.kommune.intake.classify.text.Phrase;
import de.kommune.intake.classify.text.PhraseMatch;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.classify.value.Addresses;
import de.kommune.intake.classify.value.GermanAmounts;
import de.kommune.intake.classify.value.GermanDates;
import de.kommune.intake.classify.value.Names;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a German business letter (DIN 5008): the return-address line above the window
 * ("Firma X · Straße 1, 12345 Ort") naming the sender, the letterhead, the recipient block (name,
 * street, postcode+town, possibly interleaved with a right-hand info column), the complimentary
 * close, and place-date lines ("Kassel, 02.03.2025").
 */
final class LetterLayout {

    /** A logo's initials above the sender's name ("DRR", "SM"): not the sender. */
    private static final Pattern LOGO_INITIALS = Pattern.compile("\\p{Lu}{1,4}");

    /** A value with the offset it was read at. */
    record At(String value, int offset) {
    }

    /**
     * An address block at the top.
     *
     * @param end             index of its postcode line
     * @param line            index of the line naming its owner
     * @param belowLetterhead the owner is a person's name nearer the street than the block's first name line
     *                        (the letterhead)
     */
    private record Block(int end, At at, int line, boolean belowLetterhead) {
    }

    private static final int TOP_LINES = 30;
    private static final int LETTERHEAD_LINES = 8;
    /** Written lines of a letter's head: letterhead, return address, address window, information block. */
    private static final int HEADER_LINES = 16;
    private static final Pattern CUT_DATUM = Pattern.compile("(?i)datu?\\s*[:.]");
    private static final Pattern DANGLING_DATUM = Pattern.compile("(?:^|\\s)Datum:?\\s*$");
    private static final List<String> TITLE_SUFFIXES = List.of("abrechnung", "bescheinigung", "zeugnis", "vertrag",
            "bescheid", "mitteilung", "antrag", "rechnung", "auszug", "nachweis", "bestätigung", "schreiben",
            "erklärung", "vereinbarung", "kündigung", "einladung", "mahnung", "übersicht");
    /** The mark between the sender's name and street; OCR reads the middle dot as a spaced colon too (" : "). */
    private static final Pattern SENDER_SEPARATOR = Pattern.compile("(?:[·•|,–\\-]|\\s:)\\s*$");
    private static final Pattern POSTFACH = Pattern.compile("^(.{2,80}?)\\s*[·•|,–\\-]\\s*Postfach\\b.*\\d{5}\\s+\\p{Lu}");
    /** A return address without street, to a large recipient's own postcode: "Deutsche Rentenversicherung - 50680 Köln". */
    private static final Pattern POSTCODE_ONLY = Pattern.compile("^([^\\d:]{2,80}?)\\s+[·•|–\\-]\\s+\\d{5}\\s+\\p{Lu}\\p{Ll}");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^\\s*|[.:!?]\\s+)(\\p{Lu}[\\p{L}.\\-]+(?:\\s(?:am|an der|im|in der|a\\.\\s?d\\.|\\(\\p{L}+\\)|\\p{Lu}[\\p{L}.\\-]+)){0,3}),"
                    + "\\s*(?:den\\s+|am\\s+)?(\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L}{3,10}\\.?)\\s?\\d{2,4})(?:\\s+[^\\d\\s]{1,25}){0,3}[\\s_.]*$");
    /** Characters after a header date that are specks, not words ("28.6.25 ia,"). */
    private static final int TRAILING_SPECKS = 4;
    private static final Pattern TOWN_AFTER_POSTCODE = Pattern.compile("(?<!\\d)\\d{5}\\s+(\\p{Lu}[\\p{L}.\\- ]+)");
    private static final Pattern LETTER_OPENING = Pattern.compile("^(?:Sehr geehrte|Guten Tag|Hallo|Liebe[rs]?\\s)");
    private static final Pattern SALUTATION = Pattern.compile("^(?:Herrn?|Frau|Familie|Eheleute)\\s+\\p{Lu}");
    private static final Pattern LONE_SALUTATION = Pattern.compile("\\s*(?:Herrn?|Frau|Familie|Eheleute|An|An die|An das)\\s*");
    /** "c/o Hans Beispiel", "z. Hd. Frau X": the line names who receives it for the addressee above. */
    private static final Pattern CARE_OF = Pattern.compile("^\\s*(?:c/o|z\\.\\s?Hd\\.?|zu Händen|bei)\\s", Pattern.CASE_INSENSITIVE);
    /** A salutation starting a line that goes on with the right column ("Frau Kontoauszug Nr. 4/2025"). */
    private static final Pattern LEADING_SALUTATION = Pattern.compile("^\\s*(?:Herrn?|Frau|Familie|Eheleute)\\s");

    private final TextView view;
    private final Taxonomy taxonomy;
    private final At senderLine;
    private final At recipient;
    private final At closing;
    private final List<At> placeDates = new ArrayList<>();
    private final At signatureDate;
    private final At headerDate;

    LetterLayout(TextView view, Taxonomy taxonomy) {
        this.view = view;
        this.taxonomy = taxonomy;
        List<Line> top = topLines();
        int senderIdx = -1;
        At sender = null;
        for (Line l : top) {
            Optional<String> s = senderOf(l.text());
            if (s.isPresent()) {
                sender = new At(s.get(), l.start());
                senderIdx = l.index();
                break;
            }
        }
        this.senderLine = sender;
        this.recipient = findRecipient(top, senderIdx);
        this.closing = findClosing();
        for (Line l : view.lines()) {
            placeDate(l).ifPresent(d -> placeDates.add(new At(d.toString(), l.start())));
        }
        this.signatureDate = findSignatureDate();
        this.headerDate = findHeaderDate(top, otherDateLabels(taxonomy));
    }

    At senderLine() {
        return senderLine;
    }

    At recipient() {
        return recipient;
    }

    At closing() {
        return closing;
    }

    List<At> placeDates() {
        return placeDates;
    }

    At signatureDate() {
        return signatureDate;
    }

    At headerDate() {
        return headerDate;
    }

    /**
     * The first line at the top that reads as a name (not a title, label or address); with hints,
     * the first such line containing one of them ("schule", "gymnasium").
     */
    At letterhead(List<String> hints) {
        int seen = 0;
        for (Line l : topLines()) {
            String t = l.text().trim();
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > LETTERHEAD_LINES) {
                break;
            }
            if (t.contains(":") || t.contains("<<") || Addresses.startsWithStreet(t) || Addresses.startsWithPostcode(t)
                    || !GermanDates.findAll(t).isEmpty() || !GermanAmounts.findAll(t).isEmpty() || isTitle(t)
                    || LOGO_INITIALS.matcher(t).matches() || SALUTATION.matcher(t).find()
                    || t.chars().filter(Character::isLetter).count() < 3) {
                // "Herr Sören Beispiel" heads the address window: the recipient, not the sender; "Oa" is a speck
                continue;
            }
            String folded = FoldedText.of(t).text();
            if (!hints.isEmpty() && hints.stream().noneMatch(folded::contains)) {
                continue;
            }
            Optional<String> name = Names.party(t);
            if (name.isPresent() && name.get().length() >= t.length() * 0.6 && !isDocumentTitle(name.get())) {
                return new At(name.get(), l.start());
            }
        }
        return null;
    }

    private List<Line> topLines() {
        List<Line> out = new ArrayList<>();
        int firstPage = view.lines().isEmpty() ? 1 : view.lines().get(0).page();
        for (Line l : view.lines()) {
            if (l.page() != firstPage || out.size() >= TOP_LINES) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    /** A single word like "Heizkostenabrechnung" or "Arbeitszeugnis" is a title, not a sender. */
    private static boolean isDocumentTitle(String name) {
        if (name.contains(" ")) {
            return false;
        }
        String n = name.toLowerCase(Locale.GERMAN);
        for (String suffix : TITLE_SUFFIXES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Strong type cues (document titles) are not names: "Kontoauszug", "Mietvertrag". */
    private boolean isTitle(String line) {
        String folded = FoldedText.of(line).text();
        for (TypeDefinition t : taxonomy.types()) {
            for (Cue c : t.cues()) {
                if (c.weight() >= 3 && c.phrase().occursIn(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A line of words alone naming another date ("Geburtstag / Date of birth", "Gültig bis", "Eintritt").
     */
    private static boolean isOtherCaption(String line, List<Phrase> otherDateLabels) {
        if (line.isEmpty() || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String folded = FoldedText.of(line).text();
        return otherDateLabels.stream().anyMatch(p -> p.occursIn(folded));
    }

    /** "Datum", "Dalum", "Datun:" — the date label with one OCR error; "Dat :" with its end lost before the colon. */
    private static boolean looksLikeDatumLabel(String word) {
        if (CUT_DATUM.matcher(word.trim()).matches()) {
            return true;
        }
        String w = FoldedText.of(word).text();
        if (w.length() < 4 || w.length() > 6) {
            return false;
        }
        int same = 0;
        for (int i = 0; i < Math.min(w.length(), 5); i++) {
            same += w.charAt(i) == "datum".charAt(i) ? 1 : 0;
        }
        return same >= 4;
    }

    static Optional<String> senderOf(String line) {
        if (line.length() > 140) {
            return Optional.empty();
        }
        Matcher pf = POSTFACH.matcher(line);
        if (pf.find()) {
            return Names.party(pf.group(1));
        }
        Matcher po = POSTCODE_ONLY.matcher(line.trim());
        if (po.find() && !SALUTATION.matcher(po.group(1)).find()) {
            return Names.party(po.group(1));
        }
        for (Addresses.AddressMatch a : Addresses.findAll(line)) {
            String prefix = line.substring(0, a.start());
            if (a.start() > 0 && SENDER_SEPARATOR.matcher(prefix).find()) {
                String name = prefix.replaceAll("[\\s·•|,–\\-]+$", "").replaceAll("\\s:$", "");
                if (!name.contains(":")) {
                    return Names.party(name);
                }
            }
        }
        return Optional.empty();
    }

    private At findRecipient(List<Line> top, int senderIdx) {
        At salutated = null;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            Line l = top.get(i);
            String t = l.text().trim();
            if (t.isEmpty() || t.contains(":") || Addresses.startsWithStreet(t) || Addresses.startsWithPostcode(t)) {
                continue;
            }
            int blockEnd = addressBelow(top, i);
            if (blockEnd < 0 && SALUTATION.matcher(t).find()) {
                blockEnd = townBelow(top, i); // "Frau Monika Beispiel" / a street OCR garbled / "20104 Hamburg"
            }
            if (blockEnd < 0) {
                continue;
            }
            int above = previousNonBlank(top, i);
            boolean salutation = SALUTATION.matcher(t).find() || (above >= 0 && salutes(top.get(above).text()));
            if (LONE_SALUTATION.matcher(t).matches()) {
                continue;
            }
            Optional<String> name = salutation ? Names.person(t) : Names.party(t);
            Optional<At> below = nameOnNextLine(top, i, name.orElse(""));
            if (name.isEmpty() && below.isEmpty()) {
                continue;
            }
            At at = below.orElseGet(() -> new At(name.get(), l.start()));
            if (isPrintedTown(top, at.value())) {
                // "Ludwigshafen am Rhein Datum 06.09.2025": the sender's town the line break carried over, read
                // between the sender line and the address window
                Optional<At> person = personOnNextLine(top, i);
                if (person.isEmpty()) {
                    continue;
                }
                at = person.get();
            }
            if (senderIdx >= 0 && l.index() > senderIdx && l.index() - senderIdx <= 6) {
                // a one-word line right under the sender line is its wrapped end ("Freiburg im" / "Breisgau")
                return at.value().contains(" ") ? at : personOnNextLine(top, i).orElse(at);
            }
            if (salutation && salutated == null) {
                salutated = at;
            }
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last == null || i > last.end) {
                blocks.add(new Block(blockEnd, at, i, false));
            } else if (!last.belowLetterhead && !CARE_OF.matcher(t).find()) {
                // "Sparkasse X" / "Claudia Beispiel" / street / town: the name nearest the address owns it,
                // the lines above are the letterhead
                Optional<String> person = Names.person(t).filter(n -> n.split(" ").length >= 2);
                if (person.isPresent()) {
                    blocks.set(blocks.size() - 1, new Block(blockEnd, new At(person.get(), l.start()), i, true));
                }
            }
        }
        if (salutated != null) {
            return salutated;
        }
        At lone = salutatedPersonBeforeBody(top);
        if (lone != null) {
            return lone;
        }
        if (senderIdx >= 0) {
            return null;
        }
        // a private letter: own address block first, then the addressee's; or one block under a letterhead (the
        // sender's name, a logo line: anything above the block that has no address of its own)
        return blocks.size() >= 2 ? blocks.get(1).at
                : blocks.size() == 1 && (blocks.get(0).belowLetterhead || previousNonBlank(top, blocks.get(0).line) >= 0)
                ? blocks.get(0).at : null;
    }

    /**
     * The word right before the date is the date label as OCR garbled it in the information block, where it often
     * shares its line with the address window ("Herrn Jörg Beispiel OrvVDatum 16.04.2025", "Gunther Meier Daum
     * 28.6.25", "Rech dat 07.04.2025"): a capital "Datum" glued to specks, the label one letter off, or its start;
     * "Rechn sdatum 28.06.2025": "Rechnungsdatum" with letters lost in its middle.
     */
    private static boolean garbledDatumBefore(String before) {
        String[] words = before.trim().split("\\s+");
        String word = words[words.length - 1].replaceAll("[:.,]+$", "");
        if (word.length() < 3) {
            return false;
        }
        String folded = FoldedText.of(word).text();
        return word.endsWith("Datum") || looksLikeDatumLabel(word) || folded.equals("dat") || folded.equals("datu")
                || (folded.length() >= 4 && folded.charAt(0) == 'd'
                        && EditDistance.levenshtein(folded, "datum") <= 1)
                || (folded.endsWith("datum") && folded.length() <= 8 && words.length >= 2
                        && FoldedText.of(words[words.length - 2]).text().startsWith("rech"));
    }

    /**
     * With no salutated address block (street and town both garbled: "Frau Natalia Beispiel" / "pees tee" /
     * "fel}? Wuppertal SV-Nummer ..."), a salutated full name in the letter's head, before its body begins, is
     * still the addressee; the sender's own block above it has no salutation. Null when there is none, or more
     * than one.
     */
    private static At salutatedPersonBeforeBody(List<Line> top) {
        At found = null;
        for (Line l : top) {
            String t = l.text().trim();
            if (LETTER_OPENING.matcher(t).find()) {
                break;
            }
            if (!SALUTATION.matcher(t).find()) {
                continue;
            }
            Optional<String> name = Names.person(t).filter(n -> n.split(" ").length >= 2);
            if (name.isPresent()) {
                if (found != null) {
                    return null;
                }
                found = new At(name.get(), l.start());
            }
        }
        return found;
    }

    /** True when {@code name} is printed after a postcode in the letter's head: a town, not an addressee. */
    private static boolean isPrintedTown(List<Line> top, String name) {
        for (Line l : top) {
            Matcher m = TOWN_AFTER_POSTCODE.matcher(l.text());
            while (m.find()) {
                if (m.group(1).trim().startsWith(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A full person's name (two words or more) on the next non-blank line, heading an address. */
    private Optional<At> personOnNextLine(List<Line> top, int i) {
        for (int k = i + 1; k < top.size(); k++) {
            Line next = top.get(k);
            int index = k;
            if (!next.text().isBlank()) {
                // the salutation above makes it a salutated name: its block may be damaged (townBelow)
                return Names.person(next.text().trim())
                        .filter(n -> n.contains(" ") && (addressBelow(top, index) >= 0 || townBelow(top, index) >= 0))
                        .map(n -> new At(n, next.start()));
            }
        }
        return Optional.empty();
    }

    private static int previousNonBlank(List<Line> top, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!top.get(k).text().isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** The line before a name addresses it: a lone salutation, or one the right column goes on after. */
    private static boolean salutes(String previous) {
        return LONE_SALUTATION.matcher(previous).matches() || LEADING_SALUTATION.matcher(previous).find();
    }

    /**
     * A salutation line whose one-word "name" is the right column's text ("Herrn Auszug 4 / 2025") above
     * a full name that heads the address ("Mustafa Strauß Zeitraum: ..."): the name is that next line's.
     */
    private Optional<At> nameOnNextLine(List<Line> top, int i, String name) {
        if (name.contains(" ") || i + 1 >= top.size() || top.get(i + 1).text().isBlank()
                || !LEADING_SALUTATION.matcher(top.get(i).text()).find()) {
            return Optional.empty();
        }
        return personOnNextLine(top, i);
    }

    /**
     * Index (in {@code top}) of the postcode line when a street line follows within three lines and
     * a postcode line within three lines after that; -1 otherwise.
     */
    private static int addressBelow(List<Line> top, int i) {
        for (int s = i + 1; s <= Math.min(top.size() - 1, i + 3); s++) {
            String st = top.get(s).text().trim();
            if (Addresses.startsWithStreet(st)) {
                if (Addresses.find(st).isPresent()) {
                    return s;
                }
                for (int p = s + 1; p <= Math.min(top.size() - 1, s + 3); p++) {
                    if (Addresses.startsWithPostcode(top.get(p).text())) {
                        return p;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of an address block OCR damaged, below a salutated name: a street line within three lines below
     * whose town line is lost, or a postcode line two or three lines below with the street between garbled. -1
     * otherwise. Only a salutated name may head such a block.
     */
    private static int townBelow(List<Line> top, int i) {
        int seen = 0;
        for (int k = i + 1; k < top.size() && seen < 3; k++) {
            String t = top.get(k).text().trim();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (Addresses.startsWithStreet(t)) {
                // "Kirchgasse 64 Steuerklasse 1" / a town line OCR lost; or below the name ("Herrn" / "Florian
                // Weiß Steuerklasse" / a speck line / "Kleiner Ring 154"), the information block run into it
                return k;
            }
            if (Addresses.startsWithPostcode(t)) {
                return seen >= 2 ? k : -1;
            }
        }
        return -1;
    }

    private At findClosing() {
        for (Phrase p : taxonomy.letter().closings()) {
            for (PhraseMatch m : p.findAll(view)) {
                Line l = view.lineAt(m.start());
                String after = view.text().substring(m.end(), l.end()).replaceAll("^[\\s,.]+", "");
                String candidate = after;
                int offset = m.end();
                if (after.isBlank()) {
                    Line next = view.nextNonBlank(l);
                    if (next == null) {
                        continue;
                    }
                    candidate = next.text();
                    offset = next.start();
                }
                candidate = candidate.trim().replaceFirst("^(?:Ihre|Ihr|Ihres|i\\.\\s?A\\.|i\\.\\s?V\\.)\\s+", "");
                Optional<String> name = Names.party(candidate);
                if (name.isPresent()) {
                    return new At(name.get(), offset);
                }
            }
        }
        return null;
    }

    private static Optional<LocalDate> placeDate(Line l) {
        Matcher m = PLACE_DATE.matcher(l.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1).toLowerCase(Locale.GERMAN);
        if (place.startsWith("datum") || place.startsWith("stand") || place.startsWith("seite")) {
            return Optional.empty();
        }
        return GermanDates.parse(m.group(2));
    }

    private At findSignatureDate() {
        List<Line> sig = new ArrayList<>();
        for (Phrase p : taxonomy.letter().signatureLabels()) {
            for (PhraseMatch m : p.findAll(view)) {
                sig.add(view.lineAt(m.start()));
            }
        }
        At best = null;
        int bestDist = Integer.MAX_VALUE;
        for (At d : placeDates) {
            int idx = view.lineAt(d.offset()).index();
            for (Line s : sig) {
                int dist = nonBlankBetween(Math.min(s.index(), idx), Math.max(s.index(), idx));
                if (dist <= 3 && dist < bestDist) {
                    bestDist = dist;
                    best = d;
                }
            }
        }
        return best;
    }

    /** A date standing alone, or with one short word (a label OCR garbled), near the top. */
    /** Lines from {@code from} to {@code to} that are not blank, counting the end line. */
    private int nonBlankBetween(int from, int to) {
        int n = 0;
        for (int i = from + 1; i <= to; i++) {
            n += view.lines().get(i).isBlank() ? 0 : 1;
        }
        return n;
    }

    /** Labels of the dates that are not the letter's own ("Geburtstag", "Gültig bis"): their values stand alone too. */
    private static List<Phrase> otherDateLabels(Taxonomy taxonomy) {
        List<Phrase> out = new ArrayList<>();
        for (FieldDefinition f : taxonomy.fields()) {
            if (f.kind() == FieldKind.DATE && !f.sources().contains("headerDate")) {
                out.addAll(f.labels());
            }
        }
        return out;
    }

    /**
     * A lone date (or "Datum 01.02.2025", or a date after its garbled label) in the first {@value #HEADER_LINES}
     * written lines, before the salutation; in all top lines when a "Datum" label ends a line there without its
     * date: OCR read the information block after the address or the salutation.
     */
    private static At findHeaderDate(List<Line> top, List<Phrase> otherDateLabels) {
        boolean danglingLabel = top.stream().anyMatch(l -> DANGLING_DATUM.matcher(l.text()).find()
                && GermanDates.findAll(l.text()).isEmpty());
        int written = 0; // blank lines say how OCR spaced the blocks, not how far down the page a line is
        boolean otherDateAbove = false;
        for (int i = 0; i < top.size() && (danglingLabel || written < HEADER_LINES); i++) {
            String t = top.get(i).text().trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!danglingLabel && LETTER_OPENING.matcher(t).find()) {
                break; // the body has begun: a date below the salutation is the body's
            }
            written++;
            otherDateAbove |= isOtherCaption(t, otherDateLabels);
            List<GermanDates.DateMatch> dates = GermanDates.findAll(t);
            if (dates.size() != 1 || dates.get(0).date() == null) {
                continue;
            }
            String before = t.substring(0, dates.get(0).start());
            String after = t.substring(dates.get(0).end()).trim();
            String rest = (before + " " + after).trim();
            // a lone date below a caption naming another date ("Eintritt", "Geburtstag / Date of birth"), however
            // far the value column stands from its label column, may be that caption's value
            if (looksLikeDatumLabel(rest) || (rest.isEmpty() && (danglingLabel || !otherDateAbove))
                    || (after.length() <= TRAILING_SPECKS && garbledDatumBefore(before))) {
                return new At(dates.get(0).date().toString(), top.get(i).start());
            }
        }
        return null;
    }
}
