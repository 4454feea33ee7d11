package se.bricka.core.booking;

import java.util.Objects;
import java.util.Optional;

/** The outcome of asking {@link BookingRules} whether a slot may be booked. */
public sealed interface BookingDecision {

    record Allowed(Slot slot) implements BookingDecision {
        public Allowed {
            Objects.requireNonNull(slot, "slot");
        }
    }

    /**
     * A refusal, with what the household needs to understand it: its quota when a quota refused (and
     * every limit broken, with the day's numbers), the closure when the object is closed.
     */
    record Refused(Refusal reason, Optional<QuotaUsage> quota, Optional<Closure> closure, Optional<QuotaBreach> breach)
            implements BookingDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(closure, "closure");
            Objects.requireNonNull(breach, "breach");
        }

        public Refused(Refusal reason, Optional<QuotaUsage> quota, Optional<Closure> closure) {
            this(reason, quota, closure, Optional.empty());
        }

        public Refused(Refusal reason) {
            this(reason, Optional.empty(), Optional.empty());
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
