package de.kommune.intake.pipeline.batches;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The finished documents from the ledger's history, for the straight-through rate. */
public final class FinishedDocuments {

    private final JdbcClient jdbc;

    public FinishedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Documents that first reached an end at or after {@code since}. A document approved in review and filed
     * afterwards counts as reviewed: its history holds the REVIEW step. Only documents with an end step in the
     * period are looked at (index on the history's time), so older history costs nothing.
     */
    public List<FinishedDocument> since(Instant since) {
        return jdbc.sql("""
                SELECT d.document_type, d.status, f.finished_at, f.reviewed
                FROM document_record d
                JOIN LATERAL (
                    SELECT MIN(h.at) FILTER (WHERE h.status IN ('FILED', 'REVIEW', 'REJECTED')) AS finished_at,
                           BOOL_OR(h.status = 'REVIEW') AS reviewed
                    FROM history_entry h WHERE h.owner_kind = 'document' AND h.owner_id = d.document_id) f ON TRUE
                WHERE d.status IN ('FILED', 'REVIEW', 'REJECTED') AND f.finished_at >= ?
                    AND d.document_id IN (SELECT owner_id FROM history_entry WHERE owner_kind = 'document'
                                          AND at >= ? AND status IN ('FILED', 'REVIEW', 'REJECTED'))""")
                .params(Timestamp.from(since), Timestamp.from(since))
                .query((rs, n) -> new FinishedDocument(rs.getString("document_type"),
                        rs.getTimestamp("finished_at").toInstant(),
                        "FILED".equals(rs.getString("status")) && !rs.getBoolean("reviewed")))
                .list();
    }
}
