package se.bricka.kiosk.booking;

import java.time.LocalDate;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.WeekSchedule;

/**
 * Decides whether a pushed change calls for fetching the shown week again: it does when it falls in
 * that week and is newer than what is shown, or when versions jumped (a change was missed).
 */
final class WeekChanges {

    private long shownVersion = -1;
    private long lastSeenVersion = -1;

    void shown(WeekSchedule schedule) {
        shownVersion = Math.max(shownVersion, schedule.version());
        lastSeenVersion = Math.max(lastSeenVersion, schedule.version());
    }

    boolean concernsShownWeek(ChangeEvent event, LocalDate weekStart) {
        boolean inWeek = event.date() != null
                && !event.date().isBefore(weekStart)
                && event.date().isBefore(weekStart.plusWeeks(1));
        return inWeek && event.version() > shownVersion;
    }

    /** Records that {@code event} was heard; returns whether versions skipped one. */
    boolean seen(ChangeEvent event) {
        boolean gap = lastSeenVersion >= 0 && event.version() > lastSeenVersion + 1;
        lastSeenVersion = Math.max(lastSeenVersion, event.version());
        return gap;
    }
}
