package se.bricka.kiosk.booking;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.fx.Delays;

/**
 * The board's connection: the start (bootstrap, retried until the backend answers), whether it is
 * online, pushed changes, catching up when the connection returns, and today's slots kept fresh.
 */
final class BoardConnection implements AutoCloseable {

    private static final int HTTP_UNAUTHORIZED = 401;
    private static final int HTTP_FORBIDDEN = 403;
    /** How often the idle screen's "today" is fetched again, so running and past slots move on. */
    private static final Duration TODAY_REFRESH = Duration.ofMinutes(1);

    private final BackendLink link;
    private final BoardState state;
    private final StateChanges changes;
    private final BoardActions actions;
    private final BoardSite site;
    private final Horizon horizon;
    private final WeekBrowser weeks;
    private final SideReads sideReads;
    private final Delays delays;

    BoardConnection(
            BackendLink link,
            BoardState state,
            StateChanges changes,
            BoardActions actions,
            BoardSite site,
            Horizon horizon,
            WeekBrowser weeks,
            SideReads sideReads,
            Delays delays) {
        this.link = link;
        this.state = state;
        this.changes = changes;
        this.actions = actions;
        this.site = site;
        this.horizon = horizon;
        this.weeks = weeks;
        this.sideReads = sideReads;
        this.delays = delays;
    }

    /** Connects to the backend, retrying in the background until it answers. */
    void start() {
        link.start(this::ready, this::startFailed, new FeedListener());
    }

    @Override
    public void close() {
        link.close();
    }

    private void ready(DeviceBootstrap bootstrap) {
        site.ready(bootstrap);
        ZoneId zone = site.zone();
        horizon.zone(zone);
        List<ResourceSummary> offered = site.resources();
        ResourceSummary shown = site.shown();
        changes.later(() -> {
            state.propertyName.set(bootstrap.propertyName());
            state.resources.setAll(offered);
            state.showResource(shown);
            state.zone.set(zone);
            state.online(true);
            state.enrolled.set(true);
        });
        sideReads.today(offered, zone);
        scheduleTodayRefresh();
    }

    /** The rooms shown were chosen again: the tabs and today's list follow, once the backend has answered. */
    void roomsChosen() {
        if (!site.canHashTags()) {
            return;
        }
        List<ResourceSummary> shown = site.resources();
        ResourceSummary current = site.shown();
        changes.later(() -> {
            state.resources.setAll(shown);
            state.showResource(current);
        });
        sideReads.today(shown, site.zone());
    }

    private void startFailed(BackendException failure) {
        boolean tokenRefused = failure instanceof BackendRefusedException refused
                && (refused.status() == HTTP_UNAUTHORIZED || refused.status() == HTTP_FORBIDDEN);
        changes.later(() -> {
            state.online(false);
            state.enrolled.set(!tokenRefused);
        });
    }

    private void scheduleTodayRefresh() {
        delays.after(TODAY_REFRESH, () -> {
            actions.submit(() -> sideReads.today(site.resources(), site.zone()));
            scheduleTodayRefresh();
        });
    }

    /** The push feed, heard on its own thread, handed to the queue. */
    private final class FeedListener implements ChangeListener {
        @Override
        public void changed(ChangeEvent event) {
            actions.submit(() -> weeks.changed(event));
        }

        @Override
        public void connection(boolean isOnline) {
            changes.later(() -> state.online(isOnline));
            if (isOnline) {
                actions.submit(() -> {
                    weeks.refreshShown();
                    sideReads.today(site.resources(), site.zone());
                });
            }
        }
    }
}
