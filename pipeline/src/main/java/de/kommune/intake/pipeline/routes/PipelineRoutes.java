package de.kommune.intake.pipeline.routes;

import de.kommune.intake.pipeline.config.IntakeProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * One route per stage, each reading a durable queue in a JMS transaction: a message is removed only when the
 * stage's work and its output messages are committed, so a killed worker loses nothing. Routes only wire; the
 * work happens in {@link StageEndpoints}. Stages switched off in the configuration are not consumed here, which
 * is how a stage is moved to another process. Headers are dropped between stages: the broker's duplicate-id
 * header of the first hop must not follow the message, or the next queue would discard it as a duplicate.
 */
public final class PipelineRoutes extends RouteBuilder {

    private final IntakeProperties.Stages stages;
    private final int ocrWorkers;
    private final DeliveryStep deliveryStep;

    public PipelineRoutes(IntakeProperties.Stages stages, int ocrWorkers, DeliveryStep deliveryStep) {
        this.stages = stages;
        this.ocrWorkers = ocrWorkers;
        this.deliveryStep = deliveryStep;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .useOriginalMessage()
                .maximumRedeliveries(Math.max(0, stages.maxAttempts() - 1))
                .redeliveryDelay(500).useExponentialBackOff().backOffMultiplier(2)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .logExhaustedMessageBody(false).logHandled(false).logStackTrace(false)
                .handled(true)
                .to("bean:stageFailures?method=failed(${routeId}, ${body}, ${exception})");

        if (stages.intake()) {
            from(queue(Queues.RECEIVED, 1)).routeId("intake")
                    .to("bean:stageEndpoints?method=intake").removeHeaders("*").split(body()).to(queue(Queues.OCR));
        }
        if (stages.ocr()) {
            from(queue(Queues.OCR, ocrWorkers)).routeId("ocr")
                    .to("bean:stageEndpoints?method=ocr").removeHeaders("*").split(body()).to(queue(Queues.ANALYZE));
        }
        if (stages.analyze()) {
            from(queue(Queues.ANALYZE, 1)).routeId("analyze")
                    .to("bean:stageEndpoints?method=analyze").removeHeaders("*").split(body()).to(queue(Queues.ROUTE));
        }
        if (stages.route()) {
            from(queue(Queues.ROUTE, 1)).routeId("route")
                    .to("bean:stageEndpoints?method=route").removeHeaders("*").to(queue(Queues.DELIVER));
        }
        if (stages.deliver()) {
            // An unavailable target: back to the deliver queue as a scheduled message, or to the dead letters.
            from(queue(Queues.DELIVER, 1)).routeId("deliver")
                    .process(deliveryStep)
                    .filter(header(DeliveryStep.NEXT).isNotNull())
                    .toD("jms:queue:${header." + DeliveryStep.NEXT + "}?transacted=true");
        }
    }

    private static String queue(String name, int consumers) {
        return "jms:queue:" + name + "?transacted=true&cacheLevelName=CACHE_CONSUMER&concurrentConsumers="
                + consumers + "&maxConcurrentConsumers=" + consumers + "&receiveTimeout=500";
    }

    private static String queue(String name) {
        return "jms:queue:" + name + "?transacted=true";
    }
}
