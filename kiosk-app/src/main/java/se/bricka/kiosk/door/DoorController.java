package se.bricka.kiosk.door;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.access.AccessDecision;
import se.bricka.core.access.AccessReason;
import se.bricka.core.access.Door;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.core.wire.DeviceSnapshotCodec;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.Indicator;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;

/**
 * One door: a tap is hashed, looked up in the current snapshot and decided by {@code AccessPolicy},
 * the lock and the indicator answer, and only then is the event journaled — no network call anywhere
 * on that path. A granted opening by the booker inside the slot is also journaled as a check-in.
 * Forced and held-open doors and reader faults are journaled the same way.
 */
public final class DoorController {

    /** Reason codes of events that are not a tap's decision. */
    public static final String DOOR_FORCED = AccessReason.DOOR_FORCED.code();

    public static final String DOOR_HELD_OPEN = AccessReason.DOOR_HELD_OPEN.code();
    public static final String READER_FAULT = AccessReason.READER_FAULT.code();

    private static final Logger LOG = LoggerFactory.getLogger(DoorController.class);

    private final String doorId;
    private final TagHasher hasher;
    private final Supplier<Optional<DeviceSnapshotCodec.Decoded>> snapshots;
    private final AccessJournal journal;
    private final DoorLock lock;
    private final Indicator indicator;
    private final Clock clock;
    private final Runnable journaled;

    /**
     * @param snapshots the snapshot to decide by at each tap
     * @param clock the reference clock: decisions and events take the backend's time
     * @param journaled told after each journal write, so the uploader can start at once
     */
    public DoorController(
            String doorId,
            TagHasher hasher,
            Supplier<Optional<DeviceSnapshotCodec.Decoded>> snapshots,
            AccessJournal journal,
            DoorLock lock,
            Indicator indicator,
            Clock clock,
            Runnable journaled) {
        this.doorId = Objects.requireNonNull(doorId, "doorId");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.journaled = Objects.requireNonNull(journaled, "journaled");
    }

    /** Decides one tap and acts on it; returns the decision. */
    public AccessDecision tagRead(TagRead read) {
        Instant at = clock.instant();
        String tagHash = hasher.hash(read.uid());
        AccessDecision decision = decide(tagHash, at);
        if (decision.granted()) {
            lock.unlock();
            indicator.granted();
        } else {
            indicator.refused();
        }
        journal.append(
                event(at, decision.apartmentId().orElse(null), decision.reason().code()));
        decision.checkIn()
                .ifPresent(booked -> journal.appendCheckIn(new JournalEntry.CheckIn(
                        UUID.randomUUID().toString(), tagHash, booked.slot().resourceId(), at)));
        journaled.run();
        return decision;
    }

    /** Journals a forced or held-open door; other door events are not access events. */
    public void doorEvent(DoorEvent event) {
        String reason = switch (event.kind()) {
            case FORCED -> DOOR_FORCED;
            case HELD_OPEN -> DOOR_HELD_OPEN;
            default -> null;
        };
        if (reason != null) {
            indicator.fault();
            journal.append(event(clock.instant(), null, reason));
            journaled.run();
        }
    }

    /** Journals a reader that stopped answering. */
    public void readerFault(ReaderHealth health) {
        LOG.warn("reader at door {} is not healthy: {}", doorId, health.detail());
        indicator.fault();
        journal.append(event(clock.instant(), null, READER_FAULT));
        journaled.run();
    }

    private AccessDecision decide(String tagHash, Instant at) {
        Optional<DeviceSnapshotCodec.Decoded> snapshot = snapshots.get();
        Door door = snapshot.map(s -> s.doors().get(doorId)).orElse(null);
        if (door == null) {
            // Without a snapshot holding this door nothing is known, and what is not known is refused.
            LOG.warn(
                    "door {} is not in the snapshot held (version {}); refusing",
                    doorId,
                    snapshot.map(DeviceSnapshotCodec.Decoded::version).orElse(-1L));
            return new AccessDecision(AccessReason.UNKNOWN_TAG, Optional.empty(), Optional.empty());
        }
        return snapshot.get().policy().decide(door, tagHash, at, snapshot.get().snapshot());
    }

    /**
     * Times are kept to the millisecond: the event id and instant together identify an event at the
     * backend, and a finer instant than the database stores would make a retry look like a new event.
     */
    private AccessEventUpload event(Instant at, Long apartmentId, String reason) {
        return new AccessEventUpload(
                UUID.randomUUID().toString(), doorId, at.truncatedTo(ChronoUnit.MILLIS), apartmentId, reason);
    }
}
