package se.bricka.kiosk.door;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.core.wire.DeviceSnapshotCodec;
import se.bricka.core.wire.SnapshotDeltas;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;

/**
 * Keeps the device's snapshot current. A pushed change carries what it changed (a tag as it now is, a
 * grant, a booking); when its version is the next one after the held snapshot the device applies it
 * in memory with {@link SnapshotDeltas}, with no network call. A gap in versions, a reconnect, a change
 * without its delta or of a kind the device does not know make it download its whole snapshot again
 * (the backend serves the same cached bytes to every device with the same doors, and answers 304 when
 * nothing changed). Downloads are coalesced: a burst of changes during one download leads to one
 * more, not to many. Pushes and downloads are handled one at a time on one worker thread.
 *
 * <p>A snapshot, downloaded or made by a delta, is checked whole before it replaces anything, and
 * saved to disk so that a device restarted without network still decides from its last snapshot.
 * Garbled pushes or downloads are logged and change nothing.
 */
public final class SnapshotSync implements ChangeListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSync.class);
    /** Also refresh now and then, so the booking window moves on with the days. */
    private static final Duration PERIODIC = Duration.ofMinutes(10);

    private final DeviceLink link;
    private final SnapshotStore store;
    private final ReferenceClock clock;
    private final Clock localClock;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean downloading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile DeviceSnapshotCodec.Decoded current;
    /** The wire form of {@link #current}, which deltas apply to. */
    private volatile DeviceSnapshot held;

    private volatile LongConsumer onSynced = version -> {};
    private ChangeSubscription subscription;

    /** Starts from the snapshot saved in {@code store}, if any. */
    public SnapshotSync(DeviceLink link, SnapshotStore store, ReferenceClock clock, Clock localClock) {
        this.link = Objects.requireNonNull(link, "link");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localClock = Objects.requireNonNull(localClock, "localClock");
        this.worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("snapshot-sync").factory());
        store.load().ifPresent(saved -> {
            current = DeviceSnapshotCodec.decode(saved);
            held = saved;
            LOG.info("decisions start from the saved snapshot, version {}", saved.version());
        });
    }

    /** Subscribes to pushed changes and downloads the snapshot now and every ten minutes. */
    public void start() {
        subscription = link.subscribe(this);
        worker.scheduleWithFixedDelay(this::requestRefresh, 0, PERIODIC.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Calls {@code listener} after each successful download (a new snapshot applied, or the backend
     * confirming the held one is current) with the version now held; for the load harness.
     */
    public void onSynced(LongConsumer listener) {
        this.onSynced = Objects.requireNonNull(listener, "listener");
    }

    /** The snapshot decisions use now; empty before the first download on a device that never had one. */
    public Optional<DeviceSnapshotCodec.Decoded> current() {
        return Optional.ofNullable(current);
    }

    /** The version of the current snapshot, or -1. */
    public long version() {
        DeviceSnapshotCodec.Decoded snapshot = current;
        return snapshot == null ? -1 : snapshot.version();
    }

    @Override
    public void changed(ChangeEvent event) {
        if (event == null || event.version() <= version()) {
            return; // already in the snapshot held (or a replay of it)
        }
        try {
            worker.execute(() -> applyOrDownload(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("closed; ignoring change {}", event.version());
        }
    }

    /** Applies the next version's delta to the held snapshot; anything else means a download. */
    private void applyOrDownload(ChangeEvent event) {
        if (event.version() <= version()) {
            return; // a download meanwhile already holds it
        }
        Optional<DeviceSnapshot> next = held == null ? Optional.empty() : SnapshotDeltas.apply(held, event);
        if (next.isEmpty()) {
            requestRefresh();
            return;
        }
        try {
            replace(next.get(), DeviceSnapshotCodec.decode(next.get()));
            onSynced.accept(version());
        } catch (IllegalArgumentException e) {
            LOG.warn("change {} does not apply cleanly ({}); downloading instead", event.version(), e.getMessage());
            requestRefresh();
        } catch (RuntimeException e) {
            LOG.warn("could not apply change {}; downloading instead", event.version(), e);
            requestRefresh();
        }
    }

    @Override
    public void connection(boolean online) {
        if (online) {
            requestRefresh(); // whatever was missed while away is in the fresh snapshot
        }
    }

    /** Downloads the snapshot soon; while a download runs, one more follows it. */
    public void requestRefresh() {
        again.set(true);
        if (downloading.compareAndSet(false, true)) {
            try {
                worker.execute(this::downloadWhileAsked);
            } catch (RejectedExecutionException e) {
                downloading.set(false);
            }
        }
    }

    private void downloadWhileAsked() {
        try {
            while (again.getAndSet(false)) {
                download();
            }
        } finally {
            downloading.set(false);
        }
        if (again.get()) {
            requestRefresh();
        }
    }

    private void download() {
        try {
            Instant sent = localClock.instant();
            DeviceLink.Fetched fetched = link.fetchSnapshot(version());
            Instant received = localClock.instant();
            fetched.serverTime().ifPresent(server -> clock.adjust(server, sent, received));
            fetched.snapshot().ifPresent(this::apply);
            onSynced.accept(version());
        } catch (BackendException e) {
            LOG.info("snapshot download failed ({}); deciding from version {}", e.getMessage(), version());
        } catch (IllegalArgumentException e) {
            LOG.warn("refused a bad snapshot, keeping version {}: {}", version(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("snapshot download failed, keeping version {}", version(), e);
        }
    }

    /** Checks {@code snapshot} whole, then makes it current and saves it; a bad one changes nothing. */
    void apply(DeviceSnapshot snapshot) {
        DeviceSnapshotCodec.Decoded decoded = DeviceSnapshotCodec.decode(snapshot);
        if (decoded.version() < version()) {
            LOG.info("ignored snapshot version {}, older than the held {}", decoded.version(), version());
            return;
        }
        replace(snapshot, decoded);
        // A change announced meanwhile and not in it waits on the worker: it applies or asks again.
    }

    /** Makes a checked snapshot current, then saves it for an offline restart. */
    private void replace(DeviceSnapshot snapshot, DeviceSnapshotCodec.Decoded decoded) {
        current = decoded;
        held = snapshot;
        store.save(snapshot);
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdownNow();
    }
}
