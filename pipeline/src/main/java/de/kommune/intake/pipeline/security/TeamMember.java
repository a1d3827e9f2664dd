package de.kommune.intake.pipeline.security;

/** A signed-in person who belongs to a caseworker team (local user or OIDC user). */
public interface TeamMember {

    /** @return the team, or null for people without one (back office, admins) */
    String team();
}
