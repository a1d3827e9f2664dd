package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.store.ContentStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Serve mode's batches: stored in PostgreSQL, assigned at intake, read by the dashboard. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(DashboardProperties.class)
public class BatchConfiguration {

    private final Clock clock = Clock.systemUTC();

    @Bean
    BatchStore batchStore(JdbcClient jdbc) {
        return new BatchStore(jdbc, clock);
    }

    /** Picked up by the hot folder's wiring; without it (batch command) hot-folder files have no batch. */
    @Bean
    HotFolderBatches hotFolderBatches(BatchStore batches, DashboardProperties props) {
        return new HotFolderBatches(batches, clock, props.zone());
    }

    @Bean
    BatchQueries batchQueries(JdbcClient jdbc) {
        return new BatchQueries(jdbc);
    }

    @Bean
    FinishedDocuments finishedDocuments(JdbcClient jdbc) {
        return new FinishedDocuments(jdbc);
    }

    @Bean
    StraightThroughRates straightThroughRates(DashboardProperties props) {
        return new StraightThroughRates(props.zone());
    }

    @Bean
    BatchDashboard batchDashboard(BatchQueries queries, FinishedDocuments finished, StraightThroughRates rates,
                                  DashboardProperties props) {
        return new BatchDashboard(queries, finished, rates, props.days(), clock);
    }

    @Bean
    BatchUpload batchUpload(BatchStore batches, IntakeService intake) {
        return new BatchUpload(batches, intake);
    }

    @Bean
    InputRerun inputRerun(Ledger ledger, ContentStore store, IntakeService intake, JdbcClient jdbc,
                          TransactionTemplate tx, AuditLog audit) {
        return new InputRerun(ledger, store, intake, jdbc, tx, clock, audit);
    }
}
