package se.bricka.hw.reader.mfrc522;

/**
 * CRC_A of ISO/IEC 14443-3 (annex B), computed on the host: the reflected CCITT polynomial 0x8408,
 * preset 0x6363, sent low byte first. The MFRC522's CRC coprocessor gives the same value, but asking it
 * costs about nine SPI transfers and a wait per frame; a SELECT, its SAK check and the HLTA need five
 * CRCs per cascade level and card.
 */
final class FrameCrc {

    private static final int PRESET = 0x6363;
    private static final int POLYNOMIAL = 0x8408;

    private FrameCrc() {}

    /** CRC_A of the first {@code length} bytes of {@code data}. */
    static int of(byte[] data, int length) {
        int crc = PRESET;
        for (int i = 0; i < length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
        }
        return crc;
    }

    /** Writes the CRC_A of {@code data[0..length)} into {@code data[length]} and {@code data[length + 1]}. */
    static void append(byte[] data, int length) {
        int crc = of(data, length);
        data[length] = (byte) crc;
        data[length + 1] = (byte) (crc >>> 8);
    }

    /** Whether the last two of the first {@code length} bytes are the CRC_A of the bytes before them. */
    static boolean holds(byte[] data, int length) {
        if (length < 3) {
            return false;
        }
        int crc = of(data, length - 2);
        return data[length - 2] == (byte) crc && data[length - 1] == (byte) (crc >>> 8);
    }
}
