package se.bricka.kiosk.booking;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import se.bricka.core.booking.Refusal;

/** The resource-bundle keys of the sentences the board model chooses. */
public final class MessageKeys {

    public static final String BOOKED = "message.booked";
    public static final String CANCELLED = "message.cancelled";
    public static final String OFFLINE = "message.offline";
    public static final String SLOT_TAKEN = "message.slot-taken";
    public static final String SLOT_PAST = "message.slot-past";
    public static final String SLOT_CLOSED = "message.slot-closed";

    /** The prefix of a refusal's sentence; the rest is the refusal's code. */
    public static final String REFUSAL_PREFIX = "refusal.";

    /** The sentence for a refusal whose code the board does not know. */
    public static final String UNEXPECTED_REFUSAL = REFUSAL_PREFIX + "unexpected";

    private static final Set<String> KNOWN_CODES =
            Arrays.stream(Refusal.values()).map(Refusal::code).collect(Collectors.toUnmodifiableSet());

    private MessageKeys() {}

    /** Every key this class can produce, for the bundle completeness test. */
    public static Set<String> all() {
        Set<String> keys =
                new java.util.TreeSet<>(Set.of(BOOKED, CANCELLED, OFFLINE, SLOT_TAKEN, SLOT_PAST, SLOT_CLOSED));
        keys.add(UNEXPECTED_REFUSAL);
        KNOWN_CODES.forEach(code -> keys.add(REFUSAL_PREFIX + code));
        return keys;
    }

    static BoardMessage refusal(String code) {
        String key = KNOWN_CODES.contains(code) ? REFUSAL_PREFIX + code : UNEXPECTED_REFUSAL;
        return BoardMessage.of(MessageKind.REFUSAL, key);
    }
}
