package de.kommune.intake.pipeline.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** A user from {@code intake.security.users}. */
public final class LocalUser extends User implements TeamMember {

    private final String team;

    public LocalUser(String username, String passwordHash, Collection<? extends GrantedAuthority> authorities,
                     String team) {
        super(username, passwordHash, authorities);
        this.team = team;
    }

    @Override
    public String team() {
        return team;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
