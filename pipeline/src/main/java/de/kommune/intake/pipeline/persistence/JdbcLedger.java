package de.kommune.intake.pipeline.persistence;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The ledger in PostgreSQL for serve mode. History entries are rows appended in order; an update locks the
 * record's row ({@code SELECT ... FOR UPDATE}) so that processes sharing the database serialise on it.
 */
public final class JdbcLedger implements Ledger {

    private static final String INPUT = "input";
    private static final String DOCUMENT = "document";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Integer>> INTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    public JdbcLedger(JdbcClient jdbc, TransactionTemplate tx, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    @Override
    public String claimContent(String sha256, String inputId) {
        jdbc.sql("INSERT INTO content_claim (sha256, input_id) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING")
                .params(sha256, inputId).update();
        return jdbc.sql("SELECT input_id FROM content_claim WHERE sha256 = ?").param(sha256)
                .query(String.class).single();
    }

    @Override
    public void transferClaim(String sha256, String fromInputId, String toInputId) {
        jdbc.sql("UPDATE content_claim SET input_id = ? WHERE sha256 = ? AND input_id = ?")
                .params(toInputId, sha256, fromInputId).update();
    }

    @Override
    public void saveInput(InputRecord r) {
        tx.executeWithoutResult(s -> writeInput(r));
    }

    private void writeInput(InputRecord r) {
        jdbc.sql("""
                INSERT INTO input_record (input_id, file_name, channel, sha256, size, received_at, status,
                    reject_reason, reject_message, document_ids, pages, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?)
                ON CONFLICT (input_id) DO UPDATE SET file_name = EXCLUDED.file_name, channel = EXCLUDED.channel,
                    sha256 = EXCLUDED.sha256, size = EXCLUDED.size, received_at = EXCLUDED.received_at,
                    status = EXCLUDED.status, reject_reason = EXCLUDED.reject_reason,
                    reject_message = EXCLUDED.reject_message, document_ids = EXCLUDED.document_ids,
                    pages = EXCLUDED.pages, batch_id = EXCLUDED.batch_id""")
                .params(r.inputId(), r.fileName(), r.channel(), r.sha256(), r.size(), ts(r.receivedAt()),
                        r.status().name(), r.rejectReason(), r.rejectMessage(),
                        r.documentIds() == null ? null : json.writeValueAsString(r.documentIds()), r.pages(),
                        r.batchId())
                .update();
        appendHistory(INPUT, r.inputId(), r.history());
    }

    @Override
    public Optional<InputRecord> input(String inputId) {
        return jdbc.sql("SELECT * FROM input_record WHERE input_id = ?").param(inputId)
                .query(this::mapInput).optional();
    }

    @Override
    public InputRecord updateInput(String inputId, UnaryOperator<InputRecord> change) {
        return tx.execute(s -> {
            InputRecord current = jdbc.sql("SELECT * FROM input_record WHERE input_id = ? FOR UPDATE")
                    .param(inputId).query(this::mapInput).optional()
                    .orElseThrow(() -> new IllegalStateException("no input " + inputId));
            InputRecord updated = change.apply(current);
            writeInput(updated);
            return updated;
        });
    }

    @Override
    public void saveDocument(DocumentRecord r) {
        tx.executeWithoutResult(s -> writeDocument(r));
    }

    private void writeDocument(DocumentRecord r) {
        jdbc.sql("""
                INSERT INTO document_record (document_id, input_id, pages, status, document_type, review_reasons,
                    delivered_to)
                VALUES (?, ?, CAST(? AS JSONB), ?, ?, CAST(? AS JSONB), ?)
                ON CONFLICT (document_id) DO UPDATE SET input_id = EXCLUDED.input_id, pages = EXCLUDED.pages,
                    status = EXCLUDED.status, document_type = EXCLUDED.document_type,
                    review_reasons = EXCLUDED.review_reasons, delivered_to = EXCLUDED.delivered_to""")
                .params(r.documentId(), r.inputId(), json.writeValueAsString(r.pages()), r.status().name(),
                        r.documentType(), json.writeValueAsString(r.reviewReasons()), r.deliveredTo())
                .update();
        appendHistory(DOCUMENT, r.documentId(), r.history());
    }

    @Override
    public Optional<DocumentRecord> document(String documentId) {
        return jdbc.sql("SELECT * FROM document_record WHERE document_id = ?").param(documentId)
                .query(this::mapDocument).optional();
    }

    @Override
    public DocumentRecord updateDocument(String documentId, UnaryOperator<DocumentRecord> change) {
        return tx.execute(s -> {
            DocumentRecord current = jdbc.sql("SELECT * FROM document_record WHERE document_id = ? FOR UPDATE")
                    .param(documentId).query(this::mapDocument).optional()
                    .orElseThrow(() -> new IllegalStateException("no document " + documentId));
            DocumentRecord updated = change.apply(current);
            writeDocument(updated);
            return updated;
        });
    }

    @Override
    public List<InputRecord> inputs() {
        return jdbc.sql("SELECT * FROM input_record ORDER BY input_id").query(this::mapInput).list();
    }

    /** Records are append-only in their history: entries beyond what is stored are new. */
    private void appendHistory(String kind, String id, List<HistoryEntry> history) {
        int stored = jdbc.sql("SELECT COUNT(*) FROM history_entry WHERE owner_kind = ? AND owner_id = ?")
                .params(kind, id).query(Integer.class).single();
        for (int seq = stored; seq < history.size(); seq++) {
            HistoryEntry h = history.get(seq);
            jdbc.sql("INSERT INTO history_entry (owner_kind, owner_id, seq, at, status, stage, detail) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(kind, id, seq, ts(h.at()), h.status().name(), h.stage(), h.detail()).update();
        }
    }

    private List<HistoryEntry> history(String kind, String id) {
        return jdbc.sql("SELECT at, status, stage, detail FROM history_entry WHERE owner_kind = ? AND owner_id = ? "
                        + "ORDER BY seq").params(kind, id)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("at").toInstant(),
                        Outcome.valueOf(rs.getString("status")), rs.getString("stage"), rs.getString("detail")))
                .list();
    }

    private InputRecord mapInput(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("input_id");
        String docs = rs.getString("document_ids");
        return new InputRecord(id, rs.getString("file_name"), rs.getString("channel"), rs.getString("sha256"),
                rs.getLong("size"), rs.getTimestamp("received_at").toInstant(), Outcome.valueOf(rs.getString("status")),
                rs.getString("reject_reason"), rs.getString("reject_message"),
                docs == null ? null : json.readValue(docs, STRINGS), rs.getInt("pages"), history(INPUT, id),
                rs.getString("batch_id"));
    }

    private DocumentRecord mapDocument(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("document_id");
        return new DocumentRecord(id, rs.getString("input_id"), json.readValue(rs.getString("pages"), INTS),
                Outcome.valueOf(rs.getString("status")), rs.getString("document_type"),
                json.readValue(rs.getString("review_reasons"), STRINGS), rs.getString("delivered_to"),
                history(DOCUMENT, id));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
