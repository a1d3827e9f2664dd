package de.kommune.intake.pipeline.routes;

import de.kommune.intake.pipeline.analyze.AnalyzeStage;
import de.kommune.intake.pipeline.delivery.DeliveryAttempt;
import de.kommune.intake.pipeline.delivery.DeliveryStage;
import de.kommune.intake.pipeline.intake.IntakeStage;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.ocr.OcrStage;
import de.kommune.intake.pipeline.routing.RoutingStage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The bridge between queue messages (JSON text) and the plain-Java stages, with one timer per stage. Routes call
 * these methods and stay free of logic.
 */
public final class StageEndpoints {

    private final IntakeStage intake;
    private final OcrStage ocr;
    private final AnalyzeStage analyze;
    private final RoutingStage routing;
    private final DeliveryStage delivery;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    public StageEndpoints(IntakeStage intake, OcrStage ocr, AnalyzeStage analyze, RoutingStage routing,
                          DeliveryStage delivery, ObjectMapper json, MeterRegistry meters) {
        this.intake = intake;
        this.ocr = ocr;
        this.analyze = analyze;
        this.routing = routing;
        this.delivery = delivery;
        this.json = json;
        this.meters = meters;
    }

    public List<String> intake(String message) throws Exception {
        InputTicket ticket = json.readValue(message, InputTicket.class);
        return timed("intake", () -> intake.process(ticket)).stream().map(json::writeValueAsString).toList();
    }

    public List<String> ocr(String message) throws Exception {
        InputTicket ticket = json.readValue(message, InputTicket.class);
        return timed("ocr", () -> ocr.process(ticket)).stream().map(json::writeValueAsString).toList();
    }

    public List<String> analyze(String message) throws Exception {
        DocumentTicket ticket = json.readValue(message, DocumentTicket.class);
        return timed("analyze", () -> analyze.process(ticket)).stream().map(json::writeValueAsString).toList();
    }

    public String route(String message) throws Exception {
        AnalyzedDocument doc = json.readValue(message, AnalyzedDocument.class);
        return json.writeValueAsString(timed("route", () -> routing.process(doc)));
    }

    public DeliveryAttempt deliver(String message) throws Exception {
        AnalyzedDocument doc = json.readValue(message, AnalyzedDocument.class);
        return timed("deliver", () -> delivery.process(doc));
    }

    /** The document's delivery gave up: record it, so its input completes and the status says why. */
    public void deadLettered(String message) {
        delivery.deadLettered(json.readValue(message, AnalyzedDocument.class));
    }

    public String documentId(String deliverMessage) {
        return json.readValue(deliverMessage, AnalyzedDocument.class).ticket().documentId();
    }

    private <T> T timed(String stage, Callable<T> work) throws Exception {
        Timer.Sample sample = Timer.start(meters);
        try {
            return work.call();
        } finally {
            sample.stop(Timer.builder("intake.stage.duration").tag("stage", stage)
                    .description("time spent in a pipeline stage per message").register(meters));
        }
    }
}
