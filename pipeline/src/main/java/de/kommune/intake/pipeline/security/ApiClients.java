package de.kommune.intake.pipeline.security;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Integrators' bearer tokens: 256 random bits, shown once at creation, stored only as SHA-256 (a slow hash is not
 * needed for random tokens, and a fast one keeps every API call cheap).
 */
public final class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    public ApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Client(String name, Instant createdAt, String createdBy, boolean operator, Instant revokedAt) {
    }

    /** An authenticated client; {@code operator} clients may also use the operations API. */
    public record Caller(String name, boolean operator) {
    }

    /** @return the token of a new ordinary client */
    public String create(String name, String actor) {
        return create(name, actor, false);
    }

    /** @return the token; it cannot be recovered later */
    public String create(String name, String actor, boolean operator) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new IllegalArgumentException("client name: 2-63 lower-case letters, digits and '-'");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "itk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        int created = jdbc.sql("INSERT INTO api_client (name, token_hash, created_at, created_by, operator) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")
                .params(name, hash(token), Timestamp.from(Instant.now()), actor, operator).update();
        if (created == 0) {
            throw new IllegalArgumentException("a client with this name exists");
        }
        return token;
    }

    public Optional<Caller> authenticate(String token) {
        return jdbc.sql("SELECT name, operator FROM api_client WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token)).query((rs, n) -> new Caller(rs.getString("name"), rs.getBoolean("operator")))
                .optional();
    }

    public void revoke(String name) {
        jdbc.sql("UPDATE api_client SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), name).update();
    }

    public List<Client> list() {
        return jdbc.sql("SELECT name, created_at, created_by, operator, revoked_at FROM api_client ORDER BY name")
                .query((rs, n) -> new Client(rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"), rs.getBoolean("operator"),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
