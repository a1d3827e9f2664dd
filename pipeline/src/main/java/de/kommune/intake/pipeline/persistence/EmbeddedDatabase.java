package de.kommune.intake.pipeline.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: a PostgreSQL server run from the binaries shipped as a jar, data kept in
 * {@code <data-dir>/postgres} across restarts, listening on 127.0.0.1 on a free port.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        try {
            Path dir = Files.createDirectories(dataDir.resolve("postgres"));
            Path runtime = Files.createDirectories(dataDir.resolve("postgres-runtime"));
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
