package se.bricka.backend.health;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read {@code /metrics}: a scraper that sends {@code Authorization: Bearer <token>} with the
 * token configured in {@code BRICKA_METRICS_TOKEN}. Without a token configured nobody may, and the route
 * answers 404 as if it did not exist.
 */
public final class MetricsAccess {

    /** The environment variable holding the token. */
    public static final String TOKEN_VARIABLE = "BRICKA_METRICS_TOKEN";

    /** Shorter tokens are refused at start: a scrape token is a password. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> token;

    private MetricsAccess(Optional<byte[]> token) {
        this.token = token;
    }

    /** Nobody may read the metrics. */
    public static MetricsAccess closed() {
        return new MetricsAccess(Optional.empty());
    }

    /**
     * Scrapers with {@code token} may.
     *
     * @throws IllegalArgumentException when the token is shorter than {@value #MIN_TOKEN_LENGTH} characters
     */
    public static MetricsAccess withToken(String token) {
        if (token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(TOKEN_VARIABLE + " must be at least " + MIN_TOKEN_LENGTH
                    + " characters, was " + token.strip().length());
        }
        return new MetricsAccess(Optional.of(token.strip().getBytes(StandardCharsets.UTF_8)));
    }

    /** From {@value #TOKEN_VARIABLE} in {@code environment}; closed when it is unset or empty. */
    public static MetricsAccess fromEnvironment(Map<String, String> environment) {
        String value = environment.get(TOKEN_VARIABLE);
        return value == null || value.isBlank() ? closed() : withToken(value);
    }

    /** Whether metrics are served at all. */
    public boolean open() {
        return token.isPresent();
    }

    /** Whether {@code authorization} (the header, or null) carries the token; compared in constant time. */
    public boolean admits(String authorization) {
        if (token.isEmpty()
                || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] sent = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, token.get());
    }
}
