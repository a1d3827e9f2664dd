package de.kommune.intake.pipeline.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The delivery outbox of approved documents.
 *
 * @param drainInterval how often messages the broker refused right after an approval are sent again (also the
 *                      delay of the first pass after start-up)
 */
@ConfigurationProperties("intake.review.outbox")
public record OutboxProperties(@DefaultValue("PT10S") Duration drainInterval) {
}
