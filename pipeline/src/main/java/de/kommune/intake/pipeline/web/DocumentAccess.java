package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.review.RoutedDocuments;
import de.kommune.intake.pipeline.security.CurrentUser;
import de.kommune.intake.pipeline.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Decides on every request whether a caseworker may see a filed document: only their own team's. */
public final class DocumentAccess {

    private final RoutedDocuments routed;

    public DocumentAccess(RoutedDocuments routed) {
        this.routed = routed;
    }

    /** @return the routed document; 404 when unknown, 403 when it belongs to another team */
    public RoutedDocuments.Routed inboxDocument(Authentication auth, String documentId) {
        RoutedDocuments.Routed doc = routed.find(documentId).orElseThrow(NotFound::new);
        if (CurrentUser.hasRole(auth, Roles.ADMIN)) {
            return doc;
        }
        String team = CurrentUser.team(auth);
        if (team == null || !team.equals(doc.team())) {
            throw new AccessDeniedException("document of another team");
        }
        return doc;
    }

    /** The team filter of the inbox: admins see all teams, caseworkers their own. */
    public String teamFilter(Authentication auth) {
        if (CurrentUser.hasRole(auth, Roles.ADMIN)) {
            return null;
        }
        String team = CurrentUser.team(auth);
        if (team == null) {
            throw new AccessDeniedException("caseworker without a team");
        }
        return team;
    }
}
