package de.kommune.intake.pipeline.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Who viewed, edited or downloaded which document, and when. Never content, names or field values. */
public final class AuditLog {

    /** {@code VIEW_BATCH} and {@code RERUN} name a batch and an input (no document yet) in {@code documentId}. */
    public enum Action { VIEW, DOWNLOAD, APPROVE, REJECT, MARK_DONE, CREATE_API_CLIENT, VIEW_BATCH, RERUN }

    public record Entry(Instant at, String actor, Action action, String documentId) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, Action action, String documentId) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, document_id) VALUES (?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor, action.name(), documentId).update();
    }

    public List<Entry> forDocument(String documentId) {
        return jdbc.sql("SELECT at, actor, action, document_id FROM audit_log WHERE document_id = ? ORDER BY id")
                .param(documentId)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        Action.valueOf(rs.getString("action")), rs.getString("document_id")))
                .list();
    }
}
