package de.kommune.intake.pipeline.config;

import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.retention.PendingDeliveries;
import de.kommune.intake.pipeline.retention.RetentionSchedule;
import de.kommune.intake.pipeline.retention.RetentionSweep;
import de.kommune.intake.pipeline.review.DeliveryOutbox;
import de.kommune.intake.pipeline.store.ContentStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * The retention sweep of serve mode. Not in the batch command (no web application): its work folder is removed
 * at the end of a successful run anyway, and a sweep there would race the run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "intake.retention", name = "enabled", havingValue = "true", matchIfMissing = true)
class RetentionConfiguration {

    private static final Duration FIRST_SWEEP_AFTER = Duration.ofMinutes(1);

    @Bean
    RetentionSweep retentionSweep(ContentStore store, Ledger ledger, IntakeProperties props, MeterRegistry meters,
                                  ObjectProvider<DeliveryOutbox> outbox) {
        DeliveryOutbox deliveryOutbox = outbox.getIfAvailable();
        PendingDeliveries pending = deliveryOutbox == null ? PendingDeliveries.NONE : deliveryOutbox::waiting;
        IntakeProperties.HotFolder hotFolder = props.hotFolder();
        // the default zone: the hot-folder route names its archive day folders by the JVM's local date
        return new RetentionSweep(store, ledger, Clock.systemDefaultZone(), props.retention().workingCopies(),
                hotFolder.enabled() ? hotFolder.path() : null, props.dataDir().resolve("retention"), meters, pending);
    }

    @Bean(destroyMethod = "close")
    RetentionSchedule retentionSchedule(RetentionSweep sweep, IntakeProperties props) {
        return new RetentionSchedule(sweep, FIRST_SWEEP_AFTER, props.retention().sweepInterval());
    }
}
