package se.bricka.hw.door;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.time.Scheduler;

/**
 * Watches a door's contact and exit button against its lock and reports {@link DoorEvent}s: an
 * opening is {@code OPENED} when the lock was released or an exit was requested shortly before, and
 * {@code FORCED} otherwise; a door open longer than the held-open time is reported once as {@code
 * HELD_OPEN}. Whether an opening was allowed is decided the instant the contact moves; events reach
 * the listener in order on the scheduler's thread.
 */
public final class DoorMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DoorMonitor.class);

    private final String doorId;
    private final DoorContact contact;
    private final ExitButton exit;
    private final DoorLock lock;
    private final DoorMonitorSettings settings;
    private final Scheduler scheduler;
    private Consumer<DoorEvent> listener;
    private Instant lastExitRequest = Instant.MIN;
    private Scheduler.Cancellable heldOpenTimer;
    private boolean closed;

    /** Watches {@code contact} and {@code exit} against {@code lock}; timers and events run on {@code scheduler}. */
    public DoorMonitor(
            String doorId,
            DoorContact contact,
            ExitButton exit,
            DoorLock lock,
            DoorMonitorSettings settings,
            Scheduler scheduler) {
        this.doorId = Objects.requireNonNull(doorId, "doorId");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.exit = Objects.requireNonNull(exit, "exit");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Starts watching. Called once. */
    public synchronized void start(Consumer<DoorEvent> listener) {
        if (this.listener != null) {
            throw new IllegalStateException("door " + doorId + " is already watched");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        contact.onChange(this::contactMoved);
        exit.onPress(this::exitPressed);
        if (contact.isOpen()) {
            startHeldOpenTimer();
        }
    }

    private synchronized void exitPressed() {
        if (closed) {
            return;
        }
        lastExitRequest = now();
        emit(DoorEvent.Kind.EXIT_REQUESTED);
        if (settings.exitUnlocks()) {
            lock.unlock();
        }
    }

    private synchronized void contactMoved(boolean open) {
        if (closed) {
            return;
        }
        if (open) {
            boolean allowed = lock.state() == DoorLock.State.UNLOCKED || withinExitGrace();
            emit(allowed ? DoorEvent.Kind.OPENED : DoorEvent.Kind.FORCED);
            startHeldOpenTimer();
        } else {
            cancelHeldOpenTimer();
            emit(DoorEvent.Kind.CLOSED);
        }
    }

    private boolean withinExitGrace() {
        return !now().isAfter(lastExitRequest.plus(settings.exitGrace()));
    }

    private void startHeldOpenTimer() {
        cancelHeldOpenTimer();
        heldOpenTimer = scheduler.schedule(settings.heldOpenAfter(), this::heldOpen);
    }

    private synchronized void heldOpen() {
        heldOpenTimer = null;
        if (!closed && contact.isOpen()) {
            emit(DoorEvent.Kind.HELD_OPEN);
        }
    }

    private void cancelHeldOpenTimer() {
        if (heldOpenTimer != null) {
            heldOpenTimer.cancel();
            heldOpenTimer = null;
        }
    }

    private void emit(DoorEvent.Kind kind) {
        DoorEvent event = new DoorEvent(doorId, kind, now());
        if (kind == DoorEvent.Kind.FORCED || kind == DoorEvent.Kind.HELD_OPEN) {
            LOG.warn("door {}: {}", doorId, kind);
        }
        Consumer<DoorEvent> target = listener;
        scheduler.schedule(java.time.Duration.ZERO, () -> deliver(target, event));
    }

    private void deliver(Consumer<DoorEvent> target, DoorEvent event) {
        try {
            target.accept(event);
        } catch (RuntimeException e) {
            LOG.error("listener of door {} failed on {}", doorId, event.kind(), e);
        }
    }

    private Instant now() {
        return scheduler.clock().instant();
    }

    /** Stops watching and closes the contact and the exit button, which the monitor owns. */
    @Override
    public synchronized void close() {
        closed = true;
        cancelHeldOpenTimer();
        contact.close();
        exit.close();
    }
}
