package se.bricka.backend.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.bricka.backend.http.ApiException;

/** What an {@code Idempotency-Key} may look like, and how "the same request" is recognised. */
public final class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 200;

    private IdempotencyKeys() {}

    /** A key of 1–200 visible ASCII characters, such as a UUID; anything else is a 400. */
    public static String checked(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, was '" + abbreviate(key) + "'.");
        }
        return key;
    }

    /** The SHA-256 of a request's canonical form: equal for a retry, different for another request. */
    public static String fingerprint(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
