package se.bricka.kiosk.maintenance;

import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.Enrollment;
import se.bricka.core.wire.EnrollmentRequest;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The board before it is enrolled: it has no device token, so it books nothing and shows what to do.
 * IT administration adds the board and issues a one-time code; whoever installs the panel types it
 * here (no caretaker PIN exists yet: the code is the credential, one-time and rate-limited by the
 * backend), the board keeps the token it gets and restarts as that device.
 */
public final class NotEnrolledModel {

    /** The text key of what the screen says before anything is typed. */
    public static final String NOT_ENROLLED = "enrollment.not-enrolled";

    private static final Logger LOG = LoggerFactory.getLogger(NotEnrolledModel.class);

    private final MaintenanceBackend backend;
    private final DeviceTokenStore tokens;
    private final Restarter restarter;
    private final ActionQueue queue;
    private final Executor ui;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty messageKey = new SimpleStringProperty(NOT_ENROLLED);
    private final BooleanProperty enrolling = new SimpleBooleanProperty();

    public NotEnrolledModel(
            MaintenanceBackend backend, DeviceTokenStore tokens, Restarter restarter, ActionQueue queue, Executor ui) {
        this.backend = backend;
        this.tokens = tokens;
        this.restarter = restarter;
        this.queue = queue;
        this.ui = ui;
        LOG.warn("this board is not enrolled: it has no device token; type the enrollment code IT administration"
                + " issued (Devices page, or 'device enrollment-code ID') on its screen");
    }

    // ---- Properties

    /** The enrollment code typed so far (digits only). */
    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    /** The text key of what the screen says now: {@link #NOT_ENROLLED} until something happened. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    /** Whether the code is being exchanged. */
    public ReadOnlyBooleanProperty enrollingProperty() {
        return enrolling;
    }

    // ---- Commands

    /** A digit of the code. */
    public void digit(int digit) {
        if (digit >= 0 && digit <= 9 && code.get().length() < EnrollmentRequest.CODE_DIGITS && !enrolling.get()) {
            code.set(code.get() + digit);
        }
    }

    /** Takes back the last digit. */
    public void erase() {
        if (!code.get().isEmpty() && !enrolling.get()) {
            code.set(code.get().substring(0, code.get().length() - 1));
        }
    }

    /** Exchanges the typed code for the board's token; on success the board keeps it and restarts. */
    public void enroll() {
        String typed = code.get();
        if (enrolling.get()) {
            return;
        }
        if (!EnrollmentRequest.wellFormed(typed)) {
            messageKey.set("maintenance.setup.code-incomplete");
            return;
        }
        enrolling.set(true);
        queue.submit(() -> exchange(typed));
    }

    private void exchange(String typed) {
        Enrollment enrollment;
        try {
            enrollment = backend.enroll(typed);
            tokens.save(enrollment.deviceToken());
        } catch (BackendOfflineException e) {
            LOG.info("enrollment did not reach the backend: {}", e.getMessage());
            ui.execute(() -> refused("maintenance.offline"));
            return;
        } catch (BackendException e) {
            LOG.info("enrollment refused: {}", e.getMessage());
            ui.execute(() -> refused("maintenance.setup.code-refused"));
            return;
        } catch (UncheckedIOException e) {
            LOG.error("enrolled, but the token could not be saved; ask IT for a new code", e);
            ui.execute(() -> refused("maintenance.setup.not-saved"));
            return;
        }
        LOG.info("enrolled as device {}; restarting", enrollment.binding().deviceId());
        ui.execute(() -> {
            code.set("");
            messageKey.set("maintenance.setup.enrolled");
        });
        restarter.restart();
    }

    private void refused(String key) {
        enrolling.set(false);
        code.set("");
        messageKey.set(key);
    }
}
