package de.kommune.intake.pipeline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Login for serve mode: local users (bcrypt hashes) and, optionally, an OpenID Connect provider.
 *
 * @param users local users; {@code roles} from BACKOFFICE, CASEWORKER, ADMIN; {@code team} for caseworkers
 * @param oidc  active when {@code issuer-uri} is set; roles and team are read from the named claims
 */
@ConfigurationProperties("intake.security")
public record SecurityProperties(@DefaultValue List<LocalUser> users, @DefaultValue Oidc oidc) {

    public record LocalUser(String username, String passwordHash, @DefaultValue List<String> roles, String team) {
    }

    public record Oidc(String issuerUri, String clientId, String clientSecret,
                       @DefaultValue("roles") String rolesClaim, @DefaultValue("team") String teamClaim) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
