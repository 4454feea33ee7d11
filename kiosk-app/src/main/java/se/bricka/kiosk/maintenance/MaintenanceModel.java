package se.bricka.kiosk.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The caretakers' maintenance mode: a caretaker taps their staff tag, then types their PIN (a PIN
 * alone opens nothing: every board has a reader); locked after five wrong ones, left by hand or after
 * two minutes without a touch. The PIN is checked here against the hashes the board holds, which
 * opens the board's local tools even offline; online, the backend checks staff tag and PIN again and
 * opens a caretaker session, and only with it are staff actions (closing a room) offered. Every
 * failure, lock, entry, exit and action is reported to the backend with the caretaker's identity. PIN
 * checks and backend calls run on the action queue; state changes reach the FX thread through
 * {@code ui}.
 */
public final class MaintenanceModel {

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceModel.class);

    /** Without a touch for this long the maintenance mode closes by itself. */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(2);

    /** The sentence on the pad until a staff tag is tapped. */
    static final String TAG_FIRST = "maintenance.pin.tag-first";

    private final MaintenanceState state = new MaintenanceState();
    private final MaintenanceBackend backend;
    private final BackendVerification verification;
    private final ActionQueue queue;
    private final Executor ui;
    private final Clock clock;
    private final CaretakerRoster roster;
    private final Restarter restarter;
    private final PinAttempts attempts;
    private final CaretakerEvents events;
    private final OutOfOrderModel outOfOrder;
    private final SyncStateModel sync;
    private final ReaderCheckModel readerCheck;
    private final DoorTestModel doorTest;
    private final DeviceSetupModel setup;
    private final DisplaySettingsModel display;
    private final StringBuilder entry = new StringBuilder();
    private volatile CaretakerPin signedIn;
    /** The caretaker whose staff tag opened the pad: only their PIN opens the tools. */
    private volatile CaretakerPin tagHolder;
    /** The keyed hash of that staff tag, which the backend checks with the PIN. */
    private volatile String tagHolderHash;
    /** The session the backend opened for the caretaker in the tools; {@code null} offline or refused. */
    private volatile CaretakerSession session;

    private Instant lastTouch = Instant.MIN;

    /** A maintenance mode that keeps nothing across a restart and cannot end the program. */
    public MaintenanceModel(MaintenanceBackend backend, ActionQueue queue, Executor ui, Clock clock) {
        this(backend, queue, ui, clock, BoardInstallation.NONE);
    }

    /**
     * @param installation keeps the PIN hashes, the wrong-PIN counts and the enrolled token across a
     *     restart, and ends the program for "restart" and "exit to desktop"
     */
    public MaintenanceModel(
            MaintenanceBackend backend, ActionQueue queue, Executor ui, Clock clock, BoardInstallation installation) {
        this.backend = backend;
        this.verification = new BackendVerification(backend);
        this.queue = queue;
        this.ui = ui;
        this.clock = clock;
        this.restarter = installation.restarter();
        this.setup = new DeviceSetupModel(this, backend, installation.deviceToken(), queue, ui);
        this.roster = new CaretakerRoster(installation.caretakerState(), clock);
        this.state.caretakersWithPin.set(roster.size());
        this.attempts = roster.attempts();
        this.state.locked.set(attempts.isLocked());
        this.events =
                new CaretakerEvents(new EventOutbox(backend, installation.caretakerEvents(), clock), queue, clock);
        this.outOfOrder = new OutOfOrderModel(this, backend, queue, ui, clock);
        this.sync = new SyncStateModel(this, backend, queue, ui, clock, events::waiting);
        this.readerCheck = new ReaderCheckModel(this, backend, queue, ui);
        this.doorTest = new DoorTestModel(this, ui);
        this.display = new DisplaySettingsModel(
                this,
                installation.deviceSettings(),
                installation.backlight(),
                queue,
                ui,
                () -> setup.bindingProperty().get());
    }

    // ---- Properties

    public MaintenanceState state() {
        return state;
    }

    /** The "Out of order" tool. */
    public OutOfOrderModel outOfOrder() {
        return outOfOrder;
    }

    /** The "Sync state" tool. */
    public SyncStateModel sync() {
        return sync;
    }

    /** The "Reader check" tool. */
    public ReaderCheckModel readerCheck() {
        return readerCheck;
    }

    /** The "Door test" tool. */
    public DoorTestModel doorTest() {
        return doorTest;
    }

    /** The "Device setup" tool. */
    public DeviceSetupModel setup() {
        return setup;
    }

    /** The screen part of the "Device setup" tool: rooms shown, brightness, large text. */
    public DisplaySettingsModel display() {
        return display;
    }

    /** The caretaker signed in, if any: tools record their actions under this identity. */
    public Optional<CaretakerPin> caretaker() {
        return Optional.ofNullable(signedIn);
    }

    /** The backend's session for the caretaker in the tools: staff actions are sent with it. */
    public Optional<CaretakerSession> verifiedSession() {
        return Optional.ofNullable(signedIn == null ? null : session);
    }

    // ---- Commands

    /** Sets the saved brightness, sends the events a restart left waiting and fetches the caretaker PINs; again on every push that says they changed. */
    public void start() {
        display.applyAtStart();
        queue.submit(events::flush);
        queue.submit(this::loadPins);
    }

    /** Listens for PIN changes and reconnections on the board's change stream. */
    public ChangeListener changeListener() {
        return new ChangeListener() {
            @Override
            public void changed(ChangeEvent event) {
                sync.changeSeen(event.version());
                if (ChangeEvent.CARETAKER_PINS_CHANGED.equals(event.kind())) {
                    queue.submit(MaintenanceModel.this::loadPins);
                }
            }

            @Override
            public void connection(boolean online) {
                sync.connection(online);
                if (online) {
                    queue.submit(MaintenanceModel.this::loadPins);
                }
            }
        };
    }

    /**
     * The long press on the corner was held to the end: the pad opens and asks for a staff tag first;
     * no PIN is taken before one is tapped.
     */
    public void open() {
        touched();
        if (state.screen.get() == MaintenanceScreen.HIDDEN) {
            clearEntry();
            state.messageKey.set(tagHolder == null ? TAG_FIRST : null);
            state.screen.set(MaintenanceScreen.PIN);
            tick();
        }
    }

    /**
     * A tag was read. A caretaker's staff tag is taken here and never reaches the board: on the board
     * or the pad it opens the pad for that caretaker, whose PIN then opens the tools. Any thread.
     *
     * @return whether the tag was a caretaker's
     */
    public boolean tagRead(TagUid uid) {
        Optional<CaretakerPin> holder = roster.holderOf(uid);
        String hash = roster.hashOf(uid).orElse(null);
        holder.ifPresent(caretaker -> ui.execute(() -> openFor(caretaker, hash)));
        return holder.isPresent();
    }

    /** A digit key of the pad. */
    public void digit(int digit) {
        touched();
        if (tagHolder == null) {
            state.messageKey.set(TAG_FIRST);
            return;
        }
        if (digit < 0
                || digit > 9
                || attempts.isLocked()
                || state.checking.get()
                || entry.length() >= PinHasher.MAX_DIGITS) {
            return;
        }
        entry.append((char) ('0' + digit));
        state.digits.set(entry.length());
        state.messageKey.set(null);
    }

    /** The erase key: takes back the last digit. */
    public void erase() {
        touched();
        if (!entry.isEmpty()) {
            entry.setLength(entry.length() - 1);
            state.digits.set(entry.length());
        }
    }

    /** The OK key: checks the typed PIN. Too short a PIN is a sentence, not a wrong try. */
    public void submit() {
        touched();
        if (attempts.isLocked() || state.checking.get()) {
            return;
        }
        if (tagHolder == null) {
            clearEntry();
            state.messageKey.set(TAG_FIRST);
            return;
        }
        String pin = entry.toString();
        clearEntry();
        Optional<String> problem = PinHasher.problemWith(pin);
        if (problem.isPresent()) {
            state.messageKey.set("maintenance.pin." + problem.get());
            return;
        }
        state.checking.set(true);
        CaretakerPin holder = tagHolder;
        String holderHash = tagHolderHash;
        queue.submit(() -> check(holder, holderHash, pin));
    }

    /** Closes the maintenance mode and shows the board again. */
    public void leave() {
        CaretakerPin leaving = signedIn;
        CaretakerSession ending = session;
        signedIn = null;
        session = null;
        tagHolder = null;
        tagHolderHash = null;
        state.tagHolder.set(null);
        state.verified.set(false);
        clearEntry();
        state.caretaker.set(null);
        state.messageKey.set(null);
        state.screen.set(MaintenanceScreen.HIDDEN);
        if (leaving != null) {
            events.report(CaretakerEventReport.LEFT, leaving.caretakerId(), null);
        }
        if (ending != null) {
            queue.submit(() -> verification.end(ending));
        }
    }

    /** Whether "exit to desktop" is offered on this installation. */
    public boolean canExitToDesktop() {
        return restarter.canExitToDesktop();
    }

    /** Restarts the board program; recorded first. Only for a signed-in caretaker. */
    public void restart() {
        endProgram("restart", restarter::restart);
    }

    /** Ends the board program for the desktop, where allowed; recorded first. Only for a signed-in caretaker. */
    public void exitToDesktop() {
        if (restarter.canExitToDesktop()) {
            endProgram("exit to desktop", restarter::exitToDesktop);
        }
    }

    /** Opens a tool, or the tools menu again. Only for a signed-in caretaker. */
    public void show(MaintenanceScreen screen) {
        touched();
        if (signedIn != null && screen != MaintenanceScreen.HIDDEN && screen != MaintenanceScreen.PIN) {
            state.messageKey.set(null);
            state.screen.set(screen);
            switch (screen) {
                case OUT_OF_ORDER -> outOfOrder.load();
                case READER -> readerCheck.refresh();
                case DOOR -> doorTest.refresh();
                case SYNC -> sync.refresh();
                case SETUP -> setup.load();
                default -> {}
            }
        }
    }

    /** Any touch on the maintenance layer: it keeps the mode open. */
    public void touched() {
        lastTouch = clock.instant();
    }

    /** Called every second: counts the lock down and closes the mode after {@link #IDLE_LIMIT} untouched. */
    public void tick() {
        boolean locked = attempts.isLocked();
        state.locked.set(locked);
        sync.tick();
        Duration left = attempts.lockLeft();
        state.lockSecondsLeft.set(left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
        if (!locked && "maintenance.pin.locked".equals(state.messageKey.get())) {
            state.messageKey.set(null);
        }
        if (state.screen.get() != MaintenanceScreen.HIDDEN && !clock.instant().isBefore(lastTouch.plus(IDLE_LIMIT))) {
            leave();
        }
    }

    /** Records a tool's action under the signed-in caretaker's identity. */
    public void recordAction(String detail) {
        CaretakerPin who = signedIn;
        events.report(CaretakerEventReport.ACTION, who == null ? null : who.caretakerId(), detail);
    }

    private void endProgram(String action, Runnable end) {
        touched();
        CaretakerPin who = signedIn;
        if (who == null) {
            return;
        }
        queue.submit(() -> {
            events.recordNow(CaretakerEventReport.ACTION, who.caretakerId(), action);
            roster.save();
            LOG.info("{} asked by caretaker {}", action, who.caretakerId());
            end.run();
        });
    }

    // ---- On the action queue

    /** Records a tool's action under the signed-in caretaker, durably before it returns. */
    void recordActionOnQueue(String detail) {
        CaretakerPin who = signedIn;
        events.recordNow(CaretakerEventReport.ACTION, who == null ? null : who.caretakerId(), detail);
    }

    /** Ends the program for a restart at once; for a tool already on the queue (enrollment). */
    void restartOnQueue() {
        roster.save();
        restarter.restart();
    }

    /** Fetches the PINs again; for tools already running on the action queue. */
    void reloadPinsOnQueue() {
        loadPins();
    }

    private void loadPins() {
        try {
            roster.reload(backend);
            int count = roster.size();
            LOG.info("{} caretaker PINs on this board", count);
            ui.execute(() -> state.caretakersWithPin.set(count));
        } catch (BackendException e) {
            LOG.info("caretaker PINs not refreshed: {}", e.getMessage());
        }
    }

    private void check(CaretakerPin holder, String holderHash, String pin) {
        Optional<CaretakerPin> match =
                roster.match(pin).filter(found -> holder != null && found.caretakerId() == holder.caretakerId());
        if (match.isPresent()) {
            attempts.succeeded();
            roster.save();
            ui.execute(() -> signIn(match.get()));
            events.recordNow(CaretakerEventReport.ENTERED, match.get().caretakerId(), null);
            CaretakerPin caretaker = match.get();
            verification
                    .verify(caretaker.caretakerId(), holderHash, pin, this::loadPins)
                    .ifPresent(verified -> ui.execute(() -> {
                        if (signedIn != null && signedIn.caretakerId() == caretaker.caretakerId()) {
                            session = verified;
                            state.verified.set(true);
                        }
                    }));
            return;
        }
        PinAttempts.Failure failure = attempts.failed();
        roster.save();
        ui.execute(() -> wrongPin(failure));
        events.recordNow(CaretakerEventReport.PIN_FAILED, null, null);
        failure.lockedUntil()
                .ifPresent(until -> events.recordNow(CaretakerEventReport.LOCKED_OUT, null, "until " + until));
    }

    // ---- On the FX thread

    private void signIn(CaretakerPin caretaker) {
        signedIn = caretaker;
        state.checking.set(false);
        state.caretaker.set(caretaker.name());
        state.messageKey.set(null);
        touched();
        state.screen.set(MaintenanceScreen.TOOLS);
    }

    private void openFor(CaretakerPin caretaker, String staffTagHash) {
        MaintenanceScreen shown = state.screen.get();
        if (shown != MaintenanceScreen.HIDDEN && shown != MaintenanceScreen.PIN) {
            return;
        }
        tagHolder = caretaker;
        tagHolderHash = staffTagHash;
        state.tagHolder.set(caretaker.name());
        clearEntry();
        state.messageKey.set(null);
        touched();
        state.screen.set(MaintenanceScreen.PIN);
        tick();
    }

    private void wrongPin(PinAttempts.Failure failure) {
        state.checking.set(false);
        if (failure.lockedUntil().isPresent()) {
            state.messageKey.set("maintenance.pin.locked");
        } else {
            state.messageKey.set("maintenance.pin.wrong");
            state.messageNumber.set(failure.triesLeft());
        }
        tick();
    }

    private void clearEntry() {
        entry.setLength(0);
        state.digits.set(0);
    }
}
