package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.booking.Refusal;
import se.bricka.core.booking.SlotState;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;
import se.bricka.core.wire.WeekSchedule;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.BoardBackend;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.Delays;

/**
 * The presentation model of the booking board: read-only properties for what the screens show,
 * commands for what a tenant (or the tag reader) does. Backend calls run in order on one
 * {@link ActionQueue}; property changes reach the FX thread through the {@code ui} executor only.
 * Commands other than {@link #tagRead} are called on the FX thread.
 */
public final class BoardModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardModel.class);
    private static final int HTTP_UNAUTHORIZED = 401;
    private static final int HTTP_FORBIDDEN = 403;
    /** Longer than a booking's two attempts with their timeouts: past it, an action is hanging. */
    private static final Duration BUSY_LIMIT = Duration.ofSeconds(30);
    /** How often the idle screen's "today" is fetched again, so running and past slots move on. */
    private static final Duration TODAY_REFRESH = Duration.ofMinutes(1);

    // ---- Collaborators and queue-side state ----------------------------------------------------

    private final BoardBackend backend;
    private final ActionQueue queue;
    private final Executor ui;
    private final BoardSettings settings;
    private final BackendLink link;
    private final IdleWatch idle;
    private final WeekChanges weekChanges = new WeekChanges();
    private final Horizon horizon;
    private final BoardState state;
    private final SideReads sideReads;
    private final Delays delays;
    private final Clock clock;

    // Touched only by actions on the queue (visit also by the watchdog, to let a hung visit go).
    private TagHasher hasher;
    private ResourceSummary resource;
    private List<ResourceSummary> resources = List.of();
    private ZoneId zone;
    private volatile Visit visit;
    /** Counts visits given up by the watchdog: an answer that comes after that is not shown. */
    private final java.util.concurrent.atomic.AtomicLong abandoned = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A board model; {@link #start()} connects it.
     *
     * @param ui runs property changes: the FX thread in the application, the calling thread in tests
     * @param delays runs the idle log-out and start retries
     */
    public BoardModel(
            BoardBackend backend, ActionQueue queue, Executor ui, Delays delays, Clock clock, BoardSettings settings) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.zone = clock.getZone();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.state = new BoardState(clock);
        this.horizon = new Horizon(clock, settings.horizonWeeks());
        this.link = new BackendLink(backend, queue, delays);
        this.idle = new IdleWatch(state, ui, delays, settings.idleTimeout(), this::logOut);
        this.sideReads = new SideReads(backend, clock, ui, state);
        BusyWatchdog watchdog = new BusyWatchdog(delays, BUSY_LIMIT, ui, this::recoverFromHang);
        state.busy.addListener((observable, was, busy) -> watchdog.busy(busy));
    }

    // ---- Commands ------------------------------------------------------------------------------

    /** Connects to the backend, retrying in the background until it answers. */
    public void start() {
        link.start(this::ready, this::startFailed, new FeedListener());
    }

    /** A tag was read: show its household's week, replacing whoever was shown. Any thread. */
    public void tagRead(TagUid uid) {
        Objects.requireNonNull(uid, "uid");
        ui.execute(() -> {
            state.busy.set(true);
            state.pendingConfirmation.set(null);
        });
        act(() -> identify(uid));
    }

    /** The tenant touched a slot: a free one asks to book it, one's own asks to cancel it. */
    public void selectSlot(SlotView slot) {
        touched();
        Household shown = state.household.get();
        if (state.screen.get() != Screen.WEEK || state.busy.get() || shown == null || slot == null) {
            return;
        }
        boolean bookable = SlotChoice.isBookable(slot.state());
        if (!state.online.get() && (bookable || slot.state() == SlotState.YOURS)) {
            // Offline, the board refuses rather than risk a booking it cannot confirm.
            state.message.set(BoardMessage.of(MessageKind.ERROR, MessageKeys.OFFLINE));
        } else if (bookable) {
            ask(Confirmation.Action.BOOK, slot, shown);
        } else if (slot.state() == SlotState.YOURS) {
            askToCancel(slot, shown);
        } else {
            state.message.set(new BoardMessage(MessageKind.REFUSAL, SlotChoice.unbookableKey(slot.state()), slot));
        }
    }

    /** "Yes" to the pending question. */
    public void confirm() {
        touched();
        Confirmation question = state.pendingConfirmation.get();
        if (question == null || state.busy.get()) {
            return;
        }
        state.busy.set(true);
        state.message.set(null);
        act(() -> carryOut(question));
    }

    /** "No" to the pending question, or "OK" to the message shown. */
    public void dismiss() {
        touched();
        state.pendingConfirmation.set(null);
        state.message.set(null);
    }

    /** Ends the household's visit and goes back to the idle screen. */
    public void logOut() {
        act(() -> {
            endVisit();
            resource = resources.isEmpty() ? null : resources.getFirst();
            ResourceSummary own = resource;
            ui.execute(() -> {
                showIdle();
                showResource(own);
            });
            sideReads.today(resources, zone);
        });
    }

    /** Shows the next week, if it is within the booking horizon. */
    public void nextWeek() {
        touched();
        act(() -> moveWeek(1));
    }

    /** Shows the previous week, but not one before the current week. */
    public void previousWeek() {
        touched();
        act(() -> moveWeek(-1));
    }

    /** The tenant chose a language ({@code sv}, {@code en}) for this visit; logging out forgets it. */
    public void chooseLanguage(String language) {
        touched();
        state.choosingLanguage.set(false);
        state.language.set(Objects.requireNonNull(language, "language"));
        offIdleScreenForgetLater();
    }

    private void offIdleScreenForgetLater() {
        if (state.screen.get() == Screen.IDLE) {
            idle.idleMessageShown();
        }
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

    /** The tenant chose another object's tab: its week is shown, from the current week. */
    public void chooseResource(ResourceSummary chosen) {
        touched();
        Objects.requireNonNull(chosen, "chosen");
        if (state.busy.get() || chosen.equals(state.resource.get())) {
            return;
        }
        state.busy.set(true);
        state.message.set(null);
        act(() -> switchResource(chosen));
    }

    /**
     * On the idle screen, the tenant touched "book now" on a running free slot: the next tag read
     * goes straight to the question whether to book it.
     */
    public void bookNow(RoomDay room) {
        SlotView slot = room.bookableNow().orElse(null);
        if (state.screen.get() != Screen.IDLE || slot == null) {
            return;
        }
        state.message.set(null);
        state.bookNow.set(new BookNow(room.resource(), slot));
        idle.idleMessageShown();
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
        link.close();
    }

    // ---- Actions on the queue ------------------------------------------------------------------

    private void ready(DeviceBootstrap bootstrap) {
        hasher = new TagHasher(Base64.getDecoder().decode(bootstrap.tagKey()));
        ZoneId readyZone = ZoneId.of(bootstrap.zone());
        horizon.zone(readyZone);
        zone = readyZone;
        resources = ordered(bootstrap.resources());
        resource = resources.isEmpty() ? null : resources.getFirst();
        List<ResourceSummary> offered = resources;
        ResourceSummary shown = resource;
        ui.execute(() -> {
            state.propertyName.set(bootstrap.propertyName());
            state.resources.setAll(offered);
            showResource(shown);
            state.zone.set(readyZone);
            state.online(true);
            state.enrolled.set(true);
        });
        sideReads.today(resources, zone);
        scheduleTodayRefresh();
    }

    /** The board's own object first (the configured one, else the backend's first), then the rest. */
    private List<ResourceSummary> ordered(List<ResourceSummary> offered) {
        ResourceSummary own = settings.chooseFrom(offered).orElse(null);
        if (own == null) {
            return List.of();
        }
        java.util.ArrayList<ResourceSummary> all = new java.util.ArrayList<>(offered);
        all.remove(own);
        all.addFirst(own);
        return List.copyOf(all);
    }

    private void showResource(ResourceSummary shown) {
        state.resource.set(shown);
        state.resourceName.set(shown == null ? "" : shown.name());
    }

    private void startFailed(BackendException failure) {
        boolean tokenRefused = failure instanceof BackendRefusedException refused
                && (refused.status() == HTTP_UNAUTHORIZED || refused.status() == HTTP_FORBIDDEN);
        ui.execute(() -> {
            state.online(false);
            state.enrolled.set(!tokenRefused);
        });
    }

    private void identify(TagUid uid) {
        if (hasher == null) {
            endVisit();
            ui.execute(() -> showProblem(true, BoardMessage.of(MessageKind.ERROR, MessageKeys.OFFLINE), false));
            return;
        }
        if (resource == null) {
            endVisit();
            ui.execute(() -> showProblem(true, MessageKeys.refusal(Refusal.UNKNOWN_RESOURCE.code()), true));
            return;
        }
        String tagHash = hasher.hash(uid);
        BookNow wanted = state.bookNow.get();
        long before = abandoned.get();
        try {
            Household who = backend.identify(tagHash);
            ResourceSummary shown = wanted != null ? wanted.resource() : resources.getFirst();
            LocalDate week = horizon.currentWeek();
            WeekSchedule schedule = backend.week(shown.id(), week, tagHash);
            if (abandoned.get() != before) {
                return;
            }
            resource = shown;
            visit = new Visit(tagHash, who, week);
            idle.stayLoggedIn();
            ui.execute(() -> showResource(shown));
            showWeek(schedule, who, null);
            sideReads.nextBooking(tagHash, zone);
            if (wanted != null) {
                ui.execute(() -> askToBookNow(wanted, who));
            }
        } catch (BackendException e) {
            LOG.info("tag {} not accepted: {}", uid, e.getMessage());
            endVisit();
            ui.execute(() -> showProblem(true, messageFor(e), !(e instanceof BackendOfflineException)));
        }
    }

    private void carryOut(Confirmation question) {
        Visit current = visit;
        if (current == null || current.household().apartmentId() != question.apartmentId()) {
            ui.execute(() -> {
                state.pendingConfirmation.set(null);
                state.busy.set(false);
            });
            return;
        }
        SlotView slot = question.slot();
        try {
            String done;
            if (question.action() == Confirmation.Action.BOOK) {
                BookingRequest request = new BookingRequest(resource.id(), slot.date(), slot.start());
                backend.book(request, current.tagHash(), question.attemptKey());
                done = MessageKeys.BOOKED;
            } else {
                backend.cancel(slot.bookingId(), current.tagHash());
                done = MessageKeys.CANCELLED;
            }
            ui.execute(() -> state.pendingConfirmation.set(null));
            refresh(current, new BoardMessage(MessageKind.SUCCESS, done, slot));
            sideReads.nextBooking(current.tagHash(), zone);
        } catch (BackendOfflineException e) {
            // The question stays open: "yes" again retries with the same idempotency key.
            ui.execute(() -> showProblem(false, messageFor(e), false));
        } catch (BackendRefusedException e) {
            ui.execute(() -> state.pendingConfirmation.set(null));
            refresh(current, messageFor(e).about(slot));
        }
    }

    private void moveWeek(int weeks) {
        Visit current = visit;
        if (current == null) {
            return;
        }
        LocalDate target = current.weekStart().plusWeeks(weeks);
        if (!horizon.allows(target)) {
            return;
        }
        ui.execute(() -> state.busy.set(true));
        refresh(current.withWeek(target), null);
    }

    /**
     * Fetches the week of {@code wanted} and shows it, with {@code news} if there is any; the visit
     * moves to that week only once it could be fetched.
     */
    private boolean refresh(Visit wanted, BoardMessage news) {
        long before = abandoned.get();
        try {
            WeekSchedule schedule = backend.week(resource.id(), wanted.weekStart(), wanted.tagHash());
            if (abandoned.get() != before) {
                return false;
            }
            visit = wanted;
            showWeek(schedule, wanted.household(), news);
            return true;
        } catch (BackendException e) {
            LOG.info("could not fetch the week: {}", e.getMessage());
            BoardMessage shown = news != null ? news : messageFor(e);
            ui.execute(() -> showProblem(false, shown, !(e instanceof BackendOfflineException)));
            return false;
        }
    }

    private void onChange(ChangeEvent event) {
        Visit current = visit;
        boolean relevant = current != null
                && resource != null
                && event.resourceId() == resource.id()
                && weekChanges.concernsShownWeek(event, current.weekStart());
        boolean gap = weekChanges.seen(event);
        if (current != null && resource != null && (relevant || gap)) {
            refresh(current, null);
        }
        if (gap || sideReads.isToday(event.date(), zone)) {
            sideReads.today(resources, zone);
        }
    }

    private void switchResource(ResourceSummary chosen) {
        Visit current = visit;
        if (current == null) {
            ui.execute(() -> state.busy.set(false));
            return;
        }
        ResourceSummary before = resource;
        resource = chosen;
        ui.execute(() -> showResource(chosen));
        if (!refresh(current.withWeek(horizon.currentWeek()), null)) {
            resource = before;
            ui.execute(() -> showResource(before));
        }
    }

    private void scheduleTodayRefresh() {
        delays.after(TODAY_REFRESH, () -> {
            act(() -> sideReads.today(resources, zone));
            scheduleTodayRefresh();
        });
    }

    /** The watchdog found the board busy for too long: nobody is kept waiting on a hung action. */
    private void recoverFromHang() {
        abandoned.incrementAndGet();
        visit = null;
        idle.loggedOut();
        idle.idleMessageShown();
        state.showProblem(true, BoardMessage.of(MessageKind.ERROR, MessageKeys.UNEXPECTED_REFUSAL), state.online.get());
    }

    /**
     * Queues an action. A fault in it (a bug, not a refusal) is logged and told as "something went
     * wrong", so the board is never left waiting or showing a trace.
     */
    private void act(Runnable action) {
        queue.submit(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("a board action failed", e);
                BoardMessage fault = BoardMessage.of(MessageKind.ERROR, MessageKeys.UNEXPECTED_REFUSAL);
                ui.execute(() -> {
                    state.pendingConfirmation.set(null);
                    state.message.set(fault);
                    state.busy.set(false);
                });
            }
        });
    }

    private void endVisit() {
        visit = null;
        idle.loggedOut();
    }

    // ---- Changes to the properties (on the ui executor) ----------------------------------------

    private void showWeek(WeekSchedule schedule, Household who, BoardMessage news) {
        weekChanges.shown(schedule);
        LocalDate week = schedule.weekStart();
        boolean previous = horizon.allows(week.minusWeeks(1));
        boolean next = horizon.allows(week.plusWeeks(1));
        ui.execute(() -> state.showWeek(schedule, who, previous, next, news));
    }

    private void showIdle() {
        state.showIdle();
    }

    private void showProblem(boolean toIdle, BoardMessage problem, boolean reachable) {
        if (toIdle) {
            // Nobody is logged in to press OK: the sentence goes away by itself for the next tenant.
            idle.idleMessageShown();
        }
        state.showProblem(toIdle, problem, reachable);
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private static BoardMessage messageFor(BackendException failure) {
        return switch (failure) {
            case BackendOfflineException offline -> BoardMessage.of(MessageKind.ERROR, MessageKeys.OFFLINE);
            case BackendRefusedException refused -> MessageKeys.refusal(refused.code(), refused.details());
        };
    }

    /** The push feed, heard on its own thread, handed to the queue. */
    private final class FeedListener implements ChangeListener {
        @Override
        public void changed(ChangeEvent event) {
            act(() -> onChange(event));
        }

        @Override
        public void connection(boolean isOnline) {
            ui.execute(() -> state.online(isOnline));
            if (isOnline) {
                act(() -> {
                    if (visit != null) {
                        refresh(visit, null);
                    }
                    sideReads.today(resources, zone);
                });
            }
        }
    }

    /** What the board shows: the properties the views bind to. */
    public BoardState state() {
        return state;
    }

    private void askToCancel(SlotView slot, Household who) {
        if (slot.bookingId() == null) {
            state.message.set(MessageKeys.refusal(Refusal.UNKNOWN_BOOKING.code()));
        } else {
            ask(Confirmation.Action.CANCEL, slot, who);
        }
    }

    /** After the tag of a "book now", the question for that slot, if the household may still book it. */
    private void askToBookNow(BookNow wanted, Household who) {
        state.bookNow.set(null);
        state.slots.stream()
                .filter(s -> s.date().equals(wanted.slot().date())
                        && s.start().equals(wanted.slot().start()))
                .findFirst()
                .ifPresent(this::selectSlot);
    }

    private void ask(Confirmation.Action action, SlotView slot, Household who) {
        state.message.set(null);
        state.pendingConfirmation.set(new Confirmation(action, slot, who.apartmentId(), UUID.randomUUID()));
    }
}
