package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.config.IntakeProperties.Delivery.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorRegistryTest {

    @TempDir
    Path tmp;

    @Test
    void createsOneConnectorPerConfiguredTarget() {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("leistung", new Target("filesystem", Map.of("directory", tmp.resolve("a").toString())));
        targets.put("kdu", new Target("filesystem", Map.of("directory", tmp.resolve("b").toString())));

        try (ConnectorRegistry registry = new ConnectorRegistry(targets, getClass().getClassLoader())) {
            assertThat(registry.targets()).containsOnlyKeys("leistung", "kdu");
            assertThat(registry.target("kdu")).isSameAs(registry.targets().get("kdu"));
            assertThat(registry.target("leistung").check().toString()).isNotBlank();
            assertThatThrownBy(() -> registry.target("unbekannt")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unbekannt").hasMessageContaining("leistung");
        }
    }

    @Test
    void everyConfigurationProblemIsListedAtOnce() {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("dms", new Target("d3-webservice", Map.of()));
        targets.put("ablage", new Target("filesystem", Map.of("verzeichnis", "/tmp/x")));

        assertThatThrownBy(() -> new ConnectorRegistry(targets, getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown connector type 'd3-webservice'")
                .hasMessageContaining("filesystem")
                .hasMessageContaining("'directory' is required")
                .hasMessageContaining("unknown setting 'verzeichnis'");
    }
}
