package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.model.InputTicket;

/** Hands a received input to the pipeline's first queue. */
public interface TicketPublisher {

    void publish(InputTicket ticket);

    /** Re-sends an input that was past intake when the process stopped, straight to the OCR stage. */
    void resume(InputTicket ticket);
}
