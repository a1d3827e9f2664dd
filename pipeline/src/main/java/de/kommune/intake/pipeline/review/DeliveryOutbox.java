package de.kommune.intake.pipeline.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deliver messages that must not be lost between a database commit and the broker (transactional outbox). A row
 * is added inside the transaction that decides the document. Sending locks the row ({@code FOR UPDATE SKIP
 * LOCKED}, so two senders or nodes never send the same row at once), hands the message to the broker and deletes
 * the row in that transaction. The broker send is not transacted: a durable message is stored by the broker when
 * the send returns, and the send throws when the broker refuses. A failed send leaves the row for the next
 * {@link #drain()}; a send whose delete is then lost only repeats the message, which delivery absorbs (the
 * document id is the idempotency key).
 */
public final class DeliveryOutbox {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutbox.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Consumer<String> broker;

    /** @param broker sends one deliver message; throws when the broker does not take it */
    public DeliveryOutbox(JdbcClient jdbc, TransactionTemplate tx, Consumer<String> broker) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.broker = broker;
    }

    /** Call inside the deciding transaction; a newer message for the same document replaces a waiting one. */
    public void add(String documentId, String message) {
        jdbc.sql("""
                INSERT INTO delivery_outbox (document_id, message, created_at) VALUES (?, ?, ?)
                ON CONFLICT (document_id) DO UPDATE SET message = EXCLUDED.message""")
                .params(documentId, message, Timestamp.from(Instant.now())).update();
    }

    /**
     * Sends this document's waiting message now (after the commit). A broker failure is logged and left to
     * {@link #drain()}: the decision itself is already safe.
     *
     * @return whether the message went out (false also when another sender has it or nothing waits)
     */
    public boolean flush(String documentId) {
        try {
            Integer sent = tx.execute(s -> send(jdbc.sql("SELECT document_id, message FROM delivery_outbox "
                    + "WHERE document_id = ? FOR UPDATE SKIP LOCKED").param(documentId).query(Row::map).list()));
            return sent != null && sent > 0;
        } catch (RuntimeException e) {
            recordFailure(documentId, e);
            return false;
        }
    }

    /**
     * Sends every waiting message, oldest first, until one is not sent (refused, or taken by another sender).
     *
     * @return how many were sent
     */
    public int drain() {
        int sent = 0;
        while (true) {
            List<String> ids = jdbc.sql("SELECT document_id FROM delivery_outbox ORDER BY created_at LIMIT ?")
                    .param(BATCH).query(String.class).list();
            for (String id : ids) {
                if (!flush(id)) {
                    return sent;
                }
                sent++;
            }
            if (ids.size() < BATCH) {
                return sent;
            }
        }
    }

    /** @return whether a deliver message for this document still waits for the broker */
    public boolean waiting(String documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery_outbox WHERE document_id = ?").param(documentId)
                .query(Integer.class).single() > 0;
    }

    /** @return how many messages wait for the broker */
    public int pending() {
        return jdbc.sql("SELECT COUNT(*) FROM delivery_outbox").query(Integer.class).single();
    }

    private int send(List<Row> rows) {
        for (Row row : rows) {
            broker.accept(row.message());
            jdbc.sql("DELETE FROM delivery_outbox WHERE document_id = ?").param(row.documentId()).update();
        }
        return rows.size();
    }

    private void recordFailure(String documentId, RuntimeException e) {
        // Ids and the exception class only: the message holds document content.
        log.warn("Document {}: deliver message not sent ({}); kept in the outbox for a retry",
                documentId, e.getClass().getSimpleName());
        try {
            jdbc.sql("UPDATE delivery_outbox SET attempts = attempts + 1, last_attempt_at = ? WHERE document_id = ?")
                    .params(Timestamp.from(Instant.now()), documentId).update();
        } catch (RuntimeException dbDown) {
            log.warn("Document {}: outbox attempt not recorded ({})", documentId, dbDown.getClass().getSimpleName());
        }
    }

    private record Row(String documentId, String message) {
        static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new Row(rs.getString("document_id"), rs.getString("message"));
        }
    }
}
