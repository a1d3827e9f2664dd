package de.kommune.intake.pipeline.batches;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The batch table: opening batches and reading one. Progress comes from the inputs ({@link BatchQueries}). */
public final class BatchStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BatchStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new batch under a fresh id (one multi-file upload). */
    public Batch create(String label, String channel, String createdBy, Integer expectedInputs) {
        Batch batch = new Batch(UUID.randomUUID().toString(), label, channel, clock.instant(), createdBy,
                expectedInputs);
        insert(batch);
        return batch;
    }

    /**
     * The batch for a natural key (hot-folder subfolder and day, an uploader's label): the id is derived from the
     * key, so every file with the same key lands in the same batch, across threads and processes.
     */
    public String openNamed(String key, String label, String channel, String createdBy) {
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        insert(new Batch(id, label, channel, clock.instant(), createdBy, null));
        return id;
    }

    public Optional<Batch> find(String id) {
        return jdbc.sql("SELECT * FROM batch WHERE batch_id = ?").param(id).query(BatchStore::map).optional();
    }

    /** After a multi-file upload broke off: the batch expects only what arrived, so it does not look unfinished. */
    public void expectOnly(String id, int inputs) {
        jdbc.sql("UPDATE batch SET expected_inputs = ? WHERE batch_id = ?").params(inputs, id).update();
    }

    private void insert(Batch b) {
        jdbc.sql("""
                INSERT INTO batch (batch_id, label, channel, created_at, created_by, expected_inputs)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id) DO NOTHING""")
                .params(b.id(), b.label(), b.channel(), Timestamp.from(b.createdAt()), b.createdBy(),
                        b.expectedInputs())
                .update();
    }

    static Batch map(ResultSet rs, int row) throws SQLException {
        int expected = rs.getInt("expected_inputs");
        Integer expectedInputs = rs.wasNull() ? null : expected;
        return new Batch(rs.getString("batch_id"), rs.getString("label"), rs.getString("channel"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), expectedInputs);
    }
}
