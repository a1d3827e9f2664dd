package de.kommune.intake.pipeline.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps the roles claim of an OIDC token (list or space/comma separated string) to our roles; others are ignored. */
public final class OidcClaims {

    private static final Set<String> KNOWN = Set.of(Roles.BACKOFFICE, Roles.CASEWORKER, Roles.ADMIN);

    private OidcClaims() {
    }

    public static List<GrantedAuthority> roles(Map<String, Object> claims, String rolesClaim) {
        Object raw = claims.get(rolesClaim);
        List<String> values = raw instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : raw instanceof String s ? List.of(s.split("[,\\s]+")) : List.of();
        return values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .filter(KNOWN::contains).distinct()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    public static String team(Map<String, Object> claims, String teamClaim) {
        Object raw = claims.get(teamClaim);
        return raw == null ? null : String.valueOf(raw);
    }
}
