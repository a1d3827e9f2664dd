package de.kommune.intake.connector.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of one configured target ({@code intake.delivery.targets.<name>.settings.*}), framework-free.
 *
 * @since 1.0
 */
public interface ConnectorSettings {

    /** The configured target name, e.g. {@code leistung}. */
    String targetName();

    Optional<String> get(String key);

    Set<String> keys();

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    default Duration duration(String key, Duration defaultValue) {
        return get(key).map(Duration::parse).orElse(defaultValue);
    }

    static ConnectorSettings of(String targetName, Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return new ConnectorSettings() {
            @Override
            public String targetName() {
                return targetName;
            }

            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(copy.get(key));
            }

            @Override
            public Set<String> keys() {
                return copy.keySet();
            }
        };
    }
}
