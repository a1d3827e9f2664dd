package de.kommune.intake.pipeline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as German offices read them, in the templates: {@code ${@displayDates.format(instant)}}. */
@Component("displayDates")
@ConditionalOnWebApplication
public class DisplayDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE, dd.MM.yyyy", java.util.Locale.GERMAN);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** @param isoDate {@code 2026-12-01} */
    public String day(String isoDate) {
        return isoDate == null ? "" : day(LocalDate.parse(isoDate));
    }
}
