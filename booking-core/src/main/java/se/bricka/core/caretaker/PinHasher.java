package se.bricka.core.caretaker;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes caretaker PINs with PBKDF2-HMAC-SHA256 and a per-PIN salt, so that neither the backend nor a
 * board holds a PIN in the clear. A six-digit PIN has only a million values: the iteration count and
 * the lock-out after five failures are what make guessing slow, not the hash alone.
 */
public final class PinHasher {

    /** Iterations for newly set PINs; each stored hash carries its own count. */
    public static final int ITERATIONS = 100_000;

    /** The fewest digits a PIN may have. */
    public static final int MIN_DIGITS = 6;

    /** The most digits a PIN may have. */
    public static final int MAX_DIGITS = 12;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHasher() {}

    /** A PIN's salted hash, both in base64. */
    public record PinHash(String salt, String hash, int iterations) {}

    /** Why {@code pin} cannot be a PIN, as a problem code; empty when it can. */
    public static Optional<String> problemWith(String pin) {
        if (pin == null || pin.isEmpty() || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("pin-not-digits");
        }
        if (pin.length() < MIN_DIGITS) {
            return Optional.of("pin-too-short");
        }
        if (pin.length() > MAX_DIGITS) {
            return Optional.of("pin-too-long");
        }
        return Optional.empty();
    }

    /** Hashes a valid {@code pin} with a fresh salt. */
    public static PinHash hash(String pin) {
        problemWith(pin).ifPresent(problem -> {
            throw new IllegalArgumentException("not a PIN: " + problem);
        });
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return new PinHash(
                base64.encodeToString(salt), base64.encodeToString(derive(pin, salt, ITERATIONS)), ITERATIONS);
    }

    /** Whether {@code pin} is the PIN {@code stored} was made from; compares in constant time. */
    public static boolean matches(String pin, PinHash stored) {
        if (pin == null || stored.iterations() <= 0) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(stored.hash());
        byte[] actual = derive(pin, base64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
