package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.access.AccessReason;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.BookingRequest;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.kiosk.backend.HttpBoardBackend;

/** A door controller on the real backend over HTTP: blocks, bookings, a backend that goes away. */
class DoorAccessEndToEndTest {

    private static final ZoneId STOCKHOLM = ZoneId.of(DemoEstate.ZONE);
    /** Wednesday 25 November 2026, 09:00 in Stockholm. */
    private static final ZonedDateTime WEDNESDAY_9 = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, STOCKHOLM);

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final TagUid RESIDENT_1102 = new TagUid("11020001");
    private static final TagUid RESIDENT_1203 = new TagUid("12030001");

    @TempDir
    Path dir;

    private final ExecutorScheduler hardwareThread = new ExecutorScheduler("e2e-doors", Clock.systemUTC());
    private String dbUrl;
    private Backend backend;
    private DoorStation station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
        if (backend != null) {
            backend.close();
        }
        hardwareThread.close();
    }

    private void startBackend(Clock clock, int port) {
        dbUrl = "jdbc:h2:file:" + dir.resolve("db/bricka").toAbsolutePath();
        backend = Backend.start(
                BackendConfig.forTests(clock).withDatabase(dbUrl, "", "").withPort(port));
    }

    private DoorStation startStation(Clock clock) {
        station = DoorStation.start(
                HttpDeviceLink.create(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token()),
                dir.resolve("device"),
                clock);
        await().atMost(Duration.ofSeconds(10)).until(() -> station.sync().version() >= 0);
        return station;
    }

    private DoorController door(String doorId) {
        return station.door(
                doorId,
                new SimulatedDoorLock(doorId, DoorLock.DEFAULT_RELEASE, hardwareThread),
                new SimulatedIndicator(hardwareThread));
    }

    private static AccessReason tap(DoorController door, TagUid uid) {
        return door.tagRead(new TagRead(uid, "reader", java.time.Instant.now())).reason();
    }

    @Test
    void a_tag_blocked_at_the_backend_is_refused_by_a_connected_device_within_a_second() throws Exception {
        // given
        startBackend(Clock.systemUTC(), 0);
        startStation(Clock.systemUTC());
        DoorController entrance = door(DemoDoors.ENTRANCE);
        await().atMost(Duration.ofSeconds(10)).until(() -> backend.connectedDevices() >= 1);
        assertThat(tap(entrance, RESIDENT_1102)).isEqualTo(AccessReason.RESIDENT);
        StaffWeb staff = new StaffWeb(backend.baseUri()).signIn();

        // when
        long started = System.nanoTime();
        assertThat(staff.block(tagId(RESIDENT_1102))).isEqualTo(303);

        // then
        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> tap(entrance, RESIDENT_1102) == AccessReason.TAG_BLOCKED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void the_bookers_tag_opens_the_laundry_door_only_inside_the_booked_window() {
        // given
        MutableClock clock = new MutableClock(WEDNESDAY_9.toInstant());
        startBackend(clock, 0);
        startStation(clock);
        DoorController laundry = door(DemoDoors.LAUNDRY_ROOM);
        long version = station.sync().version();
        try (HttpBoardBackend board = new HttpBoardBackend(
                backend.baseUri(), DemoEstate.DEVICES.getFirst().token())) {
            long resource = board.bootstrap().resources().getFirst().id();

            // when
            board.book(
                    new BookingRequest(resource, THURSDAY, LocalTime.of(10, 0)),
                    TestSnapshots.HASHER.hash(RESIDENT_1102),
                    UUID.randomUUID());
        }

        // then
        await().atMost(Duration.ofSeconds(2)).until(() -> station.sync().version() > version);
        clock.set(at(THURSDAY, 9, 59));
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.NO_BOOKING_NOW);
        clock.set(at(THURSDAY, 10, 0));
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.BOOKING);
        assertThat(station.journal().pendingCheckIns()).isNotEmpty(); // or already sent
        assertThat(tap(laundry, RESIDENT_1203)).isEqualTo(AccessReason.NO_BOOKING_NOW);
        clock.set(at(THURSDAY, 13, 29));
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.BOOKING);
        clock.set(at(THURSDAY, 13, 30));
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.NO_BOOKING_NOW);
    }

    /** Starts backend and door controller at Wednesday 09:00 and books Thursday 10:00–13:00 for 1102. */
    private DoorController laundryBookedByThursday10(MutableClock clock) {
        startBackend(clock, 0);
        startStation(clock);
        DoorController laundry = door(DemoDoors.LAUNDRY_ROOM);
        await().atMost(Duration.ofSeconds(10)).until(() -> backend.connectedDevices() >= 1);
        long version = station.sync().version();
        try (HttpBoardBackend board = new HttpBoardBackend(
                backend.baseUri(), DemoEstate.DEVICES.getFirst().token())) {
            long resource = board.bootstrap().resources().getFirst().id();
            board.book(
                    new BookingRequest(resource, THURSDAY, LocalTime.of(10, 0)),
                    TestSnapshots.HASHER.hash(RESIDENT_1102),
                    UUID.randomUUID());
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> station.sync().version() > version);
        return laundry;
    }

    @Test
    void the_bookers_first_opening_of_the_laundry_door_checks_in_and_the_release_job_keeps_the_booking()
            throws Exception {
        // given
        MutableClock clock = new MutableClock(WEDNESDAY_9.toInstant());
        DoorController laundry = laundryBookedByThursday10(clock);

        // when the booker opens the laundry door at 10:05 and the device reports the check-in
        clock.set(at(THURSDAY, 10, 5));
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.BOOKING);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> station.journal().pendingCheckIns().isEmpty());
        clock.set(at(THURSDAY, 10, 31));
        int released = backend.releaseJob().releaseDue();

        // then the booking stays, checked in, and the door still opens for its booker
        assertThat(released).isZero();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE checked_in_at IS NOT NULL AND active = TRUE"))
                .isEqualTo(1);
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.BOOKING);
    }

    @Test
    void without_a_check_in_the_release_job_releases_the_booking_and_the_door_stops_opening_for_it() throws Exception {
        // given
        MutableClock clock = new MutableClock(WEDNESDAY_9.toInstant());
        DoorController laundry = laundryBookedByThursday10(clock);
        long version = station.sync().version();

        // when nobody opens the door and the release job runs at 10:31
        clock.set(at(THURSDAY, 10, 31));
        int released = backend.releaseJob().releaseDue();

        // then the booking is released, the push reaches the device, and the booker's tag no longer opens
        assertThat(released).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM booking WHERE status = 'RELEASED'"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> station.sync().version() > version);
        assertThat(tap(laundry, RESIDENT_1102)).isEqualTo(AccessReason.NO_BOOKING_NOW);
    }

    @Test
    void while_the_backend_is_down_doors_decide_and_journal_and_every_event_arrives_once_after() throws Exception {
        // given
        startBackend(Clock.systemUTC(), 0);
        int port = backend.port();
        startStation(Clock.systemUTC());
        DoorController entrance = door(DemoDoors.ENTRANCE);
        backend.close();
        backend = null;

        // when
        for (int n = 0; n < 25; n++) {
            assertThat(tap(entrance, RESIDENT_1102)).isEqualTo(AccessReason.RESIDENT);
        }
        assertThat(station.journal().pendingCount()).isEqualTo(25);
        startBackend(Clock.systemUTC(), port);

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> station.journal().pendingCount() == 0);
        assertThat(count("SELECT COUNT(*) FROM access_event")).isEqualTo(25);
        assertThat(count("SELECT COUNT(DISTINCT event_id) FROM access_event")).isEqualTo(25);
    }

    @Test
    void a_device_that_missed_changes_while_off_resyncs_when_it_starts() {
        // given
        startBackend(Clock.systemUTC(), 0);
        startStation(Clock.systemUTC());
        long before = station.sync().version();
        station.close();
        station = null;
        backend.staffGrants()
                .replace(
                        TestSnapshots.HASHER.hash(DemoDoors.CARETAKER_TAG),
                        java.util.Set.of(DemoDoors.ENTRANCE),
                        "always");

        // when
        startStation(Clock.systemUTC());

        // then
        await().atMost(Duration.ofSeconds(5)).until(() -> station.sync().version() == before + 1);
        DoorController bikeRoom = door(DemoDoors.BIKE_ROOM);
        assertThat(tap(bikeRoom, DemoDoors.CARETAKER_TAG)).isEqualTo(AccessReason.NOT_IN_GRANT);
    }

    private static java.time.Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(STOCKHOLM).toInstant();
    }

    private long tagId(TagUid uid) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "");
                PreparedStatement find = connection.prepareStatement("SELECT id FROM tag WHERE uid_hash = ?")) {
            find.setString(1, TestSnapshots.HASHER.hash(uid));
            try (ResultSet row = find.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
