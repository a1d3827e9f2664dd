package de.kommune.intake.pipeline.review;

import de.kommune.intake.pipeline.model.AnalyzedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Case key, type and team of every document that reached delivery: the caseworker inbox reads from here. */
public final class RoutedDocuments {

    private final JdbcClient jdbc;

    public RoutedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Routed(String documentId, String inputId, String documentType, String caseKey, String target,
                         String team, Instant routedAt, Instant doneAt, String doneBy) {
    }

    /** What the inbox filters on; null means "any". */
    public record Filter(String team, String documentType, String caseKeyPrefix, Boolean done) {
    }

    public void record(AnalyzedDocument doc, String team) {
        jdbc.sql("""
                INSERT INTO routed_document (document_id, input_id, document_type, case_key, target, team, routed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (document_id) DO UPDATE SET document_type = EXCLUDED.document_type,
                    case_key = EXCLUDED.case_key, target = EXCLUDED.target, team = EXCLUDED.team""")
                .params(doc.ticket().documentId(), doc.ticket().input().inputId(), doc.analysis().documentType(),
                        doc.caseKey(), doc.target(), team, Timestamp.from(Instant.now()))
                .update();
    }

    public Optional<Routed> find(String documentId) {
        return jdbc.sql("SELECT * FROM routed_document WHERE document_id = ?").param(documentId)
                .query(RoutedDocuments::map).optional();
    }

    /** Filed documents, sorted by case (BG number) and type. */
    public List<Routed> filed(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT r.* FROM routed_document r JOIN document_record d "
                + "ON d.document_id = r.document_id WHERE d.status = 'FILED'");
        List<Object> params = new ArrayList<>();
        if (f.team() != null) {
            sql.append(" AND r.team = ?");
            params.add(f.team());
        }
        if (f.documentType() != null) {
            sql.append(" AND r.document_type = ?");
            params.add(f.documentType());
        }
        if (f.caseKeyPrefix() != null) {
            sql.append(" AND r.case_key LIKE ?");
            params.add(f.caseKeyPrefix().replace("%", "").replace("_", "") + "%");
        }
        if (f.done() != null) {
            sql.append(f.done() ? " AND r.done_at IS NOT NULL" : " AND r.done_at IS NULL");
        }
        sql.append(" ORDER BY r.case_key NULLS LAST, r.document_type, r.routed_at");
        return jdbc.sql(sql.toString()).params(params).query(RoutedDocuments::map).list();
    }

    private static Routed map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new Routed(rs.getString("document_id"), rs.getString("input_id"), rs.getString("document_type"),
                rs.getString("case_key"), rs.getString("target"), rs.getString("team"),
                rs.getTimestamp("routed_at").toInstant(), done == null ? null : done.toInstant(),
                rs.getString("done_by"));
    }

    public void markDone(String documentId, String actor) {
        jdbc.sql("UPDATE routed_document SET done_at = ?, done_by = ? WHERE document_id = ? AND done_at IS NULL")
                .params(Timestamp.from(Instant.now()), actor, documentId).update();
    }
}
