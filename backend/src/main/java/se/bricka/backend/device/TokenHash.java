package se.bricka.backend.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Device tokens are stored only as their SHA-256, so the table alone lets nobody act as a board. */
public final class TokenHash {

    private TokenHash() {}

    /** The SHA-256 of {@code token} as 64 lowercase hexadecimal characters. */
    public static String of(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
