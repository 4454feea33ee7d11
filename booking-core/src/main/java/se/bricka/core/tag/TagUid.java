package se.bricka.core.tag;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The UID a reader read from a tag: 4, 7 or 10 bytes (ISO/IEC 14443-A single, double and triple
 * size), or 5 bytes for 125 kHz EM4100 tags. Raw UIDs never leave the device: they are hashed with
 * {@link TagHasher} first.
 */
public record TagUid(String hex) {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    public TagUid {
        if (hex == null) {
            throw new IllegalArgumentException("tag UID is missing");
        }
        String cleaned = hex.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!isHex(cleaned)) {
            throw new IllegalArgumentException("tag UID must be hexadecimal, was '" + hex + "'");
        }
        int bytes = cleaned.length() / 2;
        if (cleaned.length() % 2 != 0 || !(bytes == 4 || bytes == 5 || bytes == 7 || bytes == 10)) {
            throw new IllegalArgumentException("tag UID must be 4, 5, 7 or 10 bytes, was '" + hex + "'");
        }
        hex = cleaned;
    }

    /**
     * A loop, not a regular expression: a reader builds a TagUid on every cycle a card is on it, and
     * {@code String.matches} compiled a pattern each time (about 0.1 ms per tap on a kiosk's reader thread).
     */
    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    public static TagUid of(byte[] bytes) {
        return new TagUid(HEX.formatHex(bytes));
    }

    public byte[] bytes() {
        return HEX.parseHex(hex);
    }

    /** All but the last two bytes hidden, for screens and extracts: {@code ••••••A1B2}. */
    public String masked() {
        return "•".repeat(hex.length() - 4) + hex.substring(hex.length() - 4);
    }

    @Override
    public String toString() {
        return "TagUid[" + masked() + "]";
    }
}
