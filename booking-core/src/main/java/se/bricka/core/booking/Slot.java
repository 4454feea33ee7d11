package se.bricka.core.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One bookable slot of one object on one local date. Times are local to the property; they become
 * instants only at the edge, through {@link #startsAt(ZoneId)} and {@link #endsAt(ZoneId)}.
 */
public record Slot(long resourceId, LocalDate date, SlotTime time) {

    public Slot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    public LocalTime start() {
        return time.start();
    }

    public LocalTime end() {
        return time.end();
    }

    /** The instant the slot starts; a local time inside a daylight-saving gap moves forward. */
    public Instant startsAt(ZoneId zone) {
        return date.atTime(time.start()).atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return date.atTime(time.end()).atZone(zone).toInstant();
    }
}
