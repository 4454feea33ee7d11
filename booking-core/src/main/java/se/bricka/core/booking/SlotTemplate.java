package se.bricka.core.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slots an object offers each day, in order and without overlap: {@code daily} on every day,
 * unless {@code weekdays} gives a day its own list (an empty list: no slots that day).
 */
public record SlotTemplate(List<SlotTime> daily, Map<DayOfWeek, List<SlotTime>> weekdays) {

    public SlotTemplate {
        daily = List.copyOf(daily);
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("a slot template needs at least one slot");
        }
        checkOrdered(daily);
        Map<DayOfWeek, List<SlotTime>> copy = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach((day, times) -> {
            checkOrdered(times);
            copy.put(day, List.copyOf(times));
        });
        weekdays = Map.copyOf(copy);
    }

    /** The same slots every day of the week. */
    public SlotTemplate(List<SlotTime> daily) {
        this(daily, Map.of());
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

    /** This template with {@code times} on {@code day} instead of the daily slots. */
    public SlotTemplate withWeekday(DayOfWeek day, List<SlotTime> times) {
        Map<DayOfWeek, List<SlotTime>> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(weekdays);
        changed.put(day, times);
        return new SlotTemplate(daily, changed);
    }

    /** The slot times of {@code day}: its own, or the daily ones. */
    public List<SlotTime> timesOn(DayOfWeek day) {
        return weekdays.getOrDefault(day, daily);
    }

    public List<Slot> slotsOn(long resourceId, LocalDate date) {
        return timesOn(date.getDayOfWeek()).stream()
                .map(time -> new Slot(resourceId, date, time))
                .toList();
    }

    /** The slot of this template that starts at {@code start} on {@code date}, if there is one. */
    public Optional<Slot> find(long resourceId, LocalDate date, LocalTime start) {
        return timesOn(date.getDayOfWeek()).stream()
                .filter(time -> time.start().equals(start))
                .findFirst()
                .map(time -> new Slot(resourceId, date, time));
    }

    private static void checkOrdered(List<SlotTime> times) {
        List<SlotTime> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.comparing(SlotTime::start));
        if (!sorted.equals(times)) {
            throw new IllegalArgumentException("slots must be listed in order of start, were " + times);
        }
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i).start().isBefore(times.get(i - 1).end())) {
                throw new IllegalArgumentException(
                        "slots must not overlap, " + times.get(i - 1) + " and " + times.get(i) + " do");
            }
        }
    }
}
