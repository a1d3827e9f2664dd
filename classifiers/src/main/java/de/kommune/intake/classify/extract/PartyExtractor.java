package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.value.Addresses;
import de.kommune.intake.classify.value.Names;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contract parties introduced by a role marker: "Zwischen X ... - nachstehend Vermieter genannt -
 * und Y ... (nachfolgend „Mieter“)". The party is the text between "zwischen"/"und" (or the
 * previous marker) and the marker, cleaned of addresses and birth data. Configured per field as
 * {@code party:<Rolle>}.
 */
final class PartyExtractor implements FieldExtractor {

    private static final String MARKER = "(?:nachstehend|nachfolgend|im\\s+folgenden|im\\s+weiteren|fortan)"
            + "\\s*(?:auch\\s+|kurz\\s+)?(?:als\\s+)?(?:der\\s+|die\\s+|„|\"|“|”|»|«|'|‚|‘|\\s)*";
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?<![\\p{L}])(?:zwischen|und)(?![\\p{L}])");
    private static final int REACH = 300;
    /** The words that join a town's name to its river or region ("Frankfurt am Main", "Mülheim an der Ruhr"). */
    private static final String TOWN_JOINER = "am|an der|im|in der|ob der|bei";
    /** A line ending in a postcode or a town's "am"/"an der": the town went on to the next line. */
    private static final Pattern WRAPPED_ADDRESS = Pattern.compile(
            "(?:(?<!\\d)\\d{5}|(?<![\\p{L}])(?:" + TOWN_JOINER + "|a\\.))[ \\t]*$");

    /** "am Main" / "an der Oder" on a line of its own: the end of a town's name the line break cut. */
    private static final Pattern TOWN_CONTINUED = Pattern.compile(
            "(?:" + TOWN_JOINER + ")\\s+\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*)?");

    @Override
    public void extract(ExtractionContext ctx) {
        Map<String, String> fields = ctx.fieldsUsingPrefix("party:");
        if (fields.isEmpty()) {
            return;
        }
        String flat = ctx.view().flat();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String role = Pattern.quote(e.getValue());
            Pattern marker = Pattern.compile("(?i)(?:" + MARKER + "(?<![\\p{L}])" + role
                    + "(?:in|/in|/-in)?(?![\\p{L}])|\\((?:der\\s+|die\\s+)?[„\"“]?" + role + "(?:in)?[“\"”]?\\))");
            Matcher m = marker.matcher(flat);
            while (m.find()) {
                int start = partyStart(ctx.view(), flat, m.start());
                String raw = flat.substring(start, m.start()).replaceAll("[\\s(\\-–—,]+$", "")
                        .replaceAll("^[\\s:,\\-–—]+", "");
                Names.party(raw).ifPresent(v ->
                        ctx.offer(e.getKey(), v, Confidence.PARTY, start, "party:" + e.getValue(), "party"));
            }
        }
    }

    /**
     * Start of the party text: after the last "zwischen"/"und" in the marker's line and the line
     * before it, else the start of that previous line (parties are written on their own lines).
     */
    private static int partyStart(de.kommune.intake.classify.text.TextView view, String flat, int markerStart) {
        de.kommune.intake.classify.text.Line line = view.lineAt(markerStart);
        de.kommune.intake.classify.text.Line prev = previousNonBlank(view, line);
        int from = line.start();
        if (flat.substring(line.start(), markerStart).replaceAll("[\\s\\-–—(]", "").isEmpty() && prev != null) {
            from = prev.start();
            de.kommune.intake.classify.text.Line before = previousNonBlank(view, prev);
            if (before != null && (WRAPPED_ADDRESS.matcher(before.text()).find()
                    || TOWN_CONTINUED.matcher(prev.text().trim()).matches()
                    || Addresses.startsWithStreet(prev.text().trim()) || Addresses.startsWithPostcode(prev.text()))) {
                // the previous line only carries the town of a wrapped address, its postcode and town ("…, An der
                // Weißen Mühle 59," / "96057 Bamberg"), or the party's whole address ("… GmbH & Co. KG," /
                // "Brückenstraße 23, 83028 Rosenheim" / "(Vermieter)")
                from = before.start();
            }
        } else if (prev != null) {
            from = Math.max(prev.start(), markerStart - REACH);
        }
        Matcher b = BOUNDARY.matcher(flat).region(from, markerStart);
        int start = from;
        while (b.find()) {
            start = b.end();
        }
        if (start == from && from < line.start() && prev != null) {
            // no boundary word: the party is the previous line (or this one if it holds the text)
            String own = flat.substring(line.start(), markerStart).replaceAll("[\\s\\-–—(]", "");
            start = own.isEmpty() ? from : line.start();
        }
        return start;
    }

    private static de.kommune.intake.classify.text.Line previousNonBlank(de.kommune.intake.classify.text.TextView view,
                                                                       de.kommune.intake.classify.text.Line line) {
        for (int i = line.index() - 1; i >= 0; i--) {
            if (!view.lines().get(i).isBlank()) {
                return view.lines().get(i);
            }
        }
        return null;
    }
}
