package se.bricka.kiosk.booking;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.WeekSchedule;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BoardBackend;

/**
 * The week a household looks at: fetches and shows it, moves it week by week within the horizon,
 * switches the room, and fetches it again when a pushed change concerns it. Runs on the queue.
 */
final class WeekBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(WeekBrowser.class);

    private final BoardBackend backend;
    private final BoardState state;
    private final StateChanges changes;
    private final BoardSite site;
    private final Session session;
    private final Horizon horizon;
    private final SideReads sideReads;
    private final WeekChanges weekChanges = new WeekChanges();

    WeekBrowser(
            BoardBackend backend,
            BoardState state,
            StateChanges changes,
            BoardSite site,
            Session session,
            Horizon horizon,
            SideReads sideReads) {
        this.backend = backend;
        this.state = state;
        this.changes = changes;
        this.site = site;
        this.session = session;
        this.horizon = horizon;
        this.sideReads = sideReads;
    }

    /** Shows a fetched week of {@code who}, with {@code news} if there is any. */
    void show(WeekSchedule schedule, Household who, BoardMessage news) {
        weekChanges.shown(schedule);
        LocalDate week = schedule.weekStart();
        boolean previous = horizon.allows(week.minusWeeks(1));
        boolean next = horizon.allows(week.plusWeeks(1));
        changes.later(() -> state.showWeek(schedule, who, previous, next, news));
    }

    /**
     * Fetches the week of {@code wanted} and shows it, with {@code news} if there is any; the visit
     * moves to that week only once it could be fetched.
     */
    boolean refresh(Visit wanted, BoardMessage news) {
        long ticket = session.ticket();
        try {
            WeekSchedule schedule = backend.week(site.shown().id(), wanted.weekStart(), wanted.tagHash());
            if (session.abandonedSince(ticket)) {
                return false;
            }
            session.move(wanted);
            show(schedule, wanted.household(), news);
            return true;
        } catch (BackendException e) {
            LOG.info("could not fetch the week: {}", e.getMessage());
            BoardMessage shown = news != null ? news : StateChanges.messageFor(e);
            changes.problem(false, shown, !(e instanceof BackendOfflineException));
            return false;
        }
    }

    /** Fetches the shown week again, if a household is tapped in. */
    void refreshShown() {
        Visit current = session.current();
        if (current != null) {
            refresh(current, null);
        }
    }

    /** Moves {@code weeks} forward (or back), but not before the current week nor past the horizon. */
    void move(int weeks) {
        Visit current = session.current();
        if (current == null) {
            return;
        }
        LocalDate target = current.weekStart().plusWeeks(weeks);
        if (!horizon.allows(target)) {
            return;
        }
        changes.later(() -> state.busy.set(true));
        refresh(current.withWeek(target), null);
    }

    /** Shows the current week of {@code chosen}; if it cannot be fetched, the room shown stays. */
    void switchTo(ResourceSummary chosen) {
        Visit current = session.current();
        if (current == null) {
            changes.later(() -> state.busy.set(false));
            return;
        }
        ResourceSummary before = site.shown();
        site.show(chosen);
        changes.resource(chosen);
        if (!refresh(current.withWeek(horizon.currentWeek()), null)) {
            site.show(before);
            changes.resource(before);
        }
    }

    /**
     * A pushed change: the shown week and today's slots are fetched again if it touches them, when
     * versions skipped one, or on {@code resync} (the backend could not replay what was missed).
     */
    void changed(ChangeEvent event) {
        Visit current = session.current();
        ResourceSummary shown = site.shown();
        boolean relevant = current != null
                && shown != null
                && event.resourceId() == shown.id()
                && weekChanges.concernsShownWeek(event, current.weekStart());
        boolean gap = weekChanges.seen(event) || ChangeEvent.RESYNC.equals(event.kind());
        if (current != null && shown != null && (relevant || gap)) {
            refresh(current, null);
        }
        if (gap || sideReads.isToday(event.date(), site.zone())) {
            sideReads.today(site.resources(), site.zone());
        }
    }
}
