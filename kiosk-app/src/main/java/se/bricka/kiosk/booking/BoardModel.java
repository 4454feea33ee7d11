package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.backend.BoardBackend;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.Delays;

/**
 * The presentation model of the booking board: read-only properties for what the screens show
 * ({@link #state()}), commands for what a tenant (or the tag reader) does. The work is done by its
 * parts: {@link Visits} (who is tapped in), {@link WeekBrowser} (the week shown), {@link BookingDesk}
 * (book, cancel, book now) and {@link BoardConnection} (start, online, pushed changes). Backend calls
 * run in order on one {@link ActionQueue}; property changes reach the FX thread through the {@code
 * ui} executor only. Commands other than {@link #tagRead} are called on the FX thread.
 */
public final class BoardModel implements AutoCloseable {

    /** Longer than a booking's two attempts with their timeouts: past it, an action is hanging. */
    private static final Duration BUSY_LIMIT = Duration.ofSeconds(30);

    private final Executor ui;
    private final BoardState state;
    private final BoardActions actions;
    private final IdleWatch idle;
    private final Session session;
    private final WeekBrowser weeks;
    private final BookingDesk desk;
    private final Visits visits;
    private final BoardConnection connection;
    private final BoardSite site;
    /** Backend calls made beside the queue's, while the queue waits for both: one thread each. */
    private final ExecutorService sideCalls = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * A board model; {@link #start()} connects it.
     *
     * @param ui runs property changes: the FX thread in the application, the calling thread in tests
     * @param delays runs the idle log-out and start retries
     */
    public BoardModel(
            BoardBackend backend, ActionQueue queue, Executor ui, Delays delays, Clock clock, BoardSettings settings) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(delays, "delays");
        Objects.requireNonNull(settings, "settings");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.state = new BoardState(Objects.requireNonNull(clock, "clock"));
        this.actions = new BoardActions(queue, ui, state);
        this.idle = new IdleWatch(state, ui, delays, settings.idleTimeout(), this::logOut);
        this.session = new Session(idle);
        Horizon horizon = new Horizon(clock, settings.horizonWeeks());
        this.site = new BoardSite(settings, clock.getZone());
        StateChanges changes = new StateChanges(ui, state, idle);
        SideReads sideReads = new SideReads(backend, clock, ui, state);
        this.weeks = new WeekBrowser(backend, state, changes, site, session, horizon, sideReads);
        this.desk = new BookingDesk(backend, state, changes, actions, session, site, weeks, sideReads);
        this.visits = new Visits(backend, state, changes, site, session, horizon, weeks, desk, sideReads, sideCalls);
        this.connection = new BoardConnection(
                new BackendLink(backend, queue, delays),
                state,
                changes,
                actions,
                site,
                horizon,
                weeks,
                sideReads,
                delays);
        BusyWatchdog watchdog = new BusyWatchdog(delays, BUSY_LIMIT, ui, this::recoverFromHang);
        state.busy.addListener((observable, was, busy) -> watchdog.busy(busy));
    }

    /** What the board shows: the properties the views bind to. */
    public BoardState state() {
        return state;
    }

    // ---- Commands ------------------------------------------------------------------------------

    /** Connects to the backend, retrying in the background until it answers. */
    public void start() {
        connection.start();
    }

    /** A tag was read: show its household's week, replacing whoever was shown. Any thread. */
    public void tagRead(TagUid uid) {
        Objects.requireNonNull(uid, "uid");
        ui.execute(() -> {
            state.busy.set(true);
            state.pendingConfirmation.set(null);
        });
        actions.submit(() -> visits.identify(uid));
    }

    /** The tenant touched a slot: a free one asks to book it, one's own asks to cancel it. */
    public void selectSlot(SlotView slot) {
        touched();
        desk.select(slot);
    }

    /** "Yes" to the pending question. */
    public void confirm() {
        touched();
        desk.confirm();
    }

    /** "No" to the pending question, or "OK" to the message shown. */
    public void dismiss() {
        touched();
        state.pendingConfirmation.set(null);
        state.message.set(null);
    }

    /** Ends the household's visit and goes back to the idle screen. */
    public void logOut() {
        actions.submit(visits::logOut);
    }

    /** Shows the next week, if it is within the booking horizon. */
    public void nextWeek() {
        touched();
        actions.submit(() -> weeks.move(1));
    }

    /** Shows the previous week, but not one before the current week. */
    public void previousWeek() {
        touched();
        actions.submit(() -> weeks.move(-1));
    }

    /** The tenant chose a language ({@code sv}, {@code en}) for this visit; logging out forgets it. */
    public void chooseLanguage(String language) {
        touched();
        state.choosingLanguage.set(false);
        state.language.set(Objects.requireNonNull(language, "language"));
        offIdleScreenForgetLater();
    }

    /** The tenant asked for the list of languages ({@code true}) or closed it. */
    public void showLanguages(boolean shown) {
        touched();
        state.choosingLanguage.set(shown);
    }

    /** The tenant switched large text on or off; leaving the board forgets it. */
    public void toggleLargeText() {
        touched();
        state.largeText.set(!state.largeText.get());
        offIdleScreenForgetLater();
    }

    /**
     * A caretaker chose the rooms this board shows, of those the backend offers it (empty: all): the
     * tabs and the idle screen list only them from now on; a visit of a room dropped ends. Any thread.
     */
    public void showOnlyRooms(Set<Long> roomIds) {
        Set<Long> chosen = Set.copyOf(roomIds);
        actions.submit(() -> {
            boolean shownDropped = site.choose(chosen);
            connection.roomsChosen();
            if (shownDropped) {
                visits.logOut();
            }
        });
    }

    /** A caretaker set large text as the board's default: it holds after each log-out, and now when idle. */
    public void largeTextByDefault(boolean large) {
        ui.execute(() -> state.largeTextDefault(large));
    }

    /** The tenant chose another object's tab: its week is shown, from the current week. */
    public void chooseResource(ResourceSummary chosen) {
        touched();
        Objects.requireNonNull(chosen, "chosen");
        if (state.busy.get() || chosen.equals(state.resource.get())) {
            return;
        }
        state.busy.set(true);
        state.message.set(null);
        actions.submit(() -> weeks.switchTo(chosen));
    }

    /**
     * On the idle screen, the tenant touched "book now" on a running free slot: the next tag read
     * goes straight to the question whether to book it.
     */
    public void bookNow(RoomDay room) {
        if (desk.bookNow(room)) {
            idle.idleMessageShown();
        }
    }

    /** Someone touched the screen: the idle log-out starts counting again. */
    public void touched() {
        if (state.screen.get() == Screen.WEEK) {
            idle.stayLoggedIn();
        }
    }

    @Override
    public void close() {
        idle.stop();
        connection.close();
        sideCalls.shutdown();
    }

    // ---- Internals -----------------------------------------------------------------------------

    /** A choice made on the idle screen is forgotten after a while, for the next tenant. */
    private void offIdleScreenForgetLater() {
        if (state.screen.get() == Screen.IDLE) {
            idle.idleMessageShown();
        }
    }

    /** The watchdog found the board busy for too long: nobody is kept waiting on a hung action. */
    private void recoverFromHang() {
        session.abandon();
        idle.idleMessageShown();
        state.showProblem(true, BoardMessage.of(MessageKind.ERROR, MessageKeys.UNEXPECTED_REFUSAL), state.online.get());
    }
}
