package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.FiledDocument;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder a document is filed in, from a template such as {@code /Jobcenter/{caseKey}/{documentType}}.
 *
 * <p>Placeholders: {@code {caseKey}} (the BG number, or the {@code no-case-folder} name when the document has none),
 * {@code {documentType}}, {@code {target}}, {@code {year}} and {@code {month}} of receipt (German time). Each
 * substituted value is encoded with {@link CmisNames#segment}, so a value can add neither a level nor a {@code ..}.
 */
final class FolderTemplate {

    static final Set<String> PLACEHOLDERS = Set.of("caseKey", "documentType", "target", "year", "month");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final ZoneId JOBCENTER_TIME = ZoneId.of("Europe/Berlin");

    private final List<String> segments;
    private final String noCaseFolder;

    private FolderTemplate(List<String> segments, String noCaseFolder) {
        this.segments = segments;
        this.noCaseFolder = noCaseFolder;
    }

    /** Parses and checks a template; the problems found are added to {@code problems}. */
    static Optional<FolderTemplate> parse(String template, String noCaseFolder, List<String> problems) {
        int before = problems.size();
        if (!template.startsWith("/")) {
            problems.add("'folder-template' must be an absolute CMIS path starting with '/', was '" + template + "'");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                problems.add("'folder-template' must not contain '.' or '..' segments");
            }
            Matcher m = PLACEHOLDER.matcher(segment);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    problems.add("'folder-template' has an unknown placeholder {" + m.group(1) + "} (known: "
                            + String.join(", ", PLACEHOLDERS.stream().sorted().toList()) + ")");
                }
            }
            String literal = PLACEHOLDER.matcher(segment).replaceAll("");
            if (literal.contains("{") || literal.contains("}")) {
                problems.add("'folder-template' has an unbalanced brace in '" + segment + "'");
            }
            segments.add(segment);
        }
        if (noCaseFolder.isBlank() || noCaseFolder.contains("/")) {
            problems.add("'no-case-folder' must be a folder name without '/', was '" + noCaseFolder + "'");
        }
        return problems.size() == before ? Optional.of(new FolderTemplate(List.copyOf(segments), noCaseFolder))
                : Optional.empty();
    }

    /** The absolute folder path for {@code document}; {@code /} when the template has no segments. */
    String folderFor(FiledDocument document) {
        ZonedDateTime received = (document.receivedAt() != null ? document.receivedAt() : Instant.now())
                .atZone(JOBCENTER_TIME);
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            Matcher m = PLACEHOLDER.matcher(segment);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                String value = switch (m.group(1)) {
                    case "caseKey" -> document.caseKey() == null || document.caseKey().isBlank()
                            ? noCaseFolder : CmisNames.segment(document.caseKey());
                    case "documentType" -> CmisNames.segment(document.documentType());
                    case "target" -> CmisNames.segment(document.target() == null ? "" : document.target());
                    case "year" -> String.valueOf(received.getYear());
                    case "month" -> String.format("%02d", received.getMonthValue());
                    default -> throw new IllegalStateException("placeholder checked in parse(): " + m.group(1));
                };
                m.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            m.appendTail(resolved);
            path.append('/').append(resolved);
        }
        return path.length() == 0 ? "/" : path.toString();
    }
}
