package se.bricka.backend.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.booking.ReleaseRepository.Unchecked;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.ResourceRepository;
import se.bricka.core.booking.ReleasePolicy;
import se.bricka.core.wire.ChangeEvent;

/**
 * Releases bookings nobody used: when a household has not checked in within its group's window
 * after the start, the booking is marked released (kept, not deleted) and the rest of the slot goes
 * back to everyone. Runs on a schedule; {@link #releaseDue()} runs it once, as tests do.
 */
public final class ReleaseJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseJob.class);

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final Clock clock;
    private final ResourceRepository resources = new ResourceRepository();
    private final ReleaseRepository releases = new ReleaseRepository();
    private final ChangeLog changeLog = new ChangeLog();
    private ScheduledExecutorService scheduler;

    public ReleaseJob(Transactor transactor, ChangePublisher publisher, Clock clock) {
        this.transactor = transactor;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Runs {@link #releaseDue()} every {@code period} until {@link #close()}. */
    public synchronized void startEvery(Duration period) {
        if (scheduler != null) {
            throw new IllegalStateException("the release job is already scheduled");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bricka-release-job");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runLogged, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Releases every booking due for release at the clock's now, each in its own transaction, and
     * publishes each release after its commit.
     *
     * @return how many bookings were released
     */
    public int releaseDue() {
        Instant now = clock.instant();
        int released = 0;
        for (Resource resource : transactor.inTransaction(resources::listAll)) {
            if (resource.release().isEmpty()) {
                continue;
            }
            for (Unchecked booking : due(resource, resource.release().get(), now)) {
                Optional<ChangeEvent> event = transactor.inTransaction(connection -> releases.release(
                                connection, booking.bookingId(), now)
                        ? Optional.of(changeLog.append(connection, ChangeEvent.BOOKING_RELEASED, booking.slot(), now))
                        : Optional.empty());
                if (event.isPresent()) {
                    publisher.publish(event.get());
                    released++;
                }
            }
        }
        return released;
    }

    private List<Unchecked> due(Resource resource, ReleasePolicy policy, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, resource.zone());
        List<Unchecked> due = new ArrayList<>();
        for (Unchecked booking : transactor.inTransaction(
                connection -> releases.unchecked(connection, resource.id(), today.minusDays(1), today))) {
            if (policy.releases(booking.slot(), booking.bookedAt(), false, now, resource.zone())) {
                due.add(booking);
            }
        }
        return due;
    }

    private void runLogged() {
        try {
            int released = releaseDue();
            if (released > 0) {
                LOG.info("released {} unused bookings", released);
            }
        } catch (RuntimeException e) {
            LOG.error("release job failed; it runs again at the next period", e);
        }
    }

    /** Stops the schedule; a run in progress finishes. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }
}
