package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.routes.DeliveryStep;
import de.kommune.intake.pipeline.routes.Queues;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The dead-letter queue {@code intake.dead-letter}: what is in it, and putting it back. Deliveries that gave up
 * (see {@link DeliveryStep}) go back to the deliver queue with a fresh retry budget and their document is marked
 * in progress again; anything the broker itself dead-lettered after too many failed attempts goes back to the
 * queue it came from. Each message moves in its own transaction: a crash mid-replay loses nothing.
 *
 * <p>A delivery is put back only while its document still waits as its giving up left it (in review with
 * {@code DELIVERY_FAILED}). Once a person decided it in the review station (approved: the decision sent its own,
 * corrected message; rejected: it must not be filed), the letter is stale: replaying it would file the values
 * from before the review, or a rejected document. Stale letters are taken out of the queue and not sent.
 */
public final class DeadLetters {

    /** Artemis' property naming the address a message was dead-lettered from. */
    private static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    /** One message waiting in the dead-letter queue; ids and codes only, never content. */
    public record DeadLetter(String messageId, String documentId, String stage, String reason, String origin,
                             int retries, Instant deadLetteredAt) {
    }

    private final ConnectionFactory connections;
    private final Ledger ledger;
    private final ObjectMapper json;

    /**
     * @param replayed letters put back
     * @param stale    delivery letters taken out unsent: their document was decided after they were written
     */
    public record Replay(int replayed, int stale) {
    }

    public DeadLetters(ConnectionFactory connections, Ledger ledger, ObjectMapper json) {
        this.connections = connections;
        this.ledger = ledger;
        this.json = json;
    }

    public List<DeadLetter> list() throws JMSException {
        try (Connection c = connections.createConnection()) {
            c.start();
            Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            List<DeadLetter> out = new ArrayList<>();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(Queues.DEAD_LETTER))) {
                for (Message m : Collections.list((Enumeration<Message>) browser.getEnumeration())) {
                    out.add(describe(m));
                }
            }
            return out;
        }
    }

    /** Moves every dead letter that {@code which} accepts back to where it can be processed, stale ones excepted. */
    public Replay replay(Predicate<DeadLetter> which) throws JMSException {
        List<DeadLetter> chosen = list().stream().filter(which).toList();
        int moved = 0;
        int stale = 0;
        try (Connection c = connections.createConnection()) {
            c.start();
            Session session = c.createSession(true, Session.SESSION_TRANSACTED);
            Queue dlq = session.createQueue(Queues.DEAD_LETTER);
            try (MessageProducer producer = session.createProducer(null)) {
                for (DeadLetter letter : chosen) {
                    // Pick exactly this message; the others stay where they are, untouched.
                    try (MessageConsumer consumer = session.createConsumer(dlq,
                            "JMSMessageID = '" + letter.messageId().replace("'", "''") + "'")) {
                        Message m = consumer.receive(2000);
                        if (m == null) {
                            continue; // replayed or consumed meanwhile
                        }
                        if (stale(letter)) {
                            session.commit(); // taken out, not sent
                            stale++;
                            continue;
                        }
                        TextMessage copy = session.createTextMessage(((TextMessage) m).getText());
                        producer.send(session.createQueue(destination(letter)), copy);
                        if (letter.documentId() != null && "deliver".equals(letter.stage())) {
                            reopen(letter.documentId());
                        }
                        session.commit();
                        moved++;
                    }
                }
            }
        }
        return new Replay(moved, stale);
    }

    /** A delivery letter whose document is no longer waiting in review with {@code DELIVERY_FAILED}. */
    private boolean stale(DeadLetter letter) {
        if (letter.documentId() == null || !"deliver".equals(letter.stage())) {
            return false;
        }
        return ledger.document(letter.documentId())
                .map(d -> d.status() != Outcome.REVIEW || !d.reviewReasons().contains(DeliveryStage.DELIVERY_FAILED))
                .orElse(false);
    }

    private static String destination(DeadLetter letter) {
        if ("deliver".equals(letter.stage())) {
            return Queues.DELIVER;
        }
        return letter.origin() != null ? letter.origin() : Queues.DELIVER;
    }

    /** The document (and its input) count as in progress again, so the delivery stage takes it and batches wait. */
    private void reopen(String documentId) {
        ledger.document(documentId).ifPresent(d -> {
            ledger.updateDocument(documentId, r -> r.with(Outcome.PROCESSING, "replay", "from dead-letter queue"));
            ledger.updateInput(d.inputId(), r -> r.status().terminal()
                    ? r.with(Outcome.PROCESSING, "replay", "document " + documentId) : r);
        });
    }

    private DeadLetter describe(Message m) throws JMSException {
        String documentId = null;
        if (m instanceof TextMessage text && text.getText() != null) {
            try {
                JsonNode node = json.readTree(text.getText());
                JsonNode id = node.path("ticket").path("documentId");
                documentId = id.isMissingNode() || id.isNull() ? null : id.asString();
            } catch (RuntimeException notJson) {
                documentId = null;
            }
        }
        long deadAt = m.propertyExists(DeliveryStep.DEAD_AT) ? m.getLongProperty(DeliveryStep.DEAD_AT)
                : m.getJMSTimestamp();
        return new DeadLetter(m.getJMSMessageID(), documentId, m.getStringProperty(DeliveryStep.DEAD_STAGE),
                m.getStringProperty(DeliveryStep.DEAD_REASON), m.getStringProperty(ORIGINAL_ADDRESS),
                m.propertyExists(DeliveryStep.RETRIES) ? m.getIntProperty(DeliveryStep.RETRIES) : 0,
                Instant.ofEpochMilli(deadAt));
    }
}
