package se.bricka.kiosk.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The "Out of order" tool: close a room from now for a period, with a reason tenants see, through the
 * booking engine's closures (bookings in the period are cancelled there); re-open it early. A closure
 * is a staff action: offered only to a caretaker the backend verified ({@link
 * MaintenanceModel#verifiedSession()}), never offline; the tool first asks the backend which bookings
 * it would cancel, names them, and closes only on confirmation. Each action is recorded under the
 * caretaker's identity (on the board, and by the backend with the session).
 */
public final class OutOfOrderModel {

    private static final Logger LOG = LoggerFactory.getLogger(OutOfOrderModel.class);

    /** A closure longer than this is a mistake, not a repair: use "until further notice". */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    private static final int MAX_REASON_LENGTH = 500;

    /** The sentence when closing is not offered: the backend has not verified the caretaker. */
    static final String NEEDS_SERVER = "maintenance.out-of-order.needs-server";

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
    private final ObjectProperty<ClosureRequest> pending = new SimpleObjectProperty<>();
    private final ObservableList<ClosurePreview.CancelledBooking> pendingCancels = FXCollections.observableArrayList();
    private final ObservableList<ClosurePreview.CancelledBooking> pendingCancelsView =
            FXCollections.unmodifiableObservableList(pendingCancels);
    private volatile ResourceSummary pendingRoom;

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

    /** How many bookings the latest closure cancelled, or the pending one would cancel. */
    public ReadOnlyLongProperty cancelledProperty() {
        return cancelled;
    }

    /** The closure waiting for the caretaker's confirmation; {@code null} when none. */
    public ReadOnlyObjectProperty<ClosureRequest> pendingProperty() {
        return pending;
    }

    /** The bookings the pending closure would cancel, by apartment and slot. */
    public ObservableList<ClosurePreview.CancelledBooking> pendingCancels() {
        return pendingCancelsView;
    }

    /** Whether closing and re-opening are offered: only for a caretaker the backend verified. */
    public ReadOnlyBooleanProperty availableProperty() {
        return maintenance.state().verifiedProperty();
    }

    // ---- Commands

    /** Fetches the rooms; the first is chosen. Says so when closing is not offered. */
    public void load() {
        clearPending();
        if (maintenance.verifiedSession().isEmpty()) {
            messageKey.set(NEEDS_SERVER);
        }
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

    /**
     * Asks to close the chosen room from now for the chosen period, with {@code reason} (a sentence
     * tenants see): the bookings it would cancel are fetched and named, and {@link #confirmClose()}
     * closes.
     */
    public void closeRoom(String reason) {
        LocalDateTime now = now();
        closeRoomUntil(period.get().until(now).orElse(null), reason);
    }

    /**
     * Asks to close the chosen room from now until {@code until} ({@code null}: until further notice),
     * as {@link #closeRoom}. An end not after now, or more than {@link #MAX_PERIOD} ahead, is refused
     * with a sentence and changes nothing; so is any closure without a verified caretaker.
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
        Optional<CaretakerSession> session = maintenance.verifiedSession();
        if (session.isEmpty()) {
            messageKey.set(NEEDS_SERVER);
            return;
        }
        ClosureRequest request = new ClosureRequest(from, until, reason);
        queue.submit(() -> preview(session.get(), target, request));
    }

    /** Closes the room as the pending request asks, cancelling the bookings named. */
    public void confirmClose() {
        maintenance.touched();
        ClosureRequest request = pending.get();
        ResourceSummary target = pendingRoom;
        Optional<CaretakerSession> session = maintenance.verifiedSession();
        clearPending();
        if (request == null || target == null) {
            return;
        }
        if (session.isEmpty()) {
            messageKey.set(NEEDS_SERVER);
            return;
        }
        queue.submit(() -> send(session.get(), target, request));
    }

    /** Drops the pending closure; nothing changes. */
    public void cancelClose() {
        maintenance.touched();
        clearPending();
        messageKey.set(null);
    }

    /** Ends the closure made here now. */
    public void reopen() {
        maintenance.touched();
        ClosureView open = closure.get();
        if (open == null) {
            return;
        }
        Optional<CaretakerSession> session = maintenance.verifiedSession();
        if (session.isEmpty()) {
            messageKey.set(NEEDS_SERVER);
            return;
        }
        queue.submit(() -> {
            try {
                backend.reopen(session.get().token(), open.closureId());
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

    private void preview(CaretakerSession session, ResourceSummary target, ClosureRequest request) {
        try {
            ClosurePreview preview = backend.previewClosure(session.token(), target.id(), request);
            ui.execute(() -> {
                pendingRoom = target;
                pendingCancels.setAll(preview.cancels());
                cancelled.set(preview.cancels().size());
                pending.set(request);
                messageKey.set("maintenance.out-of-order.confirm");
            });
        } catch (BackendException e) {
            failed(e);
        }
    }

    private void clearPending() {
        pending.set(null);
        pendingRoom = null;
        pendingCancels.clear();
    }

    private void send(CaretakerSession session, ResourceSummary target, ClosureRequest request) {
        try {
            ClosureView made = backend.close(session.token(), target.id(), request);
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
