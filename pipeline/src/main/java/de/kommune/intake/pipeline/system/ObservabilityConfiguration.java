package de.kommune.intake.pipeline.system;

import de.kommune.intake.pipeline.delivery.ConnectorRegistry;
import de.kommune.intake.pipeline.ocr.OcrEngine;
import de.kommune.intake.pipeline.routes.Queues;
import de.kommune.intake.pipeline.store.ContentStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;

import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;

/**
 * Health of what the pipeline needs (broker, content store, OCR engine, connector targets) and queue depths as gauges. Tags are bounded: queue and target names only.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    private static final int MAX_COUNTED = 100_000;

    @Bean
    HealthIndicator contentStoreHealthIndicator(ContentStore store) {
        return () -> {
            try {
                store.put(".health/probe", "ok".getBytes(StandardCharsets.US_ASCII));
                return Health.up().build();
            } catch (Exception e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    /** Opens a connection to the broker, embedded or external, the way a stage consumer would. */
    @Bean
    HealthIndicator brokerHealthIndicator(ConnectionFactory connectionFactory) {
        return () -> {
            try (Connection connection = connectionFactory.createConnection()) {
                connection.start();
                return Health.up().withDetail("provider", connection.getMetaData().getJMSProviderName()).build();
            } catch (Exception e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Bean
    HealthIndicator ocrEngineHealthIndicator(OcrEngine engine) {
        return () -> {
            List<String> missing = engine.missingLanguages();
            Health.Builder b = missing.isEmpty() ? Health.up() : Health.down().withDetail("missingLanguages", missing);
            return b.withDetail("engine", engine.engineName()).withDetail("languages", engine.languages()).build();
        };
    }

    @Bean
    HealthIndicator connectorsHealthIndicator(ConnectorRegistry registry) {
        return () -> {
            Health.Builder b = Health.up();
            registry.targets().forEach((name, connector) -> {
                var status = connector.check();
                b.withDetail(name, (status.up() ? "UP: " : "DOWN: ") + status.detail());
                if (!status.up()) {
                    b.down();
                }
            });
            return b.build();
        };
    }

    @Bean
    MeterBinder queueDepths(JmsTemplate jms) {
        return registry -> {
            for (String q : Queues.ALL) {
                Gauge.builder("intake.queue.depth", () -> depth(jms, q)).tag("queue", q)
                        .description("messages waiting in a stage queue").register(registry);
            }
        };
    }

    private static double depth(JmsTemplate jms, String queue) {
        try {
            Integer n = jms.browse(queue, (session, browser) -> {
                int count = 0;
                Enumeration<?> e = browser.getEnumeration();
                while (e.hasMoreElements() && count < MAX_COUNTED) {
                    e.nextElement();
                    count++;
                }
                return count;
            });
            return n == null ? Double.NaN : n;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

}
