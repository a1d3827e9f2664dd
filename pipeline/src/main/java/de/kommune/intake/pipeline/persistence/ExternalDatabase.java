package de.kommune.intake.pipeline.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A real PostgreSQL for serve mode ({@code spring.datasource.url=jdbc:postgresql://host/intake}). Without a URL the
 * service starts an embedded PostgreSQL in {@code <intake.data-dir>/postgres}.
 */
@ConfigurationProperties("spring.datasource")
public record ExternalDatabase(String url, String username, String password) {

    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
