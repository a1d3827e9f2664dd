package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.InvalidSettingsException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed settings of one {@code xdomea} target.
 *
 * @param outDir               folder the zips are written to (the DMS's exchange folder)
 * @param ablageort            value of {@code Ablageort}: the exchange folder's name as the DMS knows it
 * @param sender               the sending authority (the Jobcenter)
 * @param recipient            the receiving authority (the DMS operator)
 * @param creatorId            {@code Erstellerkennung}: the user or system the DMS records as creator
 * @param formatCode           {@code Dateiformat} code of the PDF/A; "100" is "Sonstiges" per the schema's hint
 * @param formatCodeListVersion version of the {@code Dateiformat} code list the DMS expects
 * @param includeIndexRecord   whether the index record JSON goes into the zip as a further file
 * @param zone                 time zone of the receipt date ({@code Posteingangsdatum})
 */
record XdomeaSettings(Path outDir, String ablageort, Party sender, Party recipient, String creatorId,
                      String formatCode, String formatCodeListVersion, boolean includeIndexRecord, ZoneId zone) {

    static final Set<String> KEYS = Set.of("out-dir", "ablageort",
            "sender-name", "sender-code", "sender-code-list-uri", "sender-code-list-version",
            "recipient-name", "recipient-code", "recipient-code-list-uri", "recipient-code-list-version",
            "creator-id", "format-code", "format-code-list-version", "include-index-record", "time-zone");

    /** Reads and checks every setting, listing all problems at once. */
    static XdomeaSettings from(ConnectorSettings settings) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        Path outDir = null;
        String dir = settings.get("out-dir", "").trim();
        if (dir.isEmpty()) {
            problems.add("'out-dir' is required (the exchange folder the xdomea zips are written to)");
        } else {
            try {
                outDir = Path.of(dir);
            } catch (InvalidPathException e) {
                problems.add("'out-dir' is not a valid path: " + e.getMessage());
            }
        }
        Party sender = party(settings, "sender", problems);
        Party recipient = party(settings, "recipient", problems);
        String include = settings.get("include-index-record", "true");
        if (!include.equals("true") && !include.equals("false")) {
            problems.add("'include-index-record' must be true or false, was '" + include + "'");
        }
        ZoneId zone = null;
        String zoneName = settings.get("time-zone", "Europe/Berlin");
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            problems.add("'time-zone' is not a time zone id (e.g. Europe/Berlin): '" + zoneName + "'");
        }
        String creatorId = nonBlank(settings, "creator-id", "intake-pipeline", problems);
        String formatCode = nonBlank(settings, "format-code", "100", problems);
        String formatListVersion = nonBlank(settings, "format-code-list-version", "1.0", problems);
        Set<String> unknown = new TreeSet<>(settings.keys());
        unknown.removeAll(KEYS);
        for (String key : unknown) {
            problems.add("unknown setting '" + key + "' (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(settings.targetName(), problems);
        }
        String ablageort = settings.get("ablageort").filter(s -> !s.isBlank()).orElse(outDir.toString());
        return new XdomeaSettings(outDir, ablageort, sender, recipient, creatorId, formatCode, formatListVersion,
                Boolean.parseBoolean(include), zone);
    }

    private static Party party(ConnectorSettings settings, String role, List<String> problems) {
        String name = settings.get(role + "-name", "").trim();
        String code = settings.get(role + "-code", "").trim();
        String listUri = settings.get(role + "-code-list-uri").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        String listVersion = settings.get(role + "-code-list-version").map(String::trim).filter(s -> !s.isEmpty())
                .orElse(null);
        if (name.isEmpty()) {
            problems.add("'" + role + "-name' is required (the " + role + " authority's name in the message head)");
        }
        if (code.isEmpty()) {
            problems.add("'" + role + "-code' is required (the " + role + " authority's identifier, e.g. its DVDV key)");
        }
        if ((listUri == null) != (listVersion == null)) {
            problems.add("'" + role + "-code-list-uri' and '" + role + "-code-list-version' go together: set both or neither");
        }
        return name.isEmpty() || code.isEmpty() ? null : new Party(name, code, listUri, listVersion);
    }

    private static String nonBlank(ConnectorSettings settings, String key, String dflt, List<String> problems) {
        String value = settings.get(key, dflt).trim();
        if (value.isEmpty()) {
            problems.add("'" + key + "' must not be blank (leave it out for the default '" + dflt + "')");
        }
        return value;
    }
}
