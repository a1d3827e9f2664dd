package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.InvalidSettingsException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Connector {@code cmis}: files documents into a CMIS 1.1 repository (Alfresco, nuxeo, enaio, d.3 and others
 * with a CMIS endpoint) over the Browser or AtomPub binding. The settings are described in
 * {@code docs/connectors.md}, section "CMIS connector".
 */
public final class CmisConnectorProvider implements DmsConnectorProvider {

    public static final String ID = "cmis";

    private final CmisSettingsParser parser;

    public CmisConnectorProvider() {
        this(System::getenv);
    }

    /** For tests: environment variables come from {@code environment}. */
    CmisConnectorProvider(Function<String, String> environment) {
        this.parser = new CmisSettingsParser(environment, CmisSettingsParser::onClassPath);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DmsConnector create(ConnectorSettings settings) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        CmisSettings parsed = parser.parse(settings, problems).orElse(null);
        if (parsed == null) {
            throw new InvalidSettingsException(settings.targetName(), problems);
        }
        return new CmisConnector(parsed);
    }
}
