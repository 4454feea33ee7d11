package se.bricka.kiosk.booking;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.booking.Refusal;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.WeekSchedule;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BoardBackend;

/**
 * Households coming and going: a tag read shows its household's week (replacing whoever was shown),
 * logging out returns to the idle screen, and a hung action is given up. Runs on the queue.
 */
final class Visits {

    private static final Logger LOG = LoggerFactory.getLogger(Visits.class);

    private final BoardBackend backend;
    private final BoardState state;
    private final StateChanges changes;
    private final BoardSite site;
    private final Session session;
    private final Horizon horizon;
    private final WeekBrowser weeks;
    private final BookingDesk desk;
    private final SideReads sideReads;
    private final Executor sideCalls;

    Visits(
            BoardBackend backend,
            BoardState state,
            StateChanges changes,
            BoardSite site,
            Session session,
            Horizon horizon,
            WeekBrowser weeks,
            BookingDesk desk,
            SideReads sideReads,
            Executor sideCalls) {
        this.backend = backend;
        this.state = state;
        this.changes = changes;
        this.site = site;
        this.session = session;
        this.horizon = horizon;
        this.weeks = weeks;
        this.desk = desk;
        this.sideReads = sideReads;
        this.sideCalls = sideCalls;
    }

    /** Who the tag belongs to, and their week of the board's room (or of the "book now" room). */
    void identify(TagUid uid) {
        if (!site.canHashTags()) {
            session.end();
            changes.problem(true, BoardMessage.of(MessageKind.ERROR, MessageKeys.OFFLINE), false);
            return;
        }
        if (site.shown() == null) {
            session.end();
            changes.problem(true, MessageKeys.refusal(Refusal.UNKNOWN_RESOURCE.code()), true);
            return;
        }
        String tagHash = site.hash(uid);
        BookNow wanted = state.bookNow.get();
        long ticket = session.ticket();
        ResourceSummary shown = wanted != null ? wanted.resource() : site.own();
        LocalDate week = horizon.currentWeek();
        // The week needs only the tag's hash: it is fetched while the backend says whose tag it is,
        // so a tap costs one round trip rather than two. An unknown tag's week is never shown.
        CompletableFuture<WeekSchedule> fetched =
                CompletableFuture.supplyAsync(() -> backend.week(shown.id(), week, tagHash), sideCalls);
        try {
            Household who = backend.identify(tagHash);
            WeekSchedule schedule = join(fetched);
            if (session.abandonedSince(ticket)) {
                return;
            }
            site.show(shown);
            session.begin(new Visit(tagHash, who, week));
            changes.resource(shown);
            weeks.show(schedule, who, null);
            sideReads.nextBooking(tagHash, site.zone());
            if (wanted != null) {
                changes.later(() -> desk.askToBookNow(wanted));
            }
        } catch (BackendException e) {
            LOG.info("tag {} not accepted: {}", uid, e.getMessage());
            session.end();
            changes.failure(true, e);
        }
    }

    /** The fetched week, or the backend's reason why not. */
    private static WeekSchedule join(CompletableFuture<WeekSchedule> fetched) {
        try {
            return fetched.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BackendException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Ends the household's visit; the idle screen shows the board's own room again. */
    void logOut() {
        session.end();
        ResourceSummary own = site.own();
        site.show(own);
        changes.later(() -> {
            state.showIdle();
            state.showResource(own);
        });
        sideReads.today(site.resources(), site.zone());
    }
}
