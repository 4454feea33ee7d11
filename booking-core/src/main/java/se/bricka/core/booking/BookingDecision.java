package se.bricka.core.booking;

import java.util.Objects;

/** The outcome of asking {@link BookingRules} whether a slot may be booked. */
public sealed interface BookingDecision {

    record Allowed(Slot slot) implements BookingDecision {
        public Allowed {
            Objects.requireNonNull(slot, "slot");
        }
    }

    record Refused(Refusal reason) implements BookingDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
