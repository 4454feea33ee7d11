package se.bricka.core.access;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Hours in a week, such as "Monday to Friday 07–16": opening hours of a door or the hours of a staff
 * grant. An empty list of windows means never.
 */
public record WeeklyHours(List<Window> windows) {

    /** One window on some days: from {@code from} (inclusive) to {@code to} (exclusive). */
    public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Window {
            days = Set.copyOf(days);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a window needs at least one day");
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a window must end after it starts, was " + from + "–" + to);
            }
        }

        boolean contains(LocalDateTime at) {
            LocalTime time = at.toLocalTime();
            return days.contains(at.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
        }
    }

    public WeeklyHours {
        windows = List.copyOf(windows);
    }

    /** Every day, all day. */
    public static WeeklyHours always() {
        return new WeeklyHours(List.of(new Window(Set.of(DayOfWeek.values()), LocalTime.MIN, LocalTime.MAX)));
    }

    public boolean contains(LocalDateTime at) {
        return windows.stream().anyMatch(window -> window.contains(at));
    }
}
