package de.kommune.intake.pipeline.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

/** One real embedded PostgreSQL per test JVM, migrated like serve mode does it; tables emptied per test. */
public final class TestDatabase {

    private static HikariDataSource dataSource;

    private TestDatabase() {
    }

    public static synchronized HikariDataSource dataSource() throws Exception {
        if (dataSource == null) {
            Path dir = Files.createTempDirectory("intake-pg");
            EmbeddedDatabase db = EmbeddedDatabase.start(dir);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.jdbcUrl());
            config.setMaximumPoolSize(6);
            dataSource = new HikariDataSource(config);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                dataSource.close();
                try {
                    db.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return dataSource;
    }

    public static JdbcClient jdbc() throws Exception {
        return JdbcClient.create(dataSource());
    }

    public static TransactionTemplate tx() throws Exception {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
    }

    public static void truncateAll() throws Exception {
        jdbc().sql("TRUNCATE content_claim, input_record, document_record, history_entry, routed_document, "
                + "review_task, correction, audit_log, api_client, batch, input_rerun, delivery_outbox").update();
    }
}
