package de.kommune.intake.connector.spi;

/**
 * Result of {@link DmsConnector#check()}.
 *
 * @param up     whether the target accepts documents now
 * @param detail a short human-readable explanation, never document content
 * @since 1.0
 */
public record HealthStatus(boolean up, String detail) {

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
