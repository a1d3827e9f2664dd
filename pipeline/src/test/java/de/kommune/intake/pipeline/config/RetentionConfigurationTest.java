package de.kommune.intake.pipeline.config;

import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.retention.RetentionSchedule;
import de.kommune.intake.pipeline.retention.RetentionSweep;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.FileContentStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** When the retention sweep is scheduled: serve mode (a web application) only, unless switched off. */
class RetentionConfigurationTest {

    private static final String DATA_DIR = "intake.data-dir=";

    @TempDir
    static Path data;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IntakeProperties.class)
    static class Collaborators {

        @Bean
        ContentStore contentStore() {
            return new FileContentStore(data.resolve("store"));
        }

        @Bean
        Ledger ledger() {
            return new FileLedger(data.resolve("ledger"), JsonMapper.builder().build());
        }

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void serveModeSchedulesTheSweepByDefault() {
        new WebApplicationContextRunner()
                .withUserConfiguration(Collaborators.class, RetentionConfiguration.class)
                .withPropertyValues(DATA_DIR + data)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(RetentionSweep.class)
                            .hasSingleBean(RetentionSchedule.class);
                    IntakeProperties.Retention retention = ctx.getBean(IntakeProperties.class).retention();
                    assertThat(retention.enabled()).isTrue();
                    assertThat(retention.workingCopies()).hasDays(30);
                    assertThat(retention.sweepInterval()).hasHours(1);
                });
    }

    @Test
    void theBatchCommandHasNoWebApplicationAndNoSweep() {
        new ApplicationContextRunner()
                .withUserConfiguration(Collaborators.class, RetentionConfiguration.class)
                .withPropertyValues(DATA_DIR + data)
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(RetentionSweep.class)
                        .doesNotHaveBean(RetentionSchedule.class));
    }

    @Test
    void switchedOffThereIsNoSweep() {
        new WebApplicationContextRunner()
                .withUserConfiguration(Collaborators.class, RetentionConfiguration.class)
                .withPropertyValues(DATA_DIR + data, "intake.retention.enabled=false")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(RetentionSweep.class));
    }

    @Test
    void aGracePeriodInMinutesInsteadOfDaysStopsTheStart() {
        new WebApplicationContextRunner()
                .withUserConfiguration(Collaborators.class, RetentionConfiguration.class)
                .withPropertyValues(DATA_DIR + data, "intake.retention.working-copies=30m")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("workingCopies"));
    }
}
