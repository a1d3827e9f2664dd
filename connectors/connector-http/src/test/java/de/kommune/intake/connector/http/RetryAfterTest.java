package de.kommune.intake.connector.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration FALLBACK = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void secondsAndHttpDatesAreHonoured() {
        assertThat(RetryAfter.delay(Optional.of("120"), NOW, FALLBACK, MAX)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.delay(Optional.of("Sat, 01 Mar 2025 09:05:00 GMT"), NOW, FALLBACK, MAX))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void missingOrUnreadableFallsBack() {
        assertThat(RetryAfter.delay(Optional.empty(), NOW, FALLBACK, MAX)).isEqualTo(FALLBACK);
        assertThat(RetryAfter.delay(Optional.of("soon"), NOW, FALLBACK, MAX)).isEqualTo(FALLBACK);
        assertThat(RetryAfter.delay(Optional.of("-5"), NOW, FALLBACK, MAX)).isEqualTo(FALLBACK);
    }

    @Test
    void clampedToAtLeastASecondAndAtMostTheMaximum() {
        assertThat(RetryAfter.delay(Optional.of("0"), NOW, FALLBACK, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.delay(Optional.of("Fri, 28 Feb 2025 09:00:00 GMT"), NOW, FALLBACK, MAX))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.delay(Optional.of("604800"), NOW, FALLBACK, MAX)).isEqualTo(MAX);
    }
}
