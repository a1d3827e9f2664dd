package de.kommune.intake.pipeline.routes;

/** The durable queues between the stages. Each stage can run in its own process. */
public final class Queues {

    public static final String RECEIVED = "intake.received";
    public static final String OCR = "intake.ocr";
    public static final String ANALYZE = "intake.analyze";
    public static final String ROUTE = "intake.route";
    public static final String DELIVER = "intake.deliver";
    public static final String DEAD_LETTER = "intake.dead-letter";

    public static final String[] ALL = {RECEIVED, OCR, ANALYZE, ROUTE, DELIVER, DEAD_LETTER};

    private Queues() {
    }
}
