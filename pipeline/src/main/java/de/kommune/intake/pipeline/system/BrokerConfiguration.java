package de.kommune.intake.pipeline.system;

import de.kommune.intake.pipeline.routes.Queues;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the embedded broker (the default). A message that fails too often goes to the dead-letter queue
 * instead of being discarded — Artemis' default without a dead-letter address would drop it.
 * An external broker needs the same address settings (see README).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    @Bean
    ArtemisConfigurationCustomizer intakeBrokerSettings() {
        return config -> {
            AddressSettings settings = new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTER))
                    .setMaxDeliveryAttempts(20)
                    .setRedeliveryDelay(1000)
                    .setRedeliveryMultiplier(2)
                    .setMaxRedeliveryDelay(60_000);
            config.addAddressSetting("intake.#", settings);
            config.setIDCacheSize(100_000);
            config.setPersistIDCache(true);
            for (String q : Queues.ALL) {
                config.addQueueConfiguration(QueueConfiguration.of(q).setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
            }
        };
    }
}
