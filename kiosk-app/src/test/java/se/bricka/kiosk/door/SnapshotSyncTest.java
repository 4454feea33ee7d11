package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.ChangeDelta;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;

class SnapshotSyncTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeLink link = new FakeLink();

    private SnapshotSync sync() {
        return new SnapshotSync(
                link, new SnapshotStore(dir.resolve("snapshot.json")), new ReferenceClock(CLOCK), CLOCK);
    }

    @Test
    void a_pushed_change_makes_the_device_download_and_apply_the_new_snapshot() {
        // given
        link.snapshot = () -> TestSnapshots.withBooking(3, DAY);
        try (SnapshotSync sync = sync()) {
            sync.start();
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 3);
            link.snapshot = () -> TestSnapshots.residentBlocked(4, DAY);

            // when
            link.listeners.getFirst().changed(new ChangeEvent(4, "tag-blocked", 0, null, null));

            // then
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 4);
            assertThat(sync.current()
                            .orElseThrow()
                            .snapshot()
                            .resident(TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT)))
                    .hasValueSatisfying(tag -> assertThat(tag.blocked()).isTrue());
        }
    }

    private static ChangeEvent residentBlockedChange(long version, String tagHash) {
        return new ChangeEvent(
                version,
                ChangeEvent.TAG_BLOCKED,
                0,
                null,
                null,
                ChangeDelta.ofResidents(List.of(
                        new DeviceSnapshot.TagView(tagHash, TestSnapshots.APARTMENT, TestSnapshots.BUILDING, true))));
    }

    private SnapshotSync startedAt(long version) {
        link.snapshot = () -> TestSnapshots.withBooking(version, DAY);
        SnapshotSync sync = sync();
        sync.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == version);
        return sync;
    }

    @Test
    void the_next_versions_delta_is_applied_and_saved_without_a_download() {
        // given
        try (SnapshotSync sync = startedAt(3)) {
            int fetches = link.fetches.get();

            // when
            link.listeners
                    .getFirst()
                    .changed(residentBlockedChange(4, TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT)));

            // then
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 4);
            assertThat(sync.current()
                            .orElseThrow()
                            .snapshot()
                            .resident(TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT)))
                    .hasValueSatisfying(tag -> assertThat(tag.blocked()).isTrue());
            assertThat(link.fetches.get()).isEqualTo(fetches);
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.savedVersion() == 4); // the save follows
            DeviceSnapshot saved =
                    new SnapshotStore(dir.resolve("snapshot.json")).load().orElseThrow();
            assertThat(saved.version()).isEqualTo(4);
            assertThat(saved.residents())
                    .contains(new DeviceSnapshot.TagView(
                            TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT),
                            TestSnapshots.APARTMENT,
                            TestSnapshots.BUILDING,
                            true));
        }
    }

    @Test
    void a_delta_decides_at_the_doors_before_it_is_saved_and_a_crash_then_restarts_whole_and_resyncs() {
        // given: a device at version 3 whose disk writes are held back, as if it died before one ran
        HeldWriter held = new HeldWriter();
        link.snapshot = () -> TestSnapshots.withBooking(3, DAY);
        SnapshotSync crashed = new SnapshotSync(
                link, new SnapshotStore(dir.resolve("snapshot.json")), new ReferenceClock(CLOCK), CLOCK, held);
        crashed.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> crashed.version() == 3);
        held.runAll(); // version 3 reaches the disk
        String resident = TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT);

        // when the block arrives, and the device dies before its save runs
        crashed.changed(residentBlockedChange(4, resident));
        await().atMost(Duration.ofSeconds(2)).until(() -> crashed.version() == 4);
        assertThat(blocked(crashed, resident)).isTrue(); // the doors refuse the tag already
        assertThat(crashed.savedVersion()).isEqualTo(3);
        held.drop(); // kill -9: the pending save never happens
        link.listeners.clear();

        // then the restarted device begins from the whole older snapshot on disk ...
        link.snapshot = () -> TestSnapshots.residentBlocked(4, DAY);
        try (SnapshotSync restarted = sync()) {
            assertThat(restarted.version()).isEqualTo(3);
            assertThat(blocked(restarted, resident)).isFalse();

            // ... and its first download brings it to the version it had reached
            restarted.start();
            await().atMost(Duration.ofSeconds(2)).until(() -> restarted.version() == 4);
            assertThat(blocked(restarted, resident)).isTrue();
            await().atMost(Duration.ofSeconds(2)).until(() -> restarted.savedVersion() == 4);
        } finally {
            crashed.close();
        }
    }

    @Test
    void a_burst_of_changes_is_saved_once_and_only_forwards() {
        // given a device at version 3 whose writer has not run yet
        HeldWriter held = new HeldWriter();
        link.snapshot = () -> TestSnapshots.withBooking(3, DAY);
        try (SnapshotSync sync = new SnapshotSync(
                link, new SnapshotStore(dir.resolve("snapshot.json")), new ReferenceClock(CLOCK), CLOCK, held)) {
            sync.start();
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 3);
            String resident = TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT);

            // when three changes apply before any save runs
            sync.changed(residentBlockedChange(4, resident));
            sync.changed(new ChangeEvent(
                    5,
                    ChangeEvent.TAG_UNBLOCKED,
                    0,
                    null,
                    null,
                    ChangeDelta.ofResidents(List.of(new DeviceSnapshot.TagView(
                            resident, TestSnapshots.APARTMENT, TestSnapshots.BUILDING, false)))));
            sync.changed(residentBlockedChange(6, resident));
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 6);
            int saves = held.runAll();

            // then one save wrote the newest
            assertThat(saves).isEqualTo(1);
            assertThat(sync.savedVersion()).isEqualTo(6);
            assertThat(new SnapshotStore(dir.resolve("snapshot.json"))
                            .load()
                            .orElseThrow()
                            .version())
                    .isEqualTo(6);
        }
    }

    private static boolean blocked(SnapshotSync sync, String tagHash) {
        return sync.current()
                .orElseThrow()
                .snapshot()
                .resident(tagHash)
                .orElseThrow()
                .blocked();
    }

    private static DeviceSnapshot coveringFrom(DeviceSnapshot snapshot, LocalDate from) {
        return new DeviceSnapshot(
                snapshot.version(),
                snapshot.zone(),
                snapshot.earlyEntryMinutes(),
                snapshot.graceMinutes(),
                snapshot.doors(),
                snapshot.residents(),
                snapshot.staff(),
                snapshot.bookings(),
                from,
                from.plusDays(15));
    }

    @Test
    void a_snapshot_built_on_an_earlier_day_is_downloaded_whole_though_its_version_is_current() {
        // given a device holding version 3 as built three days ago, and the backend at version 3 today
        new SnapshotStore(dir.resolve("snapshot.json"))
                .save(coveringFrom(TestSnapshots.withBooking(3, DAY), DAY.minusDays(4)));
        link.snapshot = () -> coveringFrom(TestSnapshots.withBooking(3, DAY), DAY.minusDays(1));

        try (SnapshotSync sync = sync()) {
            // when
            sync.start();

            // then it asked without naming its version, and now holds today's days
            await().atMost(Duration.ofSeconds(2)).until(() -> DAY.minusDays(1).equals(savedFrom()));
            assertThat(link.lastKnownVersion).isEqualTo(-1);
            assertThat(sync.version()).isEqualTo(3);

            // and a refresh with today's days names its version again
            sync.requestRefresh();
            await().atMost(Duration.ofSeconds(2)).until(() -> link.lastKnownVersion == 3);
        }
    }

    private LocalDate savedFrom() {
        return new SnapshotStore(dir.resolve("snapshot.json"))
                .load()
                .map(DeviceSnapshot::bookingsFrom)
                .orElse(null);
    }

    @Test
    void a_gap_in_versions_makes_the_device_download() {
        // given
        try (SnapshotSync sync = startedAt(3)) {
            link.snapshot = () -> TestSnapshots.residentBlocked(5, DAY);

            // when version 4 was missed
            link.listeners
                    .getFirst()
                    .changed(residentBlockedChange(5, TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT)));

            // then
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 5);
            assertThat(sync.current()
                            .orElseThrow()
                            .snapshot()
                            .resident(TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT)))
                    .hasValueSatisfying(tag -> assertThat(tag.blocked()).isTrue());
        }
    }

    @Test
    void another_propertys_change_moves_the_version_on_without_a_download() {
        // given
        try (SnapshotSync sync = startedAt(3)) {
            int fetches = link.fetches.get();
            int residents = sync.current().orElseThrow().snapshot().residentCount();

            // when
            link.listeners.getFirst().changed(new ChangeEvent(4, ChangeEvent.ELSEWHERE, 0, null, null, null));

            // then
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 4);
            assertThat(sync.current().orElseThrow().snapshot().residentCount()).isEqualTo(residents);
            assertThat(link.fetches.get()).isEqualTo(fetches);
        }
    }

    @Test
    void resync_makes_the_device_download_its_snapshot() {
        // given a device at version 3 and a backend at version 9
        try (SnapshotSync sync = startedAt(3)) {
            int fetches = link.fetches.get();
            link.snapshot = () -> TestSnapshots.residentBlocked(9, DAY);

            // when the stream cannot replay 4 to 9 and says so
            link.listeners.getFirst().changed(new ChangeEvent(9, ChangeEvent.RESYNC, 0, null, null, null));

            // then
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 9);
            assertThat(link.fetches.get()).isGreaterThan(fetches);
            assertThat(sync.current()
                            .orElseThrow()
                            .snapshot()
                            .resident(TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT)))
                    .hasValueSatisfying(tag -> assertThat(tag.blocked()).isTrue());
        }
    }

    @Test
    void a_delta_that_does_not_check_out_changes_nothing_and_leads_to_a_download() {
        // given a backend that is away, so only the delta could change anything
        try (SnapshotSync sync = startedAt(3)) {
            link.online = false;
            int fetches = link.fetches.get();

            // when
            link.listeners.getFirst().changed(residentBlockedChange(4, "not-a-hash"));

            // then
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 3);
            assertThat(sync.current().orElseThrow().snapshot().residentCount()).isEqualTo(2);
            assertThat(new SnapshotStore(dir.resolve("snapshot.json"))
                            .load()
                            .orElseThrow()
                            .version())
                    .isEqualTo(3);
            assertThat(link.fetches.get()).isGreaterThan(fetches); // it tried to download instead
        }
    }

    @Test
    void a_garbled_snapshot_is_refused_and_the_held_one_kept() {
        // given
        try (SnapshotSync sync = sync()) {
            sync.apply(TestSnapshots.withBooking(3, DAY));
            DeviceSnapshot good = TestSnapshots.withBooking(4, DAY);
            DeviceSnapshot badHash = new DeviceSnapshot(
                    4,
                    good.zone(),
                    0,
                    30,
                    good.doors(),
                    List.of(new DeviceSnapshot.TagView("not-a-hash", 1, 1, false)),
                    List.of(),
                    good.bookings());
            DeviceSnapshot truncated = new DeviceSnapshot(5, good.zone(), 0, 30, good.doors(), null, null, null);

            // when
            link.snapshot = () -> badHash;
            sync.requestRefresh();
            link.snapshot = () -> truncated;
            sync.requestRefresh();

            // then
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 3);
            assertThat(new SnapshotStore(dir.resolve("snapshot.json"))
                            .load()
                            .orElseThrow()
                            .version())
                    .isEqualTo(3);
        }
    }

    @Test
    void a_restarted_device_without_network_decides_from_the_saved_snapshot() {
        // given
        try (SnapshotSync first = sync()) {
            first.apply(TestSnapshots.withBooking(7, DAY));
        }
        link.online = false;

        // when
        try (SnapshotSync restarted = sync()) {
            restarted.start();

            // then
            assertThat(restarted.version()).isEqualTo(7);
        }
    }

    @Test
    void a_damaged_saved_snapshot_is_ignored_rather_than_trusted() throws Exception {
        // given
        Files.writeString(dir.resolve("snapshot.json"), "{\"version\":9,\"zone\":\"Europe/Sto");

        // when
        try (SnapshotSync sync = sync()) {
            // then
            assertThat(sync.current()).isEmpty();
        }
    }

    @Test
    void an_older_snapshot_never_replaces_a_newer_one() {
        // given
        try (SnapshotSync sync = sync()) {
            sync.apply(TestSnapshots.withBooking(5, DAY));

            // when
            sync.apply(TestSnapshots.residentBlocked(4, DAY));

            // then
            assertThat(sync.version()).isEqualTo(5);
        }
    }

    @Test
    void the_device_takes_the_backends_clock_as_reference() {
        // given
        link.snapshot = () -> TestSnapshots.withBooking(1, DAY);
        link.serverTime = CLOCK.instant().plusSeconds(90);
        ReferenceClock reference = new ReferenceClock(CLOCK);
        try (SnapshotSync sync = new SnapshotSync(link, new SnapshotStore(dir.resolve("s.json")), reference, CLOCK)) {
            // when
            sync.start();

            // then
            await().atMost(Duration.ofSeconds(2)).until(() -> sync.version() == 1);
            assertThat(reference.drift()).isEqualTo(Duration.ofSeconds(90));
            assertThat(reference.instant()).isEqualTo(CLOCK.instant().plusSeconds(90));
        }
    }

    /** A writer that runs the saves handed to it only when told: a crash is never telling it. */
    private static final class HeldWriter extends AbstractExecutorService {
        private final List<Runnable> pending = new ArrayList<>();
        private boolean shut;

        synchronized int runAll() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
            return now.size();
        }

        synchronized void drop() {
            pending.clear();
            shut = true;
        }

        @Override
        public synchronized void execute(Runnable task) {
            if (!shut) {
                pending.add(task);
            }
        }

        @Override
        public synchronized void shutdown() {
            shut = true;
        }

        @Override
        public synchronized List<Runnable> shutdownNow() {
            shut = true;
            List<Runnable> left = new ArrayList<>(pending);
            pending.clear();
            return left;
        }

        @Override
        public synchronized boolean isShutdown() {
            return shut;
        }

        @Override
        public synchronized boolean isTerminated() {
            return shut;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
