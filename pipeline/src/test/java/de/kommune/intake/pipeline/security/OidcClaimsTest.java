package de.kommune.intake.pipeline.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OidcClaimsTest {

    @Test
    void knownRolesFromAListOrAStringBecomeAuthorities() {
        assertThat(OidcClaims.roles(Map.of("roles", List.of("caseworker", "ROLE_ADMIN", "other")), "roles"))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CASEWORKER", "ROLE_ADMIN");
        assertThat(OidcClaims.roles(Map.of("groups", "BACKOFFICE, unknown"), "groups"))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_BACKOFFICE");
    }

    @Test
    void missingClaimsGiveNoRolesAndNoTeam() {
        assertThat(OidcClaims.roles(Map.of(), "roles")).isEmpty();
        assertThat(OidcClaims.team(Map.of(), "team")).isNull();
        assertThat(OidcClaims.team(Map.of("team", "sued"), "team")).isEqualTo("sued");
    }
}
