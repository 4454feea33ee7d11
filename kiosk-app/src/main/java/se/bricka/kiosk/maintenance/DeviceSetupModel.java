package se.bricka.kiosk.maintenance;

import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.Enrollment;
import se.bricka.core.wire.EnrollmentRequest;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The "Device setup" tool: which device this board is and what it is bound to (property, doors,
 * objects), and enrollment: the caretaker types the one-time code IT issued, the board exchanges it
 * for its device token, keeps the token in its data folder and restarts to speak as that device.
 */
public final class DeviceSetupModel {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSetupModel.class);

    private final MaintenanceModel maintenance;
    private final MaintenanceBackend backend;
    private final DeviceTokenStore tokens;
    private final ActionQueue queue;
    private final Executor ui;
    private final ObjectProperty<DeviceBinding> binding = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty messageKey = new SimpleStringProperty();
    private final BooleanProperty enrolling = new SimpleBooleanProperty();

    DeviceSetupModel(
            MaintenanceModel maintenance,
            MaintenanceBackend backend,
            DeviceTokenStore tokens,
            ActionQueue queue,
            Executor ui) {
        this.maintenance = maintenance;
        this.backend = backend;
        this.tokens = tokens;
        this.queue = queue;
        this.ui = ui;
    }

    // ---- Properties

    /** What this board is bound to, as the backend last said; {@code null} before it answered. */
    public ReadOnlyObjectProperty<DeviceBinding> bindingProperty() {
        return binding;
    }

    /** The enrollment code typed so far (digits only). */
    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    /** The text key of the latest outcome, or {@code null}. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    /** Whether an enrollment is under way. */
    public ReadOnlyBooleanProperty enrollingProperty() {
        return enrolling;
    }

    // ---- Commands

    /** Asks the backend what this board is bound to. */
    public void load() {
        code.set("");
        messageKey.set(null);
        queue.submit(() -> {
            try {
                DeviceBinding current = backend.binding();
                ui.execute(() -> binding.set(current));
            } catch (BackendException e) {
                LOG.info("device binding not fetched: {}", e.getMessage());
                ui.execute(() -> messageKey.set("maintenance.offline"));
            }
        });
    }

    /** A digit of the enrollment code. */
    public void digit(int digit) {
        maintenance.touched();
        if (digit >= 0 && digit <= 9 && code.get().length() < EnrollmentRequest.CODE_DIGITS && !enrolling.get()) {
            code.set(code.get() + digit);
            messageKey.set(null);
        }
    }

    /** Takes back the last digit. */
    public void erase() {
        maintenance.touched();
        if (!code.get().isEmpty() && !enrolling.get()) {
            code.set(code.get().substring(0, code.get().length() - 1));
        }
    }

    /**
     * Enrolls the board with the typed code. Recorded first, under the caretaker, with the device the
     * board was; on success the new token is saved and the board restarts as the enrolled device.
     */
    public void enroll() {
        maintenance.touched();
        String typed = code.get();
        if (enrolling.get() || maintenance.caretaker().isEmpty()) {
            return;
        }
        if (!EnrollmentRequest.wellFormed(typed)) {
            messageKey.set("maintenance.setup.code-incomplete");
            return;
        }
        enrolling.set(true);
        DeviceBinding before = binding.get();
        maintenance.recordAction("enroll, was " + (before == null ? "unknown" : before.deviceId()));
        queue.submit(() -> exchange(typed));
    }

    private void exchange(String typed) {
        Enrollment enrollment;
        try {
            enrollment = backend.enroll(typed);
        } catch (BackendOfflineException e) {
            LOG.info("enrollment did not reach the backend: {}", e.getMessage());
            ui.execute(() -> refused("maintenance.offline"));
            return;
        } catch (BackendException e) {
            LOG.info("enrollment refused: {}", e.getMessage());
            ui.execute(() -> refused("maintenance.setup.code-refused"));
            return;
        }
        try {
            tokens.save(enrollment.deviceToken());
        } catch (UncheckedIOException e) {
            LOG.error(
                    "enrolled as {}, but the token could not be saved; ask IT for a new code",
                    enrollment.binding().deviceId(),
                    e);
            ui.execute(() -> refused("maintenance.setup.not-saved"));
            return;
        }
        LOG.info("enrolled as device {}; restarting", enrollment.binding().deviceId());
        ui.execute(() -> {
            enrolling.set(false);
            code.set("");
            binding.set(enrollment.binding());
            messageKey.set("maintenance.setup.enrolled");
        });
        maintenance.restartOnQueue();
    }

    private void refused(String key) {
        enrolling.set(false);
        code.set("");
        messageKey.set(key);
    }
}
