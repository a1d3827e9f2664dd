package org.example.dms.acme;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.InvalidSettingsException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code acme-archive}: settings {@code root} (the archive's import share, required) and {@code max-size-mb}. */
public final class AcmeArchiveProvider implements DmsConnectorProvider {

    private static final Set<String> KNOWN = Set.of("root", "max-size-mb");

    @Override
    public String id() {
        return "acme-archive";
    }

    @Override
    public DmsConnector create(ConnectorSettings settings) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        String root = settings.get("root", "");
        if (root.isBlank() || !Path.of(root).isAbsolute()) {
            problems.add("'root' must be the absolute path of the archive's import share, was '" + root + "'");
        }
        long maxMb = 0;
        try {
            maxMb = Long.parseLong(settings.get("max-size-mb", "512"));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (maxMb <= 0) {
            problems.add("'max-size-mb' must be a positive number, was '" + settings.get("max-size-mb", "") + "'");
        }
        settings.keys().stream().filter(k -> !KNOWN.contains(k)).sorted()
                .forEach(k -> problems.add("unknown setting '" + k + "' (known: root, max-size-mb)"));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(settings.targetName(), problems);
        }
        return new AcmeArchiveConnector(Path.of(root), maxMb * 1024 * 1024);
    }
}
