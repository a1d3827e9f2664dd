package de.kommune.intake.connector.spi;

/**
 * Creates connectors of one kind. Registered through {@code META-INF/services}.
 *
 * @since 1.0
 */
public interface DmsConnectorProvider {

    /** Stable kebab-case name used in the pipeline configuration, e.g. {@code "filesystem"}. */
    String id();

    /**
     * Builds a connector from its settings.
     *
     * @throws InvalidSettingsException listing every problem at once, so an administrator can fix them in one go
     */
    DmsConnector create(ConnectorSettings settings) throws InvalidSettingsException;
}
