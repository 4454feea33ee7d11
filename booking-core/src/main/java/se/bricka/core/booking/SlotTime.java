package se.bricka.core.booking;

import java.time.LocalTime;
import java.util.Objects;

/** The local start and end of one daily slot, such as 07:00–10:00. */
public record SlotTime(LocalTime start, LocalTime end) {

    public SlotTime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("slot must end after it starts, was " + start + "–" + end);
        }
    }

    public static SlotTime of(int startHour, int endHour) {
        return new SlotTime(LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }
}
