package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BoardBackend;

/**
 * What the board reads besides the week, on the action queue: today of every room for the idle
 * screen, and the household's next booking for the header. A failure leaves the last answer shown.
 */
final class SideReads {

    private static final Logger LOG = LoggerFactory.getLogger(SideReads.class);
    private static final String ACTIVE = "ACTIVE";

    private final BoardBackend backend;
    private final Clock clock;
    private final Executor ui;
    private final BoardState state;
    private final TodayBoard todayBoard;

    SideReads(BoardBackend backend, Clock clock, Executor ui, BoardState state) {
        this.backend = backend;
        this.clock = clock;
        this.ui = ui;
        this.state = state;
        this.todayBoard = new TodayBoard(backend, clock);
    }

    /** The household's next booking in any object that has not ended. */
    void nextBooking(String tagHash, ZoneId zone) {
        try {
            LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
            ApartmentBooking next = backend.bookings(tagHash, now.toLocalDate()).stream()
                    .filter(b -> ACTIVE.equals(b.status()))
                    .filter(b -> b.date().atTime(b.end()).isAfter(now))
                    .findFirst()
                    .orElse(null);
            ui.execute(() -> state.nextBooking.set(next));
        } catch (BackendException e) {
            LOG.info("could not fetch the household's bookings: {}", e.getMessage());
        }
    }

    /** Today of every room, for the idle screen. */
    void today(List<ResourceSummary> resources, ZoneId zone) {
        if (resources.isEmpty()) {
            return;
        }
        try {
            List<RoomDay> rooms = todayBoard.fetch(resources, zone);
            ui.execute(() -> state.today(rooms));
        } catch (BackendException e) {
            LOG.info("could not fetch today's slots: {}", e.getMessage());
        }
    }

    /** Whether {@code date} is today where the board stands. */
    boolean isToday(LocalDate date, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).equals(date);
    }
}
