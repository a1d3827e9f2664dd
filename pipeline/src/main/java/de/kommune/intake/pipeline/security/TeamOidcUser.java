package de.kommune.intake.pipeline.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;

/** An OIDC login with the roles and team taken from the configured claims. */
public final class TeamOidcUser extends DefaultOidcUser implements TeamMember {

    private final String team;

    public TeamOidcUser(OidcUser user, Collection<? extends GrantedAuthority> roles, String team) {
        super(roles, user.getIdToken(), user.getUserInfo(), nameKey(user));
        this.team = team;
    }

    private static String nameKey(OidcUser user) {
        return user.getClaims().containsKey("preferred_username") ? "preferred_username" : "sub";
    }

    @Override
    public String team() {
        return team;
    }
}
