package se.bricka.kiosk.maintenance;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How long a caretaker closes a room: a few presets, so that nobody types a date on a touchscreen. */
public enum ClosurePeriod {
    TWO_HOURS,
    REST_OF_TODAY,
    UNTIL_TOMORROW_NIGHT,
    ONE_WEEK,
    UNTIL_FURTHER_NOTICE;

    /** The end of the period starting {@code now}; empty for "until further notice". */
    public Optional<LocalDateTime> until(LocalDateTime now) {
        LocalDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay();
        return switch (this) {
            case TWO_HOURS -> Optional.of(now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES));
            case REST_OF_TODAY -> Optional.of(midnight);
            case UNTIL_TOMORROW_NIGHT -> Optional.of(midnight.plusDays(1));
            case ONE_WEEK -> Optional.of(midnight.plusDays(7));
            case UNTIL_FURTHER_NOTICE -> Optional.empty();
        };
    }

    /** The text key that names this period. */
    public String textKey() {
        return "maintenance.out-of-order.period."
                + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
