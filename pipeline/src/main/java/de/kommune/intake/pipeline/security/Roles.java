package de.kommune.intake.pipeline.security;

/** The roles of serve mode. API clients authenticate with a bearer token and get {@link #API_CLIENT}. */
public final class Roles {

    public static final String BACKOFFICE = "BACKOFFICE";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String ADMIN = "ADMIN";
    public static final String API_CLIENT = "API_CLIENT";
    /** An API client allowed to use the operations API ({@code /api/v1/admin/**}). */
    public static final String API_OPERATOR = "API_OPERATOR";

    private Roles() {
    }
}
