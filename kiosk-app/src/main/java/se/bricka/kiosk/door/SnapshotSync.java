package se.bricka.kiosk.door;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.core.wire.DeviceSnapshotCodec;
import se.bricka.core.wire.HeldSnapshot;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;

/**
 * Keeps the device's snapshot current. A pushed change carries what it changed (a tag as it now is, a
 * grant, a booking); when its version is the next one after the held snapshot the device applies it
 * in memory with {@link se.bricka.core.wire.SnapshotDeltas}, with no network call ({@code elsewhere}, another
 * property's change, only moves the version on). A gap in versions, a reconnect, {@code resync}, a change
 * without its delta or of a kind the device does not know make it download its whole snapshot again
 * (the backend serves the same cached bytes to every device with the same doors, and answers 304 when
 * nothing changed). Downloads are coalesced: a burst of changes during one download leads to one
 * more, not to many. Pushes and downloads are handled one at a time on one worker thread.
 *
 * <p>A downloaded snapshot is checked whole before it replaces anything; a delta is checked in what it
 * touches ({@link HeldSnapshot}). Either becomes current for the doors at once and is then saved to
 * disk by a writer of its own, so that a device restarted without network still decides from its last
 * snapshot. Decisions never wait for the disk. The saved snapshot may lag the current one by the
 * changes of the last moments, never more: after a crash (kill -9, power cut) the device restarts
 * from a whole, checked snapshot of that slightly older version, which is only a cache, and its first
 * download (the If-None-Match of the saved version) brings it up to date. Saves only move forwards:
 * the writer always writes the newest snapshot it has been handed, one save at a time. Garbled pushes
 * or downloads are logged and change nothing.
 */
public final class SnapshotSync implements ChangeListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSync.class);
    /** Also refresh now and then, so the booking window moves on with the days. */
    private static final Duration PERIODIC = Duration.ofMinutes(10);

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final DeviceLink link;
    private final SnapshotStore store;
    private final ReferenceClock clock;
    private final Clock localClock;
    private final ScheduledExecutorService worker;
    private final ExecutorService writer;
    private final AtomicBoolean downloading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile HeldSnapshot held;
    /** The newest snapshot not yet handed to the disk; the writer takes it, so a burst makes one save. */
    private final AtomicReference<DeviceSnapshot> unsaved = new AtomicReference<>();

    private volatile long savedVersion = -1;

    private volatile LongConsumer onSynced = version -> {};
    private ChangeSubscription subscription;

    /** Starts from the snapshot saved in {@code store}, if any. */
    public SnapshotSync(DeviceLink link, SnapshotStore store, ReferenceClock clock, Clock localClock) {
        this(
                link,
                store,
                clock,
                localClock,
                Executors.newSingleThreadExecutor(
                        Thread.ofVirtual().name("snapshot-save").factory()));
    }

    /** @param writer runs the saves, one at a time; tests hold it back to stand for a crash before a save */
    SnapshotSync(DeviceLink link, SnapshotStore store, ReferenceClock clock, Clock localClock, ExecutorService writer) {
        this.link = Objects.requireNonNull(link, "link");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localClock = Objects.requireNonNull(localClock, "localClock");
        this.worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("snapshot-sync").factory());
        this.writer = Objects.requireNonNull(writer, "writer");
        store.load().ifPresent(saved -> {
            held = HeldSnapshot.of(saved);
            savedVersion = saved.version();
            LOG.info("decisions start from the saved snapshot, version {}", saved.version());
        });
    }

    /** Subscribes to pushed changes and downloads the snapshot now and every ten minutes. */
    public void start() {
        subscription = link.subscribe(this);
        worker.scheduleWithFixedDelay(this::requestRefresh, 0, PERIODIC.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Calls {@code listener} with the version now held each time the doors decide by a newer snapshot
     * (a delta applied, a download applied) and after each download that confirms the held one; for
     * the load harness. It is called before the snapshot is saved.
     */
    public void onSynced(LongConsumer listener) {
        this.onSynced = Objects.requireNonNull(listener, "listener");
    }

    /** The snapshot decisions use now; empty before the first download on a device that never had one. */
    public Optional<DeviceSnapshotCodec.Decoded> current() {
        HeldSnapshot snapshot = held;
        return snapshot == null ? Optional.empty() : Optional.of(snapshot.decoded());
    }

    /** The version of the current snapshot, or -1. */
    public long version() {
        HeldSnapshot snapshot = held;
        return snapshot == null ? -1 : snapshot.version();
    }

    /** The version of the snapshot last saved to disk (what a restart would begin from), or -1. */
    public long savedVersion() {
        return savedVersion;
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
        try {
            Optional<HeldSnapshot> next = held == null ? Optional.empty() : held.next(event);
            if (next.isEmpty()) {
                requestRefresh();
                return;
            }
            replace(next.get());
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
            DeviceLink.Fetched fetched = link.fetchSnapshot(daysOutdated() ? -1 : version());
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

    /**
     * Whether the held snapshot was built on an earlier day than today: its bookings then stop short of
     * today's horizon and pushed bookings past its last day are not taken in, while the backend would
     * answer "still version N" to a plain refresh. Such a refresh asks for the whole snapshot instead.
     */
    private boolean daysOutdated() {
        HeldSnapshot snapshot = held;
        if (snapshot == null || snapshot.wire().bookingsFrom() == null) {
            return false;
        }
        LocalDate today =
                LocalDate.ofInstant(clock.instant(), ZoneId.of(snapshot.wire().zone()));
        return snapshot.wire().bookingsFrom().isBefore(today.minusDays(1));
    }

    /** Checks {@code snapshot} whole, then makes it current and saves it; a bad one changes nothing. */
    void apply(DeviceSnapshot snapshot) {
        HeldSnapshot checked = HeldSnapshot.of(snapshot);
        if (checked.version() < version()) {
            LOG.info("ignored snapshot version {}, older than the held {}", checked.version(), version());
            return;
        }
        replace(checked);
        // A change announced meanwhile and not in it waits on the worker: it applies or asks again.
    }

    /** Makes a checked snapshot current for the doors, then hands it to the writer. */
    private void replace(HeldSnapshot next) {
        held = next;
        if (unsaved.getAndSet(next.wire()) == null) {
            try {
                writer.execute(this::saveNewest);
            } catch (RejectedExecutionException e) {
                LOG.debug("closed; snapshot {} stays unsaved", next.version());
            }
        }
    }

    /** Saves the newest snapshot handed over; a save that fails leaves the previous file whole. */
    private void saveNewest() {
        DeviceSnapshot newest = unsaved.getAndSet(null);
        if (newest == null) {
            return;
        }
        try {
            store.save(newest);
            savedVersion = newest.version();
        } catch (RuntimeException e) {
            LOG.warn("could not save snapshot {}; the disk keeps version {}", newest.version(), savedVersion, e);
        }
    }

    /** Stops listening and downloading; a snapshot not yet saved is saved before this returns. */
    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            writer.shutdown(); // not shutdownNow: an interrupted write would leave the save undone
            if (!writer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the snapshot save did not finish within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
