package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.InvalidSettingsException;
import de.kommune.intake.pipeline.config.IntakeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds connector providers with {@link ServiceLoader} (built-ins and jars in {@code plugins/}), logs them, and
 * creates one connector per configured target. Fails at start-up, with every problem listed, on an unknown
 * connector type, a duplicate id or bad settings — not at the first document.
 */
public final class ConnectorRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final Map<String, DmsConnector> targets;

    public ConnectorRegistry(Map<String, IntakeProperties.Delivery.Target> configured, ClassLoader classLoader) {
        Map<String, DmsConnectorProvider> providers = discover(classLoader);
        List<String> problems = new ArrayList<>();
        Map<String, DmsConnector> created = new LinkedHashMap<>();
        configured.forEach((name, target) -> {
            DmsConnectorProvider provider = providers.get(target.type());
            if (provider == null) {
                problems.add("target '" + name + "': unknown connector type '" + target.type() + "' (available: "
                        + String.join(", ", providers.keySet()) + ")");
                return;
            }
            try {
                created.put(name, provider.create(ConnectorSettings.of(name, target.settings())));
            } catch (InvalidSettingsException e) {
                problems.add(e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            created.values().forEach(DmsConnector::close);
            throw new IllegalStateException("Connector configuration is invalid:\n  - " + String.join("\n  - ", problems));
        }
        this.targets = Collections.unmodifiableMap(created);
        log.info("Connector targets: {}", targets.keySet());
    }

    private static Map<String, DmsConnectorProvider> discover(ClassLoader classLoader) {
        Map<String, DmsConnectorProvider> found = new TreeMap<>();
        for (DmsConnectorProvider p : ServiceLoader.load(DmsConnectorProvider.class, classLoader)) {
            DmsConnectorProvider previous = found.putIfAbsent(p.id(), p);
            if (previous != null) {
                throw new IllegalStateException("Two connectors claim the id '" + p.id() + "': "
                        + previous.getClass().getName() + " and " + p.getClass().getName());
            }
            log.info("Connector found: id={} class={} jar={}", p.id(), p.getClass().getName(),
                    p.getClass().getProtectionDomain().getCodeSource() == null ? "?"
                            : p.getClass().getProtectionDomain().getCodeSource().getLocation());
        }
        return found;
    }

    /** Fails at start-up when routing names a target that no connector was configured for. */
    public void requireTargets(java.util.Collection<String> names, String where) {
        List<String> unknown = names.stream().filter(n -> n != null && !targets.containsKey(n)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(where + " names target(s) " + unknown + " that are not configured under"
                    + " intake.delivery.targets (configured: " + targets.keySet() + ")");
        }
    }

    public DmsConnector target(String name) {
        DmsConnector c = targets.get(name);
        if (c == null) {
            throw new IllegalStateException("No connector target named '" + name + "' (configured: "
                    + targets.keySet() + ")");
        }
        return c;
    }

    public Map<String, DmsConnector> targets() {
        return targets;
    }

    @Override
    public void close() {
        targets.values().forEach(DmsConnector::close);
    }
}
