package se.bricka.kiosk.maintenance;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The "Sync state" tool: whether the board hears the backend (and since when it does not), the version
 * of the device snapshot the backend holds for this board and when the board last confirmed it, the
 * newest change pushed, how many maintenance events wait to be sent, the backend's address, and "sync
 * now" (confirm the snapshot version, fetch the caretaker PINs, send what waits).
 */
public final class SyncStateModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStateModel.class);

    private final MaintenanceModel maintenance;
    private final MaintenanceBackend backend;
    private final ActionQueue queue;
    private final Executor ui;
    private final Clock clock;
    private final IntSupplier waitingEvents;
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> offlineSince = new SimpleObjectProperty<>();
    private final LongProperty snapshotVersion = new SimpleLongProperty(-1);
    private final LongProperty syncAgeSeconds = new SimpleLongProperty(-1);
    private final LongProperty lastVersion = new SimpleLongProperty();
    private final IntegerProperty queuedEvents = new SimpleIntegerProperty();
    private final StringProperty backendAddress = new SimpleStringProperty("");
    private final StringProperty messageKey = new SimpleStringProperty();
    private volatile Instant lastSyncAt;
    private volatile long knownSnapshot = -1;

    SyncStateModel(
            MaintenanceModel maintenance,
            MaintenanceBackend backend,
            ActionQueue queue,
            Executor ui,
            Clock clock,
            IntSupplier waitingEvents) {
        this.maintenance = maintenance;
        this.backend = backend;
        this.queue = queue;
        this.ui = ui;
        this.clock = clock;
        this.waitingEvents = waitingEvents;
        this.offlineSince.set(clock.instant());
    }

    // ---- Properties

    /** Whether the change stream to the backend is open. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online;
    }

    /** Since when the board has had no change stream; {@code null} while it has one. */
    public ReadOnlyObjectProperty<Instant> offlineSinceProperty() {
        return offlineSince;
    }

    /** The version of this board's device snapshot, as last confirmed with the backend; -1 before that. */
    public ReadOnlyLongProperty snapshotVersionProperty() {
        return snapshotVersion;
    }

    /** Seconds since the snapshot version was last confirmed; -1 before the first time. */
    public ReadOnlyLongProperty syncAgeSecondsProperty() {
        return syncAgeSeconds;
    }

    /** The version of the newest change pushed to the board; 0 before the first. */
    public ReadOnlyLongProperty lastVersionProperty() {
        return lastVersion;
    }

    /** How many maintenance events wait to be sent to the backend. */
    public ReadOnlyIntegerProperty queuedEventsProperty() {
        return queuedEvents;
    }

    /** The backend's address. */
    public ReadOnlyStringProperty backendAddressProperty() {
        return backendAddress;
    }

    /** The text key of the latest "sync now" outcome, or {@code null}. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    // ---- Commands

    /** Where the board's backend is: set once at start. */
    public void backendAddress(URI address) {
        backendAddress.set(address.toString());
    }

    /** Confirms the snapshot version, fetches the PINs and sends waiting events; the outcome is a sentence. */
    public void syncNow() {
        maintenance.touched();
        maintenance.recordAction("sync now");
        queue.submit(() -> {
            if (confirmSnapshot()) {
                maintenance.reloadPinsOnQueue();
                ui.execute(() -> messageKey.set("maintenance.sync.synced"));
            } else {
                ui.execute(() -> messageKey.set("maintenance.offline"));
            }
            countWaiting();
        });
    }

    /** The tool was opened: asks the backend for the snapshot version. */
    void refresh() {
        messageKey.set(null);
        queue.submit(() -> {
            confirmSnapshot();
            countWaiting();
        });
    }

    // ---- From the change stream and the ticker

    void connection(boolean open) {
        Instant now = clock.instant();
        ui.execute(() -> {
            online.set(open);
            if (open) {
                offlineSince.set(null);
            } else if (offlineSince.get() == null) {
                offlineSince.set(now);
            }
        });
    }

    void changeSeen(long version) {
        ui.execute(() -> lastVersion.set(Math.max(lastVersion.get(), version)));
    }

    void tick() {
        Instant at = lastSyncAt;
        syncAgeSeconds.set(
                at == null ? -1 : Duration.between(at, clock.instant()).toSeconds());
        queuedEvents.set(waitingEvents.getAsInt());
    }

    // ---- On the action queue

    private boolean confirmSnapshot() {
        try {
            long version = backend.snapshotVersion(knownSnapshot);
            knownSnapshot = version;
            lastSyncAt = clock.instant();
            ui.execute(() -> {
                snapshotVersion.set(version);
                tick();
            });
            return true;
        } catch (BackendException e) {
            LOG.info("snapshot version not confirmed: {}", e.getMessage());
            return false;
        }
    }

    private void countWaiting() {
        int waiting = waitingEvents.getAsInt();
        ui.execute(() -> queuedEvents.set(waiting));
    }
}
