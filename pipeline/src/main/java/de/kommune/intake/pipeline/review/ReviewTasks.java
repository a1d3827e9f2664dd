package de.kommune.intake.pipeline.review;

import de.kommune.intake.pipeline.model.AnalyzedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The review tasks table. */
public final class ReviewTasks {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public ReviewTasks(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens a task unless one exists; returns the task as stored (an earlier decision stays). */
    public ReviewTask open(AnalyzedDocument doc, String team) {
        jdbc.sql("""
                INSERT INTO review_task (document_id, input_id, status, reasons, document_type, team, analyzed,
                    created_at)
                VALUES (?, ?, 'OPEN', CAST(? AS JSONB), ?, ?, CAST(? AS JSONB), ?)
                ON CONFLICT (document_id) DO NOTHING""")
                .params(doc.ticket().documentId(), doc.ticket().input().inputId(),
                        json.writeValueAsString(doc.reviewReasons()), doc.analysis().documentType(), team,
                        json.writeValueAsString(doc), Timestamp.from(Instant.now()))
                .update();
        return find(doc.ticket().documentId()).orElseThrow();
    }

    /**
     * Opens the task for a document its target refused, with these reasons; a decided task opens again (the
     * earlier decision stays in the audit log and the corrections).
     */
    public void reopen(AnalyzedDocument doc, String team, List<String> reasons) {
        jdbc.sql("""
                INSERT INTO review_task (document_id, input_id, status, reasons, document_type, team, analyzed,
                    created_at)
                VALUES (?, ?, 'OPEN', CAST(? AS JSONB), ?, ?, CAST(? AS JSONB), ?)
                ON CONFLICT (document_id) DO UPDATE SET status = 'OPEN', reasons = EXCLUDED.reasons,
                    document_type = EXCLUDED.document_type, team = EXCLUDED.team, analyzed = EXCLUDED.analyzed,
                    created_at = EXCLUDED.created_at, decided_at = NULL, decided_by = NULL, reject_reason = NULL""")
                .params(doc.ticket().documentId(), doc.ticket().input().inputId(), json.writeValueAsString(reasons),
                        doc.analysis().documentType(), team, json.writeValueAsString(doc),
                        Timestamp.from(Instant.now()))
                .update();
    }

    public Optional<ReviewTask> find(String documentId) {
        return jdbc.sql("SELECT * FROM review_task WHERE document_id = ?").param(documentId).query(this::map)
                .optional();
    }

    /** Locks the task for a decision; empty when missing. Call inside a transaction. */
    public Optional<ReviewTask> lock(String documentId) {
        return jdbc.sql("SELECT * FROM review_task WHERE document_id = ? FOR UPDATE").param(documentId)
                .query(this::map).optional();
    }

    public List<ReviewTask> open() {
        return jdbc.sql("SELECT * FROM review_task WHERE status = 'OPEN' ORDER BY created_at, document_id")
                .query(this::map).list();
    }

    public void decide(String documentId, ReviewTask.Status status, String actor, String rejectReason) {
        jdbc.sql("UPDATE review_task SET status = ?, decided_at = ?, decided_by = ?, reject_reason = ? "
                        + "WHERE document_id = ?")
                .params(status.name(), Timestamp.from(Instant.now()), actor, rejectReason, documentId).update();
    }

    private ReviewTask map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ReviewTask(rs.getString("document_id"), rs.getString("input_id"),
                ReviewTask.Status.valueOf(rs.getString("status")), json.readValue(rs.getString("reasons"), STRINGS),
                rs.getString("document_type"), rs.getString("team"),
                json.readValue(rs.getString("analyzed"), AnalyzedDocument.class),
                rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("reject_reason"));
    }
}
