package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.InvalidSettingsException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Built-in connector {@code filesystem}: drops {@code <id>.pdf}, {@code <id>.json}, {@code <id>.txt} into a folder
 * that a DMS import job (or the batch command's user) picks up.
 *
 * <p>Settings: {@code directory} (required), {@code write-original} ({@code true}/{@code false}, default false),
 * {@code index-format} ({@code json} (default, the contract's {@code <id>.json}), {@code xml}, {@code csv} or
 * {@code template}) and the format's own settings (see {@link IndexFormats}).
 */
public final class FilesystemConnectorProvider implements DmsConnectorProvider {

    public static final String ID = "filesystem";

    private static final Set<String> KNOWN_KEYS = knownKeys();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DmsConnector create(ConnectorSettings settings) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        Path directory = null;
        String dir = settings.get("directory").orElse("");
        if (dir.isBlank()) {
            problems.add("'directory' is required (the folder the documents are written to)");
        } else {
            try {
                directory = Path.of(dir);
            } catch (InvalidPathException e) {
                problems.add("'directory' is not a valid path: " + e.getMessage());
            }
        }
        String writeOriginal = settings.get("write-original", "false");
        if (!writeOriginal.equals("true") && !writeOriginal.equals("false")) {
            problems.add("'write-original' must be true or false, was '" + writeOriginal + "'");
        }
        for (String key : settings.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                problems.add("unknown setting '" + key + "' (known: " + String.join(", ", new TreeSet<>(KNOWN_KEYS)) + ")");
            }
        }
        IndexFormat indexFormat = IndexFormats.fromSettings(settings, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(settings.targetName(), problems);
        }
        return new FilesystemConnector(directory, Boolean.parseBoolean(writeOriginal), indexFormat);
    }

    private static Set<String> knownKeys() {
        Set<String> keys = new HashSet<>(Set.of("directory", "write-original"));
        keys.addAll(IndexFormats.KEYS);
        return Set.copyOf(keys);
    }
}
