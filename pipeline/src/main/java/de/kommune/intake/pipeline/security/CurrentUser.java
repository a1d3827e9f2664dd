package de.kommune.intake.pipeline.security;

import org.springframework.security.core.Authentication;

/** The parts of the signed-in principal the web layer needs. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name(Authentication auth) {
        return auth.getName();
    }

    public static boolean hasRole(Authentication auth, String role) {
        return auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    public static String team(Authentication auth) {
        return auth.getPrincipal() instanceof TeamMember m ? m.team() : null;
    }
}
