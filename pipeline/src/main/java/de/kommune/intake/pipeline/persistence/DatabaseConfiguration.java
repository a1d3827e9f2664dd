package de.kommune.intake.pipeline.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.ledger.Ledger;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;

/**
 * PostgreSQL for serve mode (the web application): pool, schema migration, and the database ledger that replaces
 * the file ledger. The batch command runs without a web server and therefore without any of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ExternalDatabase.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(ExternalDatabase external, IntakeProperties props) {
        return new EmbeddedDatabaseHolder(external.configured() ? null : EmbeddedDatabase.start(props.dataDir()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource intakeDataSource(ExternalDatabase external, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("intake-db");
        config.setMaximumPoolSize(10);
        if (external.configured()) {
            config.setJdbcUrl(external.url());
            config.setUsername(external.username());
            config.setPassword(external.password());
        } else {
            config.setJdbcUrl(embedded.database().jdbcUrl());
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Replaces the file ledger of {@code PipelineConfiguration} in serve mode. */
    @Bean
    @Primary
    Ledger jdbcLedger(JdbcClient jdbc, TransactionTemplate tx, ObjectMapper intakeJson) {
        return new JdbcLedger(jdbc, tx, intakeJson);
    }

    /** Keeps the embedded server's lifetime tied to the context; empty when an external database is used. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
