package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit;
import de.kommune.intake.connector.tck.StoredDocument;
import de.kommune.intake.connector.tck.TargetProbe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The built-in connector against the compatibility kit: the target is a real folder. */
class FilesystemConnectorCompatibilityTest extends DmsConnectorCompatibilityKit {

    @Override
    protected DmsConnectorProvider provider() {
        return new FilesystemConnectorProvider();
    }

    @Override
    protected ConnectorSettings settings(Path workDir) {
        return ConnectorSettings.of("tck", Map.of("directory", workDir.resolve("filed").toString()));
    }

    @Override
    protected ConnectorSettings unavailableSettings(Path workDir) throws Exception {
        // A folder below a regular file can be neither written nor created: like an unmounted share.
        Path blocker = Files.writeString(workDir.resolve("not-a-directory"), "x");
        return ConnectorSettings.of("tck-down", Map.of("directory", blocker.resolve("filed").toString()));
    }

    @Override
    protected List<ConnectorSettings> invalidSettings(Path workDir) {
        return List.of(
                ConnectorSettings.of("tck-empty", Map.of()),
                ConnectorSettings.of("tck-typo", Map.of("directory", workDir.toString(), "write-orginal", "true")),
                ConnectorSettings.of("tck-flag", Map.of("directory", workDir.toString(), "write-original", "ja")));
    }

    /**
     * An import job's view: every complete document is a {@code .json} index record (written last) whose
     * {@code id} is the document's, next to its {@code .pdf}. Scans every record instead of guessing the file name,
     * so a redelivery filed under a second name would show up twice.
     */
    @Override
    protected TargetProbe probe(Path workDir) {
        Path dir = workDir.resolve("filed");
        return document -> {
            Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(document.id()) + "\"");
            List<StoredDocument> found = new ArrayList<>();
            for (Path json : TargetProbe.filesBelow(dir, ".json")) {
                String record;
                try {
                    record = Files.readString(json, StandardCharsets.UTF_8);
                } catch (NoSuchFileException replacedMeanwhile) {
                    continue;
                }
                if (idPattern.matcher(record).find()) {
                    String name = json.getFileName().toString();
                    Path pdf = json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".pdf");
                    found.add(new StoredDocument(pdf.toString(), () -> Files.newInputStream(pdf), record));
                }
            }
            return found;
        };
    }
}
