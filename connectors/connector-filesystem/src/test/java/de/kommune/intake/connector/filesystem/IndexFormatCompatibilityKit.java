package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit;
import de.kommune.intake.connector.tck.StoredDocument;
import de.kommune.intake.connector.tck.TargetProbe;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compatibility kit for the filesystem connector with one index format: the probe reads every index file of
 * that format the way an import job would (see {@link IndexFiles}) and matches the id written in it, so a
 * redelivery under a second name counts twice and an unparseable index fails the test.
 */
abstract class IndexFormatCompatibilityKit extends DmsConnectorCompatibilityKit {

    /** The format settings on top of {@code directory}. */
    protected abstract Map<String, String> formatSettings();

    /** The index file's suffix, e.g. {@code .xml}. */
    protected abstract String indexSuffix();

    /** Reads one index file. */
    protected abstract IndexFiles.Parsed parse(byte[] indexFile) throws Exception;

    @Override
    protected final DmsConnectorProvider provider() {
        return new FilesystemConnectorProvider();
    }

    @Override
    protected final ConnectorSettings settings(Path workDir) {
        return ConnectorSettings.of("tck", with(workDir.resolve("filed")));
    }

    @Override
    protected final ConnectorSettings unavailableSettings(Path workDir) throws Exception {
        // A folder below a regular file can be neither written nor created: like an unmounted share.
        Path blocker = Files.writeString(workDir.resolve("not-a-directory"), "x");
        return ConnectorSettings.of("tck-down", with(blocker.resolve("filed")));
    }

    @Override
    protected List<ConnectorSettings> invalidSettings(Path workDir) {
        Map<String, String> typo = with(workDir);
        typo.put("index-fromat", "xml");
        Map<String, String> noDirectory = new HashMap<>(formatSettings());
        return List.of(ConnectorSettings.of("tck-empty", noDirectory), ConnectorSettings.of("tck-typo", typo));
    }

    private Map<String, String> with(Path directory) {
        Map<String, String> values = new HashMap<>(formatSettings());
        values.put("directory", directory.toString());
        return values;
    }

    @Override
    protected final TargetProbe probe(Path workDir) {
        Path dir = workDir.resolve("filed");
        return document -> {
            List<StoredDocument> found = new ArrayList<>();
            for (Path index : TargetProbe.filesBelow(dir, indexSuffix())) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(index);
                } catch (NoSuchFileException replacedMeanwhile) {
                    continue;
                }
                IndexFiles.Parsed parsed = parse(bytes);
                if (document.id().equals(parsed.id())) {
                    String name = index.getFileName().toString();
                    Path pdf = index.resolveSibling(name.substring(0, name.length() - indexSuffix().length()) + ".pdf");
                    found.add(new StoredDocument(pdf.toString(), () -> Files.newInputStream(pdf), parsed.values()));
                }
            }
            return found;
        };
    }
}
