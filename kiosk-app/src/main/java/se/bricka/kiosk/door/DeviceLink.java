package se.bricka.kiosk.door;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;

/**
 * What the door controller asks of the backend. Calls block and throw a {@code BackendException}
 * when they give no usable answer: {@code BackendOfflineException} for "try again later",
 * {@code BackendRefusedException} for a final no.
 */
public interface DeviceLink extends AutoCloseable {

    /**
     * The answer to a snapshot download: the snapshot, empty when the held version is still current,
     * and the backend's clock when it answered.
     */
    record Fetched(Optional<DeviceSnapshot> snapshot, Optional<Instant> serverTime) {}

    /** The key this property hashes tag UIDs with (from the device bootstrap). */
    byte[] tagKey();

    /** The snapshot, unless the backend's version is still {@code knownVersion} (-1: none held). */
    Fetched fetchSnapshot(long knownVersion);

    /** Uploads a batch; the backend has stored (or already had) every event when this returns. */
    AccessEventReceipt upload(List<AccessEventUpload> events);

    /** Checks the tag's household in on its running booking of {@code resourceId}. */
    void checkIn(String tagHash, long resourceId);

    /** Listens to pushed changes, reconnecting with jittered back-off until closed. */
    ChangeSubscription subscribe(ChangeListener listener);

    @Override
    void close();
}
