package se.bricka.kiosk.maintenance;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The "Sync state" tool: whether the board hears the backend, the latest change it received and how
 * long ago, the backend's address, and "sync now" (fetch the caretaker PINs and reach the backend).
 */
public final class SyncStateModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStateModel.class);

    private final MaintenanceModel maintenance;
    private final MaintenanceBackend backend;
    private final ActionQueue queue;
    private final Executor ui;
    private final Clock clock;
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final LongProperty lastVersion = new SimpleLongProperty();
    private final LongProperty ageSeconds = new SimpleLongProperty(-1);
    private final StringProperty backendAddress = new SimpleStringProperty("");
    private final StringProperty messageKey = new SimpleStringProperty();
    private volatile Instant lastChangeAt;

    SyncStateModel(
            MaintenanceModel maintenance, MaintenanceBackend backend, ActionQueue queue, Executor ui, Clock clock) {
        this.maintenance = maintenance;
        this.backend = backend;
        this.queue = queue;
        this.ui = ui;
        this.clock = clock;
    }

    // ---- Properties

    /** Whether the change stream to the backend is open. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online;
    }

    /** The version of the latest change received; 0 before the first. */
    public ReadOnlyLongProperty lastVersionProperty() {
        return lastVersion;
    }

    /** Seconds since the latest change was received; -1 before the first. */
    public ReadOnlyLongProperty ageSecondsProperty() {
        return ageSeconds;
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

    /** Fetches the PINs again and checks the backend answers; the outcome is a sentence. */
    public void syncNow() {
        maintenance.touched();
        maintenance.recordAction("sync now");
        queue.submit(() -> {
            try {
                backend.resources();
                maintenance.reloadPinsOnQueue();
                ui.execute(() -> messageKey.set("maintenance.sync.synced"));
            } catch (BackendException e) {
                LOG.info("sync now failed: {}", e.getMessage());
                ui.execute(() -> messageKey.set("maintenance.offline"));
            }
        });
    }

    // ---- From the change stream and the ticker

    void connection(boolean open) {
        ui.execute(() -> online.set(open));
    }

    void changeSeen(long version) {
        lastChangeAt = clock.instant();
        ui.execute(() -> {
            lastVersion.set(version);
            tick();
        });
    }

    void tick() {
        Instant at = lastChangeAt;
        ageSeconds.set(at == null ? -1 : Duration.between(at, clock.instant()).toSeconds());
    }
}
