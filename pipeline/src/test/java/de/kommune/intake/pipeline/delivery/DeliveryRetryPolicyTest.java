package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.delivery.DeliveryRetryPolicy.Decision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryRetryPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private final DeliveryRetryPolicy policy = new DeliveryRetryPolicy(Duration.ofSeconds(5), 2.0,
            Duration.ofMinutes(10), Duration.ofHours(24));

    private Duration wait(int retriesSoFar, Instant now, Duration hint) {
        Decision d = policy.next(retriesSoFar, T0, now, hint);
        assertThat(d).isInstanceOf(Decision.RetryAt.class);
        return Duration.between(now, ((Decision.RetryAt) d).at());
    }

    @Test
    void waitsGrowExponentiallyUpToTheCeiling() {
        assertThat(wait(0, T0, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(wait(1, T0, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(wait(4, T0, null)).isEqualTo(Duration.ofSeconds(80));
        assertThat(wait(40, T0, null)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theConnectorsHintIsALowerBoundButNotAboveTheCeiling() {
        assertThat(wait(0, T0, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(wait(5, T0, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(160));
        assertThat(wait(0, T0, Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(10));
        assertThat(wait(0, T0, Duration.ZERO)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void givesUpOnceTheBudgetSinceTheFirstAttemptIsSpent() {
        assertThat(policy.next(3, T0, T0.plus(Duration.ofHours(23)), null)).isInstanceOf(Decision.RetryAt.class);
        assertThat(policy.next(3, T0, T0.plus(Duration.ofHours(24)), null)).isInstanceOf(Decision.GiveUp.class);
    }

    @Test
    void aShrinkingMultiplierIsRefused() {
        assertThatThrownBy(() -> new DeliveryRetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1),
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
