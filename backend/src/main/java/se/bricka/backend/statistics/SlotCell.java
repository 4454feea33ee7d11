package se.bricka.backend.statistics;

import java.time.DayOfWeek;
import java.util.OptionalInt;
import se.bricka.core.booking.SlotTime;

/**
 * What became of the bookings of one slot of the week (such as every Monday 07:00–10:00) over a
 * period. Counts are of bookings; {@code households} is how many distinct households made them.
 *
 * @param booked every booking made, whatever became of it
 * @param used checked in on (the household opened the door)
 * @param released released because nobody checked in in time
 * @param cancelled cancelled by the household or by a closure
 */
public record SlotCell(
        DayOfWeek day, SlotTime time, int households, int booked, int used, int released, int cancelled) {

    /** Fewer households than this in a cell and none of its numbers are shown. */
    public static final int MIN_HOUSEHOLDS = 5;

    /**
     * Whether the cell's numbers are withheld: between 1 and {@link #MIN_HOUSEHOLDS} − 1 households
     * booked it, so a number could point at one of them. An unbooked slot tells nothing about anyone.
     */
    public boolean suppressed() {
        return households > 0 && households < MIN_HOUSEHOLDS;
    }

    /**
     * The share, in whole per cent, of the bookings the households kept (did not cancel) that were
     * released because nobody came; empty when no booking was kept.
     */
    public OptionalInt noShowPercent() {
        int kept = booked - cancelled;
        return kept == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * released / kept));
    }
}
