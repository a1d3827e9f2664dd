package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.HealthStatus;

/**
 * A target that refuses every document ({@code mode: reject}) or fails with an exception ({@code mode: throw}):
 * the two outcomes of the connector contract that the built-in filesystem connector never produces. Found through
 * {@code META-INF/services} like any plug-in.
 */
public final class RefusingConnectorProvider implements DmsConnectorProvider {

    @Override
    public String id() {
        return "test-refusing";
    }

    @Override
    public DmsConnector create(ConnectorSettings settings) {
        boolean throwing = "throw".equals(settings.get("mode", "reject"));
        return new DmsConnector() {
            @Override
            public DeliveryResult deliver(de.kommune.intake.connector.spi.FiledDocument document) {
                if (throwing) {
                    throw new IllegalStateException("secret document detail that must not reach the logs");
                }
                return new DeliveryResult.Rejected("document type not accepted by this archive");
            }

            @Override
            public HealthStatus check() {
                return HealthStatus.up("refuses everything");
            }
        };
    }
}
