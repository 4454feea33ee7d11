package se.bricka.core.tag;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a tag UID into the keyed hash (HMAC-SHA256) that the backend stores and devices look up.
 * Without the key a hash cannot be traced back to a UID, so a leaked table reveals no tag.
 */
public final class TagHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 16;
    private static final int HASH_CHARS = 64;

    private final SecretKeySpec key;

    public TagHasher(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("tag key must be at least " + MIN_KEY_BYTES + " bytes, was "
                    + (key == null ? "missing" : key.length + " bytes"));
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        newMac(); // fail at construction, not at the first tap
    }

    /** The hash as 64 lowercase hexadecimal characters. */
    public String hash(TagUid uid) {
        return HexFormat.of().formatHex(newMac().doFinal(uid.bytes()));
    }

    /** Whether {@code text} has the shape of a hash this class makes. */
    public static boolean isHash(String text) {
        // A plain loop: a device checks every tag of every snapshot it takes, and a regex compiled
        // per call made that check the bulk of taking one.
        if (text == null || text.length() != HASH_CHARS) {
            return false;
        }
        for (int i = 0; i < HASH_CHARS; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
