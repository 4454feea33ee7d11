package se.bricka.kiosk.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The "Out of order" tool: close a room from now for a period, with a reason tenants see, through the
 * booking engine's closures (bookings in the period are cancelled there); re-open it early. Each
 * action is recorded under the caretaker's identity.
 */
public final class OutOfOrderModel {

    private static final Logger LOG = LoggerFactory.getLogger(OutOfOrderModel.class);

    /** A closure longer than this is a mistake, not a repair: use "until further notice". */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    private static final int MAX_REASON_LENGTH = 500;

    private final MaintenanceModel maintenance;
    private final MaintenanceBackend backend;
    private final ActionQueue queue;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<ResourceSummary> rooms = FXCollections.observableArrayList();
    private final ObservableList<ResourceSummary> roomsView = FXCollections.unmodifiableObservableList(rooms);
    private final ObjectProperty<ResourceSummary> room = new SimpleObjectProperty<>();
    private final ObjectProperty<ClosurePeriod> period = new SimpleObjectProperty<>(ClosurePeriod.TWO_HOURS);
    private final ObjectProperty<ClosureView> closure = new SimpleObjectProperty<>();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final LongProperty cancelled = new SimpleLongProperty();

    public OutOfOrderModel(
            MaintenanceModel maintenance, MaintenanceBackend backend, ActionQueue queue, Executor ui, Clock clock) {
        this.maintenance = maintenance;
        this.backend = backend;
        this.queue = queue;
        this.ui = ui;
        this.clock = clock;
    }

    // ---- Properties

    /** The rooms of this board. */
    public ObservableList<ResourceSummary> rooms() {
        return roomsView;
    }

    public ReadOnlyObjectProperty<ResourceSummary> roomProperty() {
        return room;
    }

    public ReadOnlyObjectProperty<ClosurePeriod> periodProperty() {
        return period;
    }

    /** The closure made here, which "Re-open" ends; {@code null} when none. */
    public ReadOnlyObjectProperty<ClosureView> closureProperty() {
        return closure;
    }

    /** The text key of the latest outcome, or {@code null}. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    /** How many bookings the latest closure cancelled. */
    public ReadOnlyLongProperty cancelledProperty() {
        return cancelled;
    }

    // ---- Commands

    /** Fetches the rooms; the first is chosen. */
    public void load() {
        queue.submit(() -> {
            try {
                List<ResourceSummary> found = backend.resources();
                ui.execute(() -> {
                    room.set(found.isEmpty() ? null : found.getFirst());
                    rooms.setAll(found);
                });
            } catch (BackendException e) {
                LOG.info("rooms not fetched: {}", e.getMessage());
                ui.execute(() -> messageKey.set("maintenance.offline"));
            }
        });
    }

    public void chooseRoom(ResourceSummary chosen) {
        maintenance.touched();
        room.set(chosen);
    }

    public void choosePeriod(ClosurePeriod chosen) {
        maintenance.touched();
        period.set(chosen);
    }

    /** Closes the chosen room from now for the chosen period, with {@code reason} (a sentence tenants see). */
    public void closeRoom(String reason) {
        LocalDateTime now = now();
        closeRoomUntil(period.get().until(now).orElse(null), reason);
    }

    /**
     * Closes the chosen room from now until {@code until} ({@code null}: until further notice). An end
     * not after now, or more than {@link #MAX_PERIOD} ahead, is refused with a sentence and changes
     * nothing.
     */
    public void closeRoomUntil(LocalDateTime until, String reason) {
        maintenance.touched();
        ResourceSummary target = room.get();
        LocalDateTime from = now();
        if (target == null) {
            messageKey.set("maintenance.out-of-order.no-room");
            return;
        }
        if (until != null && (!until.isAfter(from) || until.isAfter(from.plus(MAX_PERIOD)))) {
            messageKey.set("maintenance.out-of-order.until-invalid");
            return;
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            messageKey.set("maintenance.out-of-order.reason-missing");
            return;
        }
        ClosureRequest request = new ClosureRequest(from, until, reason);
        queue.submit(() -> send(target, request));
    }

    /** Ends the closure made here now. */
    public void reopen() {
        maintenance.touched();
        ClosureView open = closure.get();
        if (open == null) {
            return;
        }
        queue.submit(() -> {
            try {
                backend.reopen(open.closureId());
                maintenance.recordAction("reopen resource " + open.resourceId() + " closure " + open.closureId());
                ui.execute(() -> {
                    closure.set(null);
                    messageKey.set("maintenance.out-of-order.reopened");
                });
            } catch (BackendException e) {
                failed(e);
            }
        });
    }

    private void send(ResourceSummary target, ClosureRequest request) {
        try {
            ClosureView made = backend.close(target.id(), request);
            maintenance.recordAction("close resource " + target.id() + " closure " + made.closureId() + " until "
                    + (made.until() == null ? "further notice" : made.until()));
            ui.execute(() -> {
                closure.set(made);
                cancelled.set(made.bookingsCancelled());
                messageKey.set("maintenance.out-of-order.closed");
            });
        } catch (BackendException e) {
            failed(e);
        }
    }

    private void failed(BackendException e) {
        LOG.info("out-of-order action failed: {}", e.getMessage());
        String key = e instanceof BackendOfflineException ? "maintenance.offline" : "maintenance.out-of-order.refused";
        ui.execute(() -> messageKey.set(key));
    }

    private LocalDateTime now() {
        ZoneId zone = clock.getZone();
        return LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    }
}
