package de.kommune.intake.pipeline.routes;

import de.kommune.intake.pipeline.intake.TicketPublisher;
import de.kommune.intake.pipeline.model.InputTicket;
import org.apache.camel.ProducerTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends tickets to the first queue. The Artemis duplicate-id header makes a resent ticket (a batch restarted
 * after a crash) a no-op on the broker.
 */
public final class CamelTicketPublisher implements TicketPublisher {

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    public CamelTicketPublisher(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    @Override
    public void publish(InputTicket ticket) {
        producer.sendBodyAndHeader("jms:queue:" + Queues.RECEIVED, json.writeValueAsString(ticket),
                "_AMQ_DUPL_ID", "received:" + ticket.inputId());
    }

    @Override
    public void resume(InputTicket ticket) {
        producer.sendBody("jms:queue:" + Queues.OCR, json.writeValueAsString(ticket));
    }
}
