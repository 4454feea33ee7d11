package se.bricka.kiosk.maintenance;

import java.util.List;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.Enrollment;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.ResourceSummary;

/**
 * What the maintenance mode asks of the backend, as this device. Calls block and throw a
 * {@link se.bricka.kiosk.backend.BackendException}; run them on the action queue.
 */
public interface MaintenanceBackend {

    /** The current caretaker PIN hashes of the board's property. */
    List<CaretakerPin> caretakerPins();

    /** Stores one event of the maintenance mode. */
    void report(CaretakerEventReport event);

    /** The objects this board serves. */
    List<ResourceSummary> resources();

    /** The key this board hashes tag UIDs with (base64). */
    String tagKey();

    /** The household a tag hash belongs to; refused with {@code unknown-tag} or {@code tag-blocked}. */
    Household identify(String tagHash);

    /**
     * Has the backend itself check a caretaker: the hash of the staff tag tapped, then the PIN. Refused
     * with {@code caretaker-pin-wrong}, {@code caretaker-locked-out} or {@code caretaker-not-verified}.
     */
    CaretakerSession verifyCaretaker(String staffTagHash, String pin);

    /** Ends a caretaker session at the backend (leaving the maintenance mode). */
    void endCaretakerSession(String sessionToken);

    /** What closing an object as {@code request} asks would cancel now, by apartment and slot; closes nothing. */
    ClosurePreview previewClosure(String sessionToken, long resourceId, ClosureRequest request);

    /** Closes an object for a period, for the verified caretaker; bookings in it are cancelled by the backend. */
    ClosureView close(String sessionToken, long resourceId, ClosureRequest request);

    /** Re-opens the object of a closure now, for the verified caretaker. */
    void reopen(String sessionToken, long closureId);

    /**
     * The version of this device's access snapshot at the backend; {@code known} when it has not
     * changed since (the backend answers 304 without the snapshot).
     */
    long snapshotVersion(long known);

    /** Which device this board is, and its doors and objects. */
    DeviceBinding binding();

    /**
     * Exchanges an enrollment code for a new device token; refused with {@code enrollment-code-refused}
     * (unknown, used or expired) or {@code bad-request}.
     */
    Enrollment enroll(String code);
}
