package de.kommune.intake.pipeline.batches;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * The batch dashboard (serve mode).
 *
 * @param zone the office's time zone: hot-folder batches and straight-through rates are per day in it
 * @param days how far back the dashboard lists batches and straight-through rates
 */
@ConfigurationProperties("intake.dashboard")
public record DashboardProperties(@DefaultValue("Europe/Berlin") ZoneId zone, @DefaultValue("14") int days) {

    public DashboardProperties {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("intake.dashboard.days must be 1..366, not " + days);
        }
    }
}
