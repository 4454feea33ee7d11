package se.bricka.backend.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the usual encoded form,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (OWASP's minimum settings). The parameters
 * travel with each hash, so they can be raised later without invalidating stored ones.
 */
public final class PasswordHasher {

    /** How every hash this class makes begins. */
    public static final String PREFIX = "$argon2id$";

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    /** A new encoded hash of {@code password} with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
                .formatted(MEMORY_KIB, ITERATIONS, PARALLELISM, B64.encodeToString(salt), B64.encodeToString(hash));
    }

    /** Whether {@code password} matches {@code encoded}; a malformed hash never matches. */
    public boolean matches(String password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        try {
            String[] params = parts[3].split(",");
            int memory = Integer.parseInt(params[0].substring(2));
            int iterations = Integer.parseInt(params[1].substring(2));
            int parallelism = Integer.parseInt(params[2].substring(2));
            byte[] salt = B64_IN.decode(parts[4]);
            byte[] expected = B64_IN.decode(parts[5]);
            byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
