package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.model.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads batch progress from the ledger tables; one query for a whole list, so the dashboard stays cheap. */
public final class BatchQueries {

    /** Counts over a batch's current attempts; inputs replaced by a re-run are left out. */
    private static final String PROGRESS = """
            SELECT b.*,
                COUNT(i.input_id) AS inputs,
                COUNT(*) FILTER (WHERE i.status IN ('RECEIVED', 'PROCESSING')) AS processing,
                COUNT(*) FILTER (WHERE i.status = 'FILED') AS filed,
                COUNT(*) FILTER (WHERE i.status = 'REVIEW') AS review,
                COUNT(*) FILTER (WHERE i.status = 'REJECTED') AS rejected,
                COALESCE(SUM(i.pages) FILTER (WHERE i.status IN ('FILED', 'REVIEW', 'REJECTED')), 0) AS pages,
                MAX(h.last_at) AS last_activity
            FROM batch b
            LEFT JOIN input_record i ON i.batch_id = b.batch_id
                AND NOT EXISTS (SELECT 1 FROM input_rerun r WHERE r.original_input_id = i.input_id)
            LEFT JOIN LATERAL (SELECT MAX(at) AS last_at FROM history_entry
                               WHERE owner_kind = 'input' AND owner_id = i.input_id) h ON TRUE
            """;

    private final JdbcClient jdbc;

    public BatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Batches begun since {@code since} and older ones still running, newest first. */
    public List<BatchProgress> recent(Instant since, int limit) {
        return jdbc.sql(PROGRESS + """
                WHERE b.created_at >= ? OR EXISTS (SELECT 1 FROM input_record o WHERE o.batch_id = b.batch_id
                                                   AND o.status IN ('RECEIVED', 'PROCESSING'))
                GROUP BY b.batch_id ORDER BY b.created_at DESC, b.batch_id LIMIT ?""")
                .params(Timestamp.from(since), limit).query(BatchQueries::progress).list();
    }

    public Optional<BatchProgress> progress(String batchId) {
        return jdbc.sql(PROGRESS + " WHERE b.batch_id = ? GROUP BY b.batch_id").param(batchId)
                .query(BatchQueries::progress).optional();
    }

    /** Every attempt in the batch, in the order received. */
    public List<BatchInput> inputs(String batchId) {
        return jdbc.sql("""
                SELECT i.input_id, i.file_name, i.status, i.reject_reason, i.pages, i.received_at,
                    r.rerun_input_id AS rerun_as, o.original_input_id AS rerun_of
                FROM input_record i
                LEFT JOIN input_rerun r ON r.original_input_id = i.input_id
                LEFT JOIN input_rerun o ON o.rerun_input_id = i.input_id
                WHERE i.batch_id = ? ORDER BY i.received_at, i.input_id""")
                .param(batchId)
                .query((rs, n) -> new BatchInput(rs.getString("input_id"), rs.getString("file_name"),
                        Outcome.valueOf(rs.getString("status")), rs.getString("reject_reason"), rs.getInt("pages"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("rerun_as"),
                        rs.getString("rerun_of")))
                .list();
    }

    private static BatchProgress progress(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_activity");
        return new BatchProgress(BatchStore.map(rs, row), rs.getInt("inputs"), rs.getInt("processing"),
                rs.getInt("filed"), rs.getInt("review"), rs.getInt("rejected"), rs.getInt("pages"),
                last == null ? null : last.toInstant());
    }
}
