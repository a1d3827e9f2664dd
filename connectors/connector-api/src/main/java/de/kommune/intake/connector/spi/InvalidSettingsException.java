package de.kommune.intake.connector.spi;

import java.util.List;

/**
 * Thrown by {@link DmsConnectorProvider#create} with every settings problem found.
 *
 * @since 1.0
 */
public class InvalidSettingsException extends Exception {

    private final List<String> problems;

    public InvalidSettingsException(String targetName, List<String> problems) {
        super("Invalid settings for connector target '" + targetName + "': " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
