package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;
import se.bricka.core.wire.WeekSchedule;
import se.bricka.kiosk.backend.BoardBackend;

/** Fetches today's slots of every object as anyone sees them, for the idle screen. Runs on the queue. */
final class TodayBoard {

    private final BoardBackend backend;
    private final Clock clock;

    TodayBoard(BoardBackend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    /** Today of each object, in the order given; throws a {@code BackendException} when one fails. */
    List<RoomDay> fetch(List<ResourceSummary> resources, ZoneId zone) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        List<RoomDay> rooms = new ArrayList<>();
        for (ResourceSummary resource : resources) {
            WeekSchedule week = backend.week(resource.id(), today, null);
            List<SlotView> slots =
                    week.slots().stream().filter(s -> s.date().equals(today)).toList();
            SlotView current = slots.stream()
                    .filter(s -> running(s, now.toLocalTime()))
                    .findFirst()
                    .orElse(null);
            rooms.add(new RoomDay(resource, slots, current));
        }
        return rooms;
    }

    private static boolean running(SlotView slot, LocalTime time) {
        return !time.isBefore(slot.start()) && time.isBefore(slot.end());
    }
}
