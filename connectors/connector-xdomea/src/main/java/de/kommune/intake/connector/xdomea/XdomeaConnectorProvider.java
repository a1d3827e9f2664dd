package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.InvalidSettingsException;

/**
 * Built-in connector {@code xdomea}: each document becomes an xdomea 3.1.0 {@code FVDaten.SGOAblegen.0605} message,
 * zipped with its PDF/A into an exchange folder that the DMS imports from (Datenaustauschart "freigegebenes
 * Verzeichnis").
 *
 * <p>Settings: {@code out-dir}, {@code sender-name}, {@code sender-code}, {@code recipient-name},
 * {@code recipient-code} (required); {@code sender-/recipient-code-list-uri} and {@code -code-list-version},
 * {@code ablageort} (default: {@code out-dir}), {@code creator-id} (default {@code intake-pipeline}),
 * {@code format-code} / {@code format-code-list-version} (default {@code 100} "Sonstiges" / {@code 1.0}),
 * {@code include-index-record} (default true), {@code time-zone} (default Europe/Berlin).
 */
public final class XdomeaConnectorProvider implements DmsConnectorProvider {

    public static final String ID = "xdomea";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DmsConnector create(ConnectorSettings settings) throws InvalidSettingsException {
        return new XdomeaConnector(XdomeaSettings.from(settings));
    }
}
