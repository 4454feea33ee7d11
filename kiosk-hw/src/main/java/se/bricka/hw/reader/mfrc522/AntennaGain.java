package se.bricka.hw.reader.mfrc522;

/**
 * The MFRC522's receiver gain (RFCfgReg bits 6..4). More gain reads cards from further away, and
 * picks up more noise. The chip resets to 33 dB; a door reader behind a thick panel wants 48.
 */
public enum AntennaGain {
    /** 18 dB, the weakest. */
    DB_18(0b010),
    /** 23 dB. */
    DB_23(0b011),
    /** 33 dB, the chip's reset value. */
    DB_33(0b100),
    /** 38 dB. */
    DB_38(0b101),
    /** 43 dB. */
    DB_43(0b110),
    /** 48 dB, the strongest: reads through a door panel. */
    DB_48(0b111);

    private final int bits;

    AntennaGain(int bits) {
        this.bits = bits;
    }

    /** The value of RFCfgReg for this gain. */
    int registerValue() {
        return bits << 4;
    }

    /** Parses {@code 18}, {@code 23}, {@code 33}, {@code 38}, {@code 43} or {@code 48} (decibels). */
    public static AntennaGain ofDecibels(int decibels) {
        for (AntennaGain gain : values()) {
            if (gain.name().equals("DB_" + decibels)) {
                return gain;
            }
        }
        throw new IllegalArgumentException("antenna gain must be 18, 23, 33, 38, 43 or 48 dB, was " + decibels);
    }
}
