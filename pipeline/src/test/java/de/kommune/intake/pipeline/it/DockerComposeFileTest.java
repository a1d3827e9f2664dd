package de.kommune.intake.pipeline.it;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml is for users (no Docker engine in CI): it must parse and describe the documented layout. */
class DockerComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void describesBrokerTwoWorkersDatabaseAndMonitoring() throws Exception {
        Path compose = Path.of("..", "docker-compose.yml");
        Map<String, Object> doc;
        try (Reader r = Files.newBufferedReader(compose)) {
            doc = new Yaml().load(r);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) doc.get("services");
        assertThat(services).containsKeys("artemis", "postgres", "prometheus", "intake-api");
        List<String> workers = services.keySet().stream().filter(s -> s.startsWith("intake-worker")).toList();
        assertThat(workers).hasSizeGreaterThanOrEqualTo(2);
        for (String name : workers) {
            Map<String, Object> env = (Map<String, Object>) services.get(name).get("environment");
            assertThat(env).as(name).containsEntry("SPRING_ARTEMIS_MODE", "native")
                    .containsEntry("SPRING_ARTEMIS_EMBEDDED_ENABLED", "false");
            assertThat(String.valueOf(env.get("SPRING_ARTEMIS_BROKER_URL"))).contains("artemis:61616");
            assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL"))).as(name + ": the shared database")
                    .startsWith("jdbc:postgresql://postgres:");
        }
        List<String> promVolumes = (List<String>) services.get("prometheus").get("volumes");
        String promConfig = promVolumes.get(0).split(":")[0];
        assertThat(Path.of("..").resolve(promConfig)).exists();
    }
}
