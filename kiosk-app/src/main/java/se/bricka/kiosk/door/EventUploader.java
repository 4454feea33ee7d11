package se.bricka.kiosk.door;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.Backoff;

/**
 * Empties the journal into the backend in batches. An event leaves the journal only after the backend
 * answered that it stored it (or already had it: ids are the device's own, so a retry after a lost
 * answer is stored once). While the backend is away the uploader backs off with jitter and tries again;
 * the journal keeps everything meanwhile. Check-ins go the same way, one by one; a check-in the backend
 * refuses (the slot is over, say) is final and leaves the journal too.
 */
public final class EventUploader implements AutoCloseable {

    /** Events per upload. */
    public static final int BATCH = 500;

    private static final Logger LOG = LoggerFactory.getLogger(EventUploader.class);
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    private final AccessJournal journal;
    private final DeviceLink link;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final Backoff backoff =
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), RandomGenerator.getDefault());
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** Empties {@code journal} into {@code link}; {@code clock} decides what is past 14 days. */
    public EventUploader(AccessJournal journal, DeviceLink link, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.link = Objects.requireNonNull(link, "link");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("event-upload").factory());
    }

    /** Uploads what the journal holds now, and checks again every few seconds. */
    public void start() {
        worker.scheduleWithFixedDelay(this::wake, 0, IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Something was journaled: upload soon. */
    public void wake() {
        schedule(Duration.ZERO);
    }

    private void schedule(Duration delay) {
        if (scheduled.compareAndSet(false, true)) {
            try {
                worker.schedule(this::drain, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        Duration retryIn = null;
        try {
            journal.purgeExpired(clock.instant());
            uploadCheckIns();
            while (journal.pendingCount() > 0) {
                uploadOneBatch();
            }
            backoff.reset();
        } catch (BackendOfflineException e) {
            retryIn = backoff.next();
            LOG.info(
                    "upload paused ({}), {} events wait; retrying in {} ms",
                    e.getMessage(),
                    journal.pendingCount(),
                    retryIn.toMillis());
        } catch (BackendRefusedException e) {
            // Not dropped: nothing leaves the journal unless the backend has it. Try again much later.
            retryIn = backoff.next();
            LOG.error(
                    "the backend refused an upload ({}); keeping the events, retrying in {} ms",
                    e.getMessage(),
                    retryIn.toMillis());
        } finally {
            scheduled.set(false);
        }
        if (retryIn != null) {
            schedule(retryIn);
        }
    }

    /**
     * One batch: on the receipt every event of it has been stored by the backend, or refused for good
     * (not this device's door or its buildings'), and leaves the journal.
     */
    void uploadOneBatch() {
        List<AccessEventUpload> batch = journal.pendingEvents(BATCH);
        if (batch.isEmpty()) {
            return;
        }
        AccessEventReceipt receipt = link.upload(batch);
        if (receipt.accounted() != batch.size()) {
            throw new BackendRefusedException(
                    BackendRefusedException.UNEXPECTED,
                    200,
                    "a receipt for " + batch.size() + " events accounts for " + receipt);
        }
        LOG.debug(
                "uploaded {} events: {} stored, {} already there, {} expired",
                batch.size(),
                receipt.stored(),
                receipt.duplicates(),
                receipt.expired());
        if (receipt.refused() > 0) {
            // Refused events are outside this device's doors: resending would only be refused again,
            // and the backend has counted them as this device's fault for staff to follow up.
            LOG.warn(
                    "the backend refused {} access events as outside this device's doors: {}",
                    receipt.refused(),
                    receipt.refusedEventIds());
        }
        journal.markDone(batch.stream().map(AccessEventUpload::eventId).toList());
    }

    private void uploadCheckIns() {
        for (JournalEntry.CheckIn checkIn : journal.pendingCheckIns()) {
            try {
                link.checkIn(checkIn.tagHash(), checkIn.resourceId());
            } catch (BackendRefusedException e) {
                LOG.info("check-in at {} refused by the backend: {}", checkIn.at(), e.getMessage());
            }
            journal.markDone(List.of(checkIn.id()));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
