package se.bricka.hw.reader.mfrc522;

/** CRC_A of ISO/IEC 14443-3 (annex B): CRC-16/CCITT reflected, preset 0x6363, sent low byte first. */
final class CrcA {

    private CrcA() {}

    static int of(byte[] data, int length) {
        int crc = 0x6363;
        for (int i = 0; i < length; i++) {
            int ch = (data[i] ^ crc) & 0xFF;
            ch = (ch ^ (ch << 4)) & 0xFF;
            crc = ((crc >> 8) ^ (ch << 8) ^ (ch << 3) ^ (ch >> 4)) & 0xFFFF;
        }
        return crc;
    }

    /** {@code data} followed by its CRC_A. */
    static byte[] append(byte... data) {
        int crc = of(data, data.length);
        byte[] framed = java.util.Arrays.copyOf(data, data.length + 2);
        framed[data.length] = (byte) crc;
        framed[data.length + 1] = (byte) (crc >> 8);
        return framed;
    }

    static boolean holds(byte[] framed) {
        if (framed.length < 3) {
            return false;
        }
        int crc = of(framed, framed.length - 2);
        return framed[framed.length - 2] == (byte) crc && framed[framed.length - 1] == (byte) (crc >> 8);
    }
}
