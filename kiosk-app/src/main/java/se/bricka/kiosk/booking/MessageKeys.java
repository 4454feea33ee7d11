package se.bricka.kiosk.booking;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import se.bricka.core.booking.Refusal;
import se.bricka.kiosk.backend.RefusalDetails;

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

    /** The suffix of a refusal's sentence that also says until when, or up to when. */
    public static final String UNTIL_SUFFIX = ".until";

    /** Refusals whose problem may say until when: a quota place frees, a closure ends, bookings open. */
    private static final Set<String> CODES_WITH_UNTIL = Set.of(
            Refusal.QUOTA_FUTURE_BOOKINGS.code(), Refusal.RESOURCE_CLOSED.code(), Refusal.OUTSIDE_HORIZON.code());

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
        CODES_WITH_UNTIL.forEach(code -> keys.add(REFUSAL_PREFIX + code + UNTIL_SUFFIX));
        return keys;
    }

    static BoardMessage refusal(String code) {
        return refusal(code, RefusalDetails.none());
    }

    /** The sentence of a refusal: with "until when" when the problem said so, else the plain one. */
    static BoardMessage refusal(String code, RefusalDetails details) {
        if (!KNOWN_CODES.contains(code)) {
            return BoardMessage.of(MessageKind.REFUSAL, UNEXPECTED_REFUSAL);
        }
        boolean until =
                CODES_WITH_UNTIL.contains(code) && (details.until() != null || details.lastBookableDay() != null);
        String key = REFUSAL_PREFIX + code + (until ? UNTIL_SUFFIX : "");
        return new BoardMessage(MessageKind.REFUSAL, key, null, details);
    }
}
