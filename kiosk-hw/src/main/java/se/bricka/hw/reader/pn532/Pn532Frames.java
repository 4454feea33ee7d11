package se.bricka.hw.reader.pn532;

import java.util.Arrays;

/**
 * The PN532's frame format (NXP PN532 user manual, UM0701-02, section 6.2.1).
 *
 * <p>A normal information frame is: preamble 0x00, start code 0x00 0xFF, LEN, LCS, TFI, data, DCS,
 * postamble 0x00. LEN counts TFI and data; LCS makes {@code LEN + LCS} zero in the low byte; DCS
 * makes {@code TFI + data + DCS} zero in the low byte. TFI is 0xD4 from host to PN532 and 0xD5 back.
 * The ACK frame is {@code 00 00 FF 00 FF 00}, the NACK frame {@code 00 00 FF FF 00 00}, and the
 * syntax-error frame carries the single data byte 0x7F. Extended frames (LEN and LCS both 0xFF) carry
 * more than 254 bytes, which nothing here needs: they are refused as invalid.
 */
final class Pn532Frames {

    static final int HOST_TO_PN532 = 0xD4;
    static final int PN532_TO_HOST = 0xD5;
    static final byte[] ACK = {0x00, 0x00, (byte) 0xFF, 0x00, (byte) 0xFF, 0x00};
    static final byte[] NACK = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF, 0x00, 0x00};
    private static final int SYNTAX_ERROR = 0x7F;
    private static final int MAX_DATA = 254;

    private Pn532Frames() {}

    /** A host frame carrying {@code command} and its parameters. */
    static byte[] encode(int command, byte... parameters) {
        int length = 2 + parameters.length;
        if (length > MAX_DATA) {
            throw new IllegalArgumentException(
                    "a normal frame carries at most 253 parameter bytes, not " + parameters.length);
        }
        byte[] frame = new byte[length + 7];
        frame[0] = 0x00;
        frame[1] = 0x00;
        frame[2] = (byte) 0xFF;
        frame[3] = (byte) length;
        frame[4] = (byte) -length;
        frame[5] = (byte) HOST_TO_PN532;
        frame[6] = (byte) command;
        System.arraycopy(parameters, 0, frame, 7, parameters.length);
        int sum = HOST_TO_PN532 + command;
        for (byte parameter : parameters) {
            sum += parameter & 0xFF;
        }
        frame[length + 5] = (byte) -sum;
        frame[length + 6] = 0x00;
        return frame;
    }

    /**
     * Finds and checks the frame in {@code bytes}, which may start with any number of 0x00 (a
     * preamble, or idle bus) and end with anything (the PN532 clocks out filler after a frame).
     */
    static Pn532Message decode(byte[] bytes) {
        int start = startCode(bytes);
        if (start < 0) {
            return new Pn532Message.Invalid("no start code 00 FF");
        }
        int at = start + 2;
        if (bytes.length < at + 2) {
            return new Pn532Message.Invalid("frame cut off before LEN and LCS");
        }
        int length = bytes[at] & 0xFF;
        int lengthCheck = bytes[at + 1] & 0xFF;
        if (length == 0x00 && lengthCheck == 0xFF) {
            return new Pn532Message.Ack();
        }
        if (length == 0xFF && lengthCheck == 0x00) {
            return new Pn532Message.Nack();
        }
        if (length == 0xFF && lengthCheck == 0xFF) {
            return new Pn532Message.Invalid("extended frames are not supported");
        }
        if (((length + lengthCheck) & 0xFF) != 0) {
            return new Pn532Message.Invalid("LCS 0x%02X does not match LEN 0x%02X".formatted(lengthCheck, length));
        }
        return body(bytes, at + 2, length);
    }

    private static Pn532Message body(byte[] bytes, int from, int length) {
        if (length == 0) {
            return new Pn532Message.Invalid("LEN 0 outside an ACK");
        }
        if (bytes.length < from + length + 1) {
            return new Pn532Message.Invalid("frame cut off: LEN " + length + ", " + (bytes.length - from) + " bytes");
        }
        int sum = 0;
        for (int i = from; i <= from + length; i++) {
            sum += bytes[i] & 0xFF;
        }
        if ((sum & 0xFF) != 0) {
            return new Pn532Message.Invalid("DCS 0x%02X does not match the data".formatted(bytes[from + length]));
        }
        if (length == 1 && (bytes[from] & 0xFF) == SYNTAX_ERROR) {
            return new Pn532Message.ApplicationError();
        }
        byte[] data = Arrays.copyOfRange(bytes, from + 1, from + length);
        return new Pn532Message.Information(bytes[from] & 0xFF, data);
    }

    /** Index of the 0x00 0xFF start code after leading zeros, or -1. */
    private static int startCode(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] == 0x00) {
            i++;
        }
        if (i == 0 || i >= bytes.length || bytes[i] != (byte) 0xFF) {
            return -1;
        }
        return i - 1;
    }
}
