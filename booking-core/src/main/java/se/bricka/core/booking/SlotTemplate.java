package se.bricka.core.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The slots an object offers each day, in order and without overlap. */
public record SlotTemplate(List<SlotTime> daily) {

    public SlotTemplate {
        daily = List.copyOf(daily);
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("a slot template needs at least one slot");
        }
        List<SlotTime> sorted = new ArrayList<>(daily);
        sorted.sort(Comparator.comparing(SlotTime::start));
        if (!sorted.equals(daily)) {
            throw new IllegalArgumentException("slots must be listed in order of start, were " + daily);
        }
        for (int i = 1; i < daily.size(); i++) {
            if (daily.get(i).start().isBefore(daily.get(i - 1).end())) {
                throw new IllegalArgumentException(
                        "slots must not overlap, " + daily.get(i - 1) + " and " + daily.get(i) + " do");
            }
        }
    }

    /** The usual laundry day: 07–10, 10–13, 13–16, 16–19, 19–22. */
    public static SlotTemplate standardLaundry() {
        return new SlotTemplate(List.of(
                SlotTime.of(7, 10),
                SlotTime.of(10, 13),
                SlotTime.of(13, 16),
                SlotTime.of(16, 19),
                SlotTime.of(19, 22)));
    }

    public List<Slot> slotsOn(long resourceId, LocalDate date) {
        return daily.stream().map(time -> new Slot(resourceId, date, time)).toList();
    }

    /** The slot of this template that starts at {@code start} on {@code date}, if there is one. */
    public Optional<Slot> find(long resourceId, LocalDate date, LocalTime start) {
        return daily.stream()
                .filter(time -> time.start().equals(start))
                .findFirst()
                .map(time -> new Slot(resourceId, date, time));
    }
}
