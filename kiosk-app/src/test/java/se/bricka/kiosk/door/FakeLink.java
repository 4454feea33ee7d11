package se.bricka.kiosk.door;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;

/** A backend in memory: serves whatever snapshot the test sets, stores uploads, can be offline. */
class FakeLink implements DeviceLink {

    volatile boolean online = true;
    volatile Supplier<DeviceSnapshot> snapshot = () -> null;
    volatile Instant serverTime;
    final List<AccessEventUpload> uploaded = new CopyOnWriteArrayList<>();
    final List<String> checkIns = new CopyOnWriteArrayList<>();
    final List<ChangeListener> listeners = new ArrayList<>();
    final AtomicInteger fetches = new AtomicInteger();
    /** The version the device said it held at its last download, -1 for none. */
    volatile long lastKnownVersion = Long.MIN_VALUE;

    @Override
    public byte[] tagKey() {
        requireOnline();
        return DemoEstate.TAG_KEY;
    }

    @Override
    public Fetched fetchSnapshot(long knownVersion) {
        fetches.incrementAndGet(); // attempts, offline ones included
        lastKnownVersion = knownVersion;
        requireOnline();
        DeviceSnapshot now = snapshot.get();
        if (now != null && now.version() == knownVersion) {
            return new Fetched(Optional.empty(), Optional.ofNullable(serverTime));
        }
        return new Fetched(Optional.ofNullable(now), Optional.ofNullable(serverTime));
    }

    @Override
    public AccessEventReceipt upload(List<AccessEventUpload> events) {
        requireOnline();
        uploaded.addAll(events);
        return new AccessEventReceipt(events.size(), 0, 0);
    }

    @Override
    public void checkIn(String tagHash, long resourceId) {
        requireOnline();
        checkIns.add(tagHash + "@" + resourceId);
    }

    @Override
    public ChangeSubscription subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {}

    private void requireOnline() {
        if (!online) {
            throw new BackendOfflineException("the fake backend is offline", null);
        }
    }
}
