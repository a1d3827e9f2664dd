package de.kommune.intake.pipeline.config;

import de.kommune.intake.classify.DocumentAnalyzer;
import de.kommune.intake.pipeline.analyze.AnalyzeStage;
import de.kommune.intake.pipeline.analyze.DocumentPages;
import de.kommune.intake.pipeline.delivery.ConnectorRegistry;
import de.kommune.intake.pipeline.delivery.DeadLetters;
import de.kommune.intake.pipeline.delivery.DeliveryStage;
import de.kommune.intake.pipeline.delivery.InputCompletion;
import de.kommune.intake.pipeline.intake.BatchAssignment;
import de.kommune.intake.pipeline.intake.HotFolderIntake;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.intake.IntakeStage;
import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.intake.Rejections;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.ocr.OcrEngine;
import de.kommune.intake.pipeline.ocr.OcrStage;
import de.kommune.intake.pipeline.routes.CamelTicketPublisher;
import de.kommune.intake.pipeline.routes.DeliveryStep;
import de.kommune.intake.pipeline.routes.HotFolderRoute;
import de.kommune.intake.pipeline.routes.PipelineRoutes;
import de.kommune.intake.pipeline.routes.StageEndpoints;
import de.kommune.intake.pipeline.routes.StageFailures;
import de.kommune.intake.pipeline.review.ReviewGate;
import de.kommune.intake.pipeline.routing.RoutingStage;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StaleTempFiles;
import de.kommune.intake.pipeline.system.ImageIoSetup;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Wires the plain-Java stages; Spring and Camel stay at this edge. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class PipelineConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelineConfiguration.class);
    private static final java.time.Duration STALE_TEMP_FILES = java.time.Duration.ofHours(1);

    PipelineConfiguration() {
        ImageIoSetup.prefer();
    }

    @Bean
    ObjectMapper intakeJson() {
        return JsonMapper.builder().findAndAddModules().build();
    }

    @Bean
    ContentStore contentStore(IntakeProperties props) {
        FileContentStore store = new FileContentStore(props.dataDir().resolve("store"));
        sweepTempFiles(store.root());
        return store;
    }

    @Bean
    Ledger ledger(IntakeProperties props, ObjectMapper intakeJson) {
        Path root = props.dataDir().resolve("ledger");
        FileLedger ledger = new FileLedger(root, intakeJson);
        sweepTempFiles(root);
        return ledger;
    }

    /**
     * Temp files of writes a kill cut short; an hour untouched, no worker sharing the folder still writes them. The
     * walk over a large store runs beside the start, which does not wait for it.
     */
    private static void sweepTempFiles(Path root) {
        Thread sweep = new Thread(() -> {
            try {
                int deleted = StaleTempFiles.sweep(root, STALE_TEMP_FILES);
                if (deleted > 0) {
                    LOG.info("removed {} temp file(s) that an interrupted write left under {}", deleted, root);
                }
            } catch (java.io.UncheckedIOException e) {
                LOG.warn("could not sweep temp files under {}: {}", root, e.getCause().getMessage());
            }
        }, "temp-file-sweep");
        sweep.setDaemon(true);
        sweep.start();
    }

    @Bean
    Rejections rejections(ContentStore store, Ledger ledger, IntakeProperties props, ObjectMapper intakeJson) {
        Path dir = props.rejectedDir() != null ? props.rejectedDir() : props.dataDir().resolve("rejected");
        return new Rejections(store, ledger, dir, intakeJson);
    }

    @Bean
    IntakeService intakeService(ContentStore store, Ledger ledger, ProducerTemplate producer, ObjectMapper intakeJson) {
        return new IntakeService(store, ledger, new CamelTicketPublisher(producer, intakeJson));
    }

    @Bean(destroyMethod = "close")
    OcrEngine ocrEngine(IntakeProperties props) {
        return new OcrEngine(props.ocr().datapath(), props.ocr().languages()).requireLanguages();
    }

    @Bean(destroyMethod = "close")
    ConnectorRegistry connectorRegistry(IntakeProperties props) {
        ConnectorRegistry registry = new ConnectorRegistry(props.delivery().targets(),
                Thread.currentThread().getContextClassLoader());
        java.util.List<String> routed = new java.util.ArrayList<>();
        routed.add(props.routing().defaultTarget());
        routed.add(props.routing().fallbackTarget());
        props.routing().rules().forEach(r -> routed.add(r.target()));
        try {
            registry.requireTargets(routed, "intake.routing");
        } catch (IllegalStateException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    @Bean
    DocumentPages documentPages(ContentStore store, ObjectMapper intakeJson) {
        return new DocumentPages(store, intakeJson);
    }

    @Bean
    DeliveryStage deliveryStage(ContentStore store, Ledger ledger, DocumentPages pages, ConnectorRegistry connectors,
                                ObjectMapper intakeJson, IntakeProperties props, OcrEngine engine,
                                MeterRegistry meters, ObjectProvider<ReviewGate> reviewGate) {
        return new DeliveryStage(store, ledger, pages, connectors, new InputCompletion(ledger), intakeJson,
                props.ocr().languages().split("\\+")[0], engine.engineName(), meters,
                props.routing().fallbackTarget(), reviewGate.getIfAvailable(() -> ReviewGate.PASS_THROUGH));
    }

    @Bean
    StageEndpoints stageEndpoints(ContentStore store, Ledger ledger, Rejections rejections, OcrEngine engine,
                                  DocumentAnalyzer analyzer, DocumentPages pages, DeliveryStage delivery,
                                  IntakeProperties props, ObjectMapper intakeJson, MeterRegistry meters,
                                  ExecutorService ocrPagePool) {
        var ocrSettings = new OcrStage.Settings(props.ocr().renderDpi(), props.ocr().minTextLayerChars(),
                props.limits().maxPixels(), props.limits().maxPages(), props.ocr().retryRotationBelowConfidence(),
                props.separatorBarcode(), props.ocr().preprocess().settings());
        return new StageEndpoints(
                new IntakeStage(store, ledger, rejections, new MediaTypeDetector(), props.limits()),
                new OcrStage(store, ledger, rejections, engine, intakeJson, ocrSettings, meters, ocrPagePool,
                        props.ocr().effectiveWorkers()),
                new AnalyzeStage(pages, analyzer, ledger, props.review().minOcrConfidence()),
                new RoutingStage(props.routing()),
                delivery, intakeJson, meters);
    }

    /** The threads that run Tesseract: one engine each, as many as configured OCR workers. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService ocrPagePool(IntakeProperties props) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(props.ocr().effectiveWorkers(), r -> {
            Thread t = new Thread(r, "ocr-page-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    DeadLetters deadLetters(jakarta.jms.ConnectionFactory connectionFactory, Ledger ledger, ObjectMapper intakeJson) {
        return new DeadLetters(connectionFactory, ledger, intakeJson);
    }

    @Bean
    StageFailures stageFailures(Rejections rejections, DeliveryStage delivery, Ledger ledger, ObjectMapper intakeJson) {
        return new StageFailures(rejections, delivery, ledger, intakeJson);
    }

    @Bean
    PipelineRoutes pipelineRoutes(IntakeProperties props, StageEndpoints stageEndpoints) {
        return new PipelineRoutes(props.stages(), props.ocr().effectiveWorkers(),
                new DeliveryStep(stageEndpoints, props.delivery().retry().policy(), java.time.Clock.systemUTC()));
    }

    @Bean
    HotFolderRoute hotFolderRoute(IntakeProperties props) {
        return new HotFolderRoute(props.hotFolder());
    }

    @Bean
    HotFolderIntake hotFolderIntake(IntakeService intake, IntakeProperties props,
                                    ObjectProvider<BatchAssignment> batches) {
        return new HotFolderIntake(intake, props.hotFolder().path(),
                batches.getIfAvailable(() -> BatchAssignment.NONE));
    }
}
