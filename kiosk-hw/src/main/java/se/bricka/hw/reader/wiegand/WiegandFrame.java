package se.bricka.hw.reader.wiegand;

import java.util.Objects;
import se.bricka.core.tag.TagUid;

/** What the decoder made of one burst of bits. */
public sealed interface WiegandFrame {

    /**
     * A frame of a known format whose parities hold.
     *
     * @param uid the bits between the parity bits, right-aligned in the fewest whole bytes, padded
     *     with leading zero bytes to a UID length: 26 bits give 4 bytes, 34 give 4, 37 give 5
     */
    record Card(WiegandFormat format, long facility, long cardNumber, TagUid uid) implements WiegandFrame {
        public Card {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(uid, "uid");
        }
    }

    /** A burst that is no card: a length no format has, or a parity that fails. */
    record Rejected(int bits, String why) implements WiegandFrame {}
}
