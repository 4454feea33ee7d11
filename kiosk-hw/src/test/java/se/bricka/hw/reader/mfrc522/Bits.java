package se.bricka.hw.reader.mfrc522;

import java.util.Arrays;

/** A frame on the air as bits, least significant bit of each byte first, as ISO/IEC 14443-A sends it. */
record Bits(boolean[] bits) {

    static Bits ofBytes(byte[] bytes, int lastByteBits) {
        int length = bytes.length == 0 ? 0 : (bytes.length - 1) * 8 + (lastByteBits == 0 ? 8 : lastByteBits);
        boolean[] bits = new boolean[length];
        for (int i = 0; i < length; i++) {
            bits[i] = (bytes[i / 8] >> (i % 8) & 1) == 1;
        }
        return new Bits(bits);
    }

    static Bits ofBytes(byte... bytes) {
        return ofBytes(bytes, 0);
    }

    int length() {
        return bits.length;
    }

    boolean get(int index) {
        return bits[index];
    }

    Bits from(int start) {
        return new Bits(Arrays.copyOfRange(bits, start, bits.length));
    }

    Bits first(int count) {
        return new Bits(Arrays.copyOf(bits, count));
    }

    Bits flip(int index) {
        boolean[] copy = bits.clone();
        copy[index] = !copy[index];
        return new Bits(copy);
    }

    boolean startsWith(Bits prefix) {
        return prefix.length() <= length() && Arrays.equals(Arrays.copyOf(bits, prefix.length()), prefix.bits);
    }

    /** The whole bytes of this frame; a half last byte is left out. */
    byte[] wholeBytes() {
        byte[] bytes = new byte[bits.length / 8];
        for (int i = 0; i < bytes.length * 8; i++) {
            if (bits[i]) {
                bytes[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return bytes;
    }

    /** The value of a short frame's seven bits. */
    int wholeBytesOf7() {
        int value = 0;
        for (int i = 0; i < bits.length; i++) {
            value |= bits[i] ? 1 << i : 0;
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bits that && Arrays.equals(bits, that.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (boolean bit : bits) {
            text.append(bit ? '1' : '0');
        }
        return text.toString();
    }
}
