package se.bricka.hw.reader.wiegand;

/**
 * A Wiegand card format: how many bits, which bits each parity bit covers, where facility code and
 * card number sit. Bit 0 is the first bit on the wire. The even parity bit makes its range hold an
 * even number of ones, itself included; the odd one an odd number.
 *
 * @param name the format's usual name
 * @param length bits in a frame
 * @param evenFrom first bit covered by the even parity (the parity bit itself, bit 0)
 * @param evenCount bits covered by the even parity
 * @param oddFrom first bit covered by the odd parity
 * @param oddCount bits covered by the odd parity, ending with the odd parity bit (the last bit)
 * @param facilityFrom first bit of the facility code
 * @param facilityBits bits of the facility code
 * @param cardFrom first bit of the card number
 * @param cardBits bits of the card number
 */
public record WiegandFormat(
        String name,
        int length,
        int evenFrom,
        int evenCount,
        int oddFrom,
        int oddCount,
        int facilityFrom,
        int facilityBits,
        int cardFrom,
        int cardBits) {

    public WiegandFormat {
        if (length < 3 || length > WiegandDecoder.MAX_BITS) {
            throw new IllegalArgumentException(
                    "a Wiegand format has 3 to " + WiegandDecoder.MAX_BITS + " bits, was " + length);
        }
        within(length, evenFrom, evenCount, "even parity");
        within(length, oddFrom, oddCount, "odd parity");
        within(length, facilityFrom, facilityBits, "facility code");
        within(length, cardFrom, cardBits, "card number");
    }

    private static void within(int length, int from, int count, String what) {
        if (from < 0 || count < 0 || from + count > length) {
            throw new IllegalArgumentException(
                    what + " bits " + from + ".." + (from + count - 1) + " lie outside a " + length + "-bit frame");
        }
    }

    /** HID H10301, the common 26-bit format: parity, 8-bit facility, 16-bit card, parity. */
    public static final WiegandFormat H10301 = new WiegandFormat("H10301", 26, 0, 13, 13, 13, 1, 8, 9, 16);

    /** The common 34-bit format: parity, 16-bit facility, 16-bit card, parity; often a 4-byte UID. */
    public static final WiegandFormat W34 = new WiegandFormat("34-bit", 34, 0, 17, 17, 17, 1, 16, 17, 16);

    /** HID H10304, 37 bits: parity, 16-bit facility, 19-bit card, parity; the parities share bit 18. */
    public static final WiegandFormat H10304 = new WiegandFormat("H10304", 37, 0, 19, 18, 19, 1, 16, 17, 19);

    /** Bits between the two parity bits: the payload that becomes the tag's UID. */
    public int dataBits() {
        return length - 2;
    }
}
