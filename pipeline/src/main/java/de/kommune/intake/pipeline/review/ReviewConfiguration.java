package de.kommune.intake.pipeline.review;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.routes.Queues;
import de.kommune.intake.pipeline.routing.RoutingStage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.util.stream.Collectors;

/** Serve mode's review hold and decisions. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({TeamProperties.class, OutboxProperties.class})
public class ReviewConfiguration {

    @Bean
    Teams teams(TeamProperties props) {
        return new Teams(props);
    }

    @Bean
    ReviewTasks reviewTasks(JdbcClient jdbc, ObjectMapper intakeJson) {
        return new ReviewTasks(jdbc, intakeJson);
    }

    @Bean
    RoutedDocuments routedDocuments(JdbcClient jdbc) {
        return new RoutedDocuments(jdbc);
    }

    /** Picked up by the delivery stage's wiring; without it (batch) documents pass straight through. */
    @Bean
    ReviewGate reviewHold(ReviewTasks tasks, RoutedDocuments routed, Teams teams, Ledger ledger) {
        return new ReviewHold(tasks, routed, teams, ledger);
    }

    /** The taxonomy the analyzer uses, for type and field choices in the review station. */
    @Bean
    Taxonomy reviewTaxonomy(IntakeProperties props) {
        return props.taxonomyFile() == null ? Taxonomy.defaults() : Taxonomy.defaultsWith(props.taxonomyFile());
    }

    /**
     * With the gauge {@code intake.review.outbox.pending}: approved documents whose deliver message the broker has
     * not taken yet. It stays above zero only while the broker refuses; an alert on it finds decisions stuck there.
     */
    @Bean
    DeliveryOutbox deliveryOutbox(JdbcClient jdbc, TransactionTemplate tx, ProducerTemplate producer,
                                  MeterRegistry meters) {
        DeliveryOutbox outbox = new DeliveryOutbox(jdbc, tx,
                message -> producer.sendBody("jms:queue:" + Queues.DELIVER, message));
        Gauge.builder("intake.review.outbox.pending", outbox, DeliveryOutbox::pending)
                .description("approved documents whose deliver message waits in the outbox for the broker")
                .register(meters);
        return outbox;
    }

    @Bean(destroyMethod = "close")
    OutboxDrain outboxDrain(DeliveryOutbox outbox, OutboxProperties props) {
        return new OutboxDrain(outbox, props.drainInterval());
    }

    @Bean
    ReviewService reviewService(ReviewTasks tasks, JdbcClient jdbc, ObjectMapper intakeJson, Ledger ledger,
                                IntakeProperties props, Taxonomy reviewTaxonomy, DeliveryOutbox outbox,
                                TransactionTemplate tx) {
        Corrections corrections = new Corrections(jdbc, intakeJson, props.dataDir().resolve("corrections"));
        return new ReviewService(tasks, corrections, ledger, new RoutingStage(props.routing()),
                reviewTaxonomy.types().stream().map(TypeDefinition::code).collect(Collectors.toSet()),
                new CorrectedValues(reviewTaxonomy), outbox, intakeJson, tx);
    }
}
