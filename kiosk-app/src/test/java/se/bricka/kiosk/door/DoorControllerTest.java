package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.access.AccessDecision;
import se.bricka.core.access.AccessReason;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.core.wire.DeviceSnapshotCodec;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.Indicator;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ExecutorScheduler;

class DoorControllerTest {

    /** 2026-11-25 10:30 in Stockholm: inside the 10–13 booking of {@link TestSnapshots}. */
    private static final Instant IN_SLOT = Instant.parse("2026-11-25T09:30:00Z");

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private final ExecutorScheduler thread = new ExecutorScheduler("door-test", Clock.systemUTC());
    private final SimulatedDoorLock lock = new SimulatedDoorLock("door", DoorLock.DEFAULT_RELEASE, thread);
    private final SimulatedIndicator indicator = new SimulatedIndicator(thread);
    private final AtomicInteger wakes = new AtomicInteger();
    private AccessJournal journal;

    @AfterEach
    void close() {
        journal.close();
        lock.close();
        indicator.close();
        thread.close();
    }

    private DoorController door(String doorId, Optional<DeviceSnapshotCodec.Decoded> snapshot, Instant now) {
        journal = AccessJournal.open(dir.resolve("journal.log"));
        return new DoorController(
                doorId,
                TestSnapshots.HASHER,
                () -> snapshot,
                journal,
                lock,
                indicator,
                Clock.fixed(now, ZoneOffset.UTC),
                wakes::incrementAndGet);
    }

    private static Optional<DeviceSnapshotCodec.Decoded> snapshot() {
        return Optional.of(DeviceSnapshotCodec.decode(TestSnapshots.withBooking(1, DAY)));
    }

    private static TagRead tap(TagUid uid) {
        return new TagRead(uid, "reader", IN_SLOT);
    }

    @Test
    void the_booker_opens_the_laundry_door_and_checks_in_with_no_network_call() {
        // given
        DoorController door = door(DemoDoors.LAUNDRY_ROOM, snapshot(), IN_SLOT);

        // when
        AccessDecision decision = door.tagRead(tap(TestSnapshots.RESIDENT));

        // then
        assertThat(decision.reason()).isEqualTo(AccessReason.BOOKING);
        assertThat(lock.state()).isEqualTo(DoorLock.State.UNLOCKED);
        assertThat(journal.pendingEvents(10)).singleElement().satisfies(event -> {
            assertThat(event.doorId()).isEqualTo(DemoDoors.LAUNDRY_ROOM);
            assertThat(event.apartmentId()).isEqualTo(TestSnapshots.APARTMENT);
            assertThat(event.reason()).isEqualTo("booking");
            assertThat(event.occurredAt()).isEqualTo(IN_SLOT);
        });
        assertThat(journal.pendingCheckIns())
                .singleElement()
                .satisfies(c -> assertThat(c.resourceId()).isEqualTo(TestSnapshots.LAUNDRY));
        assertThat(wakes).hasValue(1);
    }

    @Test
    void a_blocked_tag_is_refused_and_journaled_without_unlocking() {
        // given
        DoorController door = door(DemoDoors.ENTRANCE, snapshot(), IN_SLOT);

        // when
        AccessDecision decision = door.tagRead(tap(TestSnapshots.BLOCKED));

        // then
        assertThat(decision.reason()).isEqualTo(AccessReason.TAG_BLOCKED);
        assertThat(lock.state()).isEqualTo(DoorLock.State.LOCKED);
        assertThat(indicator.signal()).isEqualTo(Indicator.Signal.REFUSED);
        assertThat(journal.pendingEvents(10))
                .extracting(AccessEventUpload::reason)
                .containsExactly("tag-blocked");
        assertThat(journal.pendingCheckIns()).isEmpty();
    }

    @Test
    void without_any_snapshot_every_tag_is_refused() {
        // given
        DoorController door = door(DemoDoors.ENTRANCE, Optional.empty(), IN_SLOT);

        // when
        AccessDecision decision = door.tagRead(tap(TestSnapshots.RESIDENT));

        // then
        assertThat(decision.granted()).isFalse();
        assertThat(lock.state()).isEqualTo(DoorLock.State.LOCKED);
    }

    @Test
    void a_forced_door_is_journaled_with_its_reason_and_no_apartment() {
        // given
        DoorController door = door(DemoDoors.ENTRANCE, snapshot(), IN_SLOT);

        // when
        door.doorEvent(new DoorEvent(DemoDoors.ENTRANCE, DoorEvent.Kind.FORCED, IN_SLOT));
        door.doorEvent(new DoorEvent(DemoDoors.ENTRANCE, DoorEvent.Kind.CLOSED, IN_SLOT.plusSeconds(5)));

        // then
        assertThat(journal.pendingEvents(10)).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo(DoorController.DOOR_FORCED);
            assertThat(event.apartmentId()).isNull();
        });
    }

    @Test
    void a_local_decision_takes_well_under_five_milliseconds() {
        // given
        DoorController door = door(DemoDoors.ENTRANCE, snapshot(), IN_SLOT);
        door.tagRead(tap(TestSnapshots.RESIDENT)); // warm up

        // when
        long started = System.nanoTime();
        door.tagRead(tap(TestSnapshots.RESIDENT));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then: including the journal's fsync
        assertThat(took).isLessThan(Duration.ofMillis(200));
    }
}
