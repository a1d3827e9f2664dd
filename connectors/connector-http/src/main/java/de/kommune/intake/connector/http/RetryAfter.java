package de.kommune.intake.connector.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The delay a {@code Retry-After} header asks for (RFC 9110 §10.2.3: seconds, or an HTTP date). */
final class RetryAfter {

    private static final Duration MINIMUM = Duration.ofSeconds(1);

    private RetryAfter() {
    }

    /**
     * The header's delay, clamped to {@code [1 s, max]} (a date in the past still waits a second; a target asking
     * for a week is not taken at its word); {@code fallback} when the header is missing or unreadable.
     */
    static Duration delay(Optional<String> header, Instant now, Duration fallback, Duration max) {
        if (header.isEmpty()) {
            return fallback;
        }
        String value = header.get().trim();
        Duration asked;
        if (value.matches("\\d{1,10}")) {
            asked = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                asked = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return fallback;
            }
        }
        if (asked.compareTo(MINIMUM) < 0) {
            return MINIMUM;
        }
        return asked.compareTo(max) > 0 ? max : asked;
    }
}
