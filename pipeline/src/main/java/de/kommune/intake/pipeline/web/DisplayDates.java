package de.kommune.intake.pipeline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as German offices read them, in the templates: {@code ${@displayDates.format(instant)}}. */
@Component("displayDates")
@ConditionalOnWebApplication
public class DisplayDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
