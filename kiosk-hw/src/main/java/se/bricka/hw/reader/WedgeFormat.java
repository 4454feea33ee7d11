package se.bricka.hw.reader;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import se.bricka.core.tag.TagUid;

/**
 * What a keyboard-wedge reader types for a tag, and how that becomes the tag's UID. Readers of
 * 125 kHz EM4100 tags can usually be set to type the tag's number in one of several ways; each
 * format here turns its way back into the same bytes, so that one physical tag has one UID whatever
 * the reader's setting (see the mapping in {@code kiosk-hw/README.md}).
 *
 * <p>The EM4100 formats give the tag's 32-bit card number as 4 bytes, most significant first: the
 * bytes a 34-bit Wiegand reader reports for the same tag. The 24-bit forms ({@link #DECIMAL8},
 * {@link #HEX6}) carry only the low 24 bits, and give {@code 00} and those three bytes: the bytes a
 * 26-bit Wiegand reader reports. A line that does not have exactly the format's shape, or whose
 * number is out of range, is no UID.
 */
public enum WedgeFormat {

    /** The typed hex digits are the UID, any UID length (8, 10, 14 or 20 digits): 13.56 MHz readers. */
    HEX("hex", "hex digits of a 4-, 5-, 7- or 10-byte UID") {
        @Override
        Optional<byte[]> bytes(String typed) {
            boolean uidLength = switch (typed.length()) {
                case 8, 10, 14, 20 -> true;
                default -> false;
            };
            return uidLength && isHex(typed) ? Optional.of(HEX_DIGITS.parseHex(typed)) : Optional.empty();
        }
    },

    /** 6 hex digits: the low 24 bits of the card number (the "W26 hex" setting). */
    HEX6("hex6", "6 hex digits") {
        @Override
        Optional<byte[]> bytes(String typed) {
            return typed.length() == 6 && isHex(typed) ? number(Long.parseLong(typed, 16)) : Optional.empty();
        }
    },

    /** 8 hex digits: the 32-bit card number. */
    HEX8("hex8", "8 hex digits") {
        @Override
        Optional<byte[]> bytes(String typed) {
            return typed.length() == 8 && isHex(typed) ? number(Long.parseLong(typed, 16)) : Optional.empty();
        }
    },

    /**
     * 10 hex digits: the EM4100 version (customer) byte and the 32-bit card number. The version byte
     * is dropped, since the other settings do not carry it.
     */
    HEX10("hex10", "10 hex digits") {
        @Override
        Optional<byte[]> bytes(String typed) {
            return typed.length() == 10 && isHex(typed)
                    ? number(Long.parseLong(typed.substring(2), 16))
                    : Optional.empty();
        }
    },

    /** 10 decimal digits, 0000000000–4294967295: the 32-bit card number (the usual factory setting). */
    DECIMAL10("decimal10", "10 decimal digits, at most 4294967295") {
        @Override
        Optional<byte[]> bytes(String typed) {
            return typed.length() == 10 && isDecimal(typed) ? number(Long.parseLong(typed)) : Optional.empty();
        }
    },

    /**
     * 8 decimal digits, "facility,card": 3 digits of bits 16–23 (0–255) and 5 digits of bits 0–15
     * (0–65535), with or without the comma between them.
     */
    DECIMAL8("decimal8", "3 + 5 decimal digits (0–255, 0–65535), a comma between them or not") {
        @Override
        Optional<byte[]> bytes(String typed) {
            return pair(typed, 3, 255);
        }
    },

    /**
     * 10 decimal digits, "5+5": 5 digits of bits 16–31 and 5 of bits 0–15 (each 0–65535), with or
     * without a comma between them.
     */
    DECIMAL5_5("decimal5+5", "5 + 5 decimal digits (each 0–65535), a comma between them or not") {
        @Override
        Optional<byte[]> bytes(String typed) {
            return pair(typed, 5, 65_535);
        }
    };

    private static final HexFormat HEX_DIGITS = HexFormat.of();

    private final String configName;
    private final String shape;

    WedgeFormat(String configName, String shape) {
        this.configName = configName;
        this.shape = shape;
    }

    /** The name in the device configuration ({@code reader.evdev-format}), such as {@code decimal10}. */
    public String configName() {
        return configName;
    }

    /** What a line must look like, for messages: {@code "10 decimal digits, at most 4294967295"}. */
    public String shape() {
        return shape;
    }

    /** The format named {@code name} in a configuration, in any case; empty for an unknown name. */
    public static Optional<WedgeFormat> named(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.configName.equals(lower))
                .findFirst();
    }

    /**
     * The UID of a typed line: digits, upper-case A–F and at most the commas the format allows, without
     * the Enter. Empty when the line has not exactly this format's shape.
     */
    public Optional<TagUid> uid(String typed) {
        if (typed.isEmpty() || typed.length() > LONGEST_LINE) {
            return Optional.empty();
        }
        return bytes(typed).map(TagUid::of);
    }

    /** The longest line any format reads: the 20 hex digits of a 10-byte UID. */
    public static final int LONGEST_LINE = 20;

    abstract Optional<byte[]> bytes(String typed);

    private static boolean isHex(String typed) {
        return typed.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'));
    }

    private static boolean isDecimal(String typed) {
        return typed.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A card number of up to 32 bits as 4 bytes, most significant first; empty when it is larger. */
    private static Optional<byte[]> number(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            return Optional.empty();
        }
        return Optional.of(
                new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /**
     * Two decimal numbers, the high part of {@code highDigits} digits up to {@code highMax}, the low
     * part 5 digits up to 65535, with or without one comma between them.
     */
    private static Optional<byte[]> pair(String typed, int highDigits, int highMax) {
        String digits;
        if (typed.length() == highDigits + 6 && typed.charAt(highDigits) == ',') {
            digits = typed.substring(0, highDigits) + typed.substring(highDigits + 1);
        } else {
            digits = typed;
        }
        if (digits.length() != highDigits + 5 || !isDecimal(digits)) {
            return Optional.empty();
        }
        long high = Long.parseLong(digits.substring(0, highDigits));
        long low = Long.parseLong(digits.substring(highDigits));
        if (high > highMax || low > 65_535) {
            return Optional.empty();
        }
        return number((high << 16) | low);
    }
}
