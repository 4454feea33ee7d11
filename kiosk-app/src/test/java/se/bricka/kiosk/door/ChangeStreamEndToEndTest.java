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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.device.TokenHash;
import se.bricka.core.access.AccessReason;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.backend.HttpBoardBackend;

/**
 * The device's own client classes on the real backend's change stream: another property's change, a
 * backend that lost the versions a board resumes from, and a device away for longer than the replay
 * window.
 */
class ChangeStreamEndToEndTest {

    private static final Instant WEDNESDAY_9 = Instant.parse("2026-11-25T08:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final TagUid RESIDENT_1102 = new TagUid("11020001");
    private static final TagUid RESIDENT_1203 = new TagUid("12030001");
    private static final TagUid OTHER_RESIDENT = new TagUid("01010001");
    private static final String OTHER_TOKEN = "granen-board-token";
    private static final String BOARD_TOKEN = DemoEstate.DEVICES.getFirst().token();

    @TempDir
    Path dir;

    private final ExecutorScheduler hardwareThread = new ExecutorScheduler("e2e-stream", Clock.systemUTC());
    private final MutableClock clock = new MutableClock(WEDNESDAY_9);
    private String dbUrl;
    private Backend backend;
    private DoorStation station;
    private ChangeSubscription subscription;

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        if (station != null) {
            station.close();
        }
        if (backend != null) {
            backend.close();
        }
        hardwareThread.close();
    }

    private void startBackend(String database, int port) {
        dbUrl = "jdbc:h2:file:" + dir.resolve(database).toAbsolutePath();
        backend = Backend.start(
                BackendConfig.forTests(clock).withDatabase(dbUrl, "", "").withPort(port));
    }

    @Test
    void another_propertys_booking_moves_a_door_controller_on_and_its_doors_keep_deciding() throws SQLException {
        // given the demo door controller in sync, and a second property with a room, a tag and a board
        startBackend("db/bricka", 0);
        long otherRoom = secondProperty();
        station = DoorStation.start(
                HttpDeviceLink.create(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token()),
                dir.resolve("door"),
                clock);
        await().atMost(Duration.ofSeconds(10)).until(() -> station.sync().version() >= 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> backend.connectedDevices() >= 1);
        long before = station.sync().version();

        // when a household of the other property books its room on its board
        try (HttpBoardBackend otherBoard = new HttpBoardBackend(backend.baseUri(), OTHER_TOKEN)) {
            otherBoard.book(
                    new BookingRequest(otherRoom, THURSDAY, LocalTime.of(10, 0)),
                    TestSnapshots.HASHER.hash(OTHER_RESIDENT),
                    UUID.randomUUID());
        }

        // then the door controller moves on to that version and its doors decide as before
        await().atMost(Duration.ofSeconds(2)).until(() -> station.sync().version() == before + 1);
        DoorController entrance = station.door(
                DemoDoors.ENTRANCE,
                new SimulatedDoorLock(DemoDoors.ENTRANCE, DoorLock.DEFAULT_RELEASE, hardwareThread),
                new SimulatedIndicator(hardwareThread));
        assertThat(entrance.tagRead(new TagRead(RESIDENT_1102, "reader", Instant.now()))
                        .reason())
                .isEqualTo(AccessReason.RESIDENT);
        assertThat(station.sync().current().orElseThrow().snapshot().residentCount())
                .isPositive();
    }

    @Test
    void a_board_whose_backend_lost_its_versions_listens_again_from_now() {
        // given a board that heard versions 1 and 2
        startBackend("db/first", 0);
        int port = backend.port();
        Recorder heard = new Recorder();
        HttpBoardBackend board = new HttpBoardBackend(backend.baseUri(), BOARD_TOKEN);
        subscription = board.subscribe(heard);
        await().atMost(Duration.ofSeconds(5)).until(() -> backend.connectedDevices() == 1);
        book(board, RESIDENT_1102, "10:00");
        book(board, RESIDENT_1203, "13:00");
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.versions().contains(2L));

        // when its backend comes back on a new database, which knows no version 2
        backend.close();
        startBackend("db/second", port);

        // then the board connects again without Last-Event-ID and hears the new database's first change
        await().atMost(Duration.ofSeconds(30)).until(() -> backend.connectedDevices() == 1);
        book(board, RESIDENT_1102, "16:00");
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.events.size() == 3);
        assertThat(heard.versions()).containsExactly(1L, 2L, 1L);
        board.close();
    }

    @Test
    void a_device_away_for_longer_than_the_replay_window_is_told_to_resync() throws SQLException {
        // given a door controller's link that heard version 1, then lost its backend
        startBackend("db/bricka", 0);
        int port = backend.port();
        Recorder heard = new Recorder();
        subscription = HttpDeviceLink.create(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token())
                .subscribe(heard);
        await().atMost(Duration.ofSeconds(5)).until(() -> backend.connectedDevices() == 1);
        HttpBoardBackend board = new HttpBoardBackend(backend.baseUri(), BOARD_TOKEN);
        book(board, RESIDENT_1102, "10:00");
        board.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.versions().contains(1L));
        backend.close();
        backend = null;

        // when a change is made while it is away, and it comes back more than a day later
        logChangeWhileAway();
        clock.set(WEDNESDAY_9.plus(Duration.ofHours(25)));
        startBackend("db/bricka", port);

        // then instead of a replay it hears resync at the current version
        await().atMost(Duration.ofSeconds(30)).until(() -> heard.events.size() == 2);
        assertThat(heard.events.get(1)).isEqualTo(new ChangeEvent(2, ChangeEvent.RESYNC, 0, null, null, null));
    }

    private static void book(HttpBoardBackend board, TagUid tag, String start) {
        long room = board.bootstrap().resources().getFirst().id();
        board.book(
                new BookingRequest(room, THURSDAY, LocalTime.parse(start)),
                TestSnapshots.HASHER.hash(tag),
                UUID.randomUUID());
    }

    /** A change of the demo property, logged as the backend logs one, while no backend runs. */
    private void logChangeWhileAway() throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "")) {
            connection.createStatement().executeUpdate("UPDATE change_counter SET version = 2");
            connection
                    .createStatement()
                    .executeUpdate("INSERT INTO change_log (version, kind, changed_at, property_id)"
                            + " SELECT 2, 'caretaker-pins-changed', TIMESTAMP WITH TIME ZONE '2026-11-25 08:00:00+00', id"
                            + " FROM property");
        }
    }

    /** A second property with a building, a tag, a laundry room and a board; returns the room. */
    private long secondProperty() throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "")) {
            long property = insert(
                    connection,
                    "INSERT INTO property (name, time_zone) VALUES ('Kvarteret Granen', 'Europe/Stockholm')");
            long building =
                    insert(connection, "INSERT INTO building (property_id, name) VALUES (" + property + ", 'Granv 1')");
            long apartment =
                    insert(connection, "INSERT INTO apartment (building_id, label) VALUES (" + building + ", '0101')");
            insert(
                    connection,
                    "INSERT INTO tag (apartment_id, uid_hash, masked_uid, status, issued_at) VALUES (" + apartment
                            + ", '" + TestSnapshots.HASHER.hash(OTHER_RESIDENT) + "', '**:**:00:01', 'ACTIVE',"
                            + " TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00')");
            long room = insert(
                    connection,
                    "INSERT INTO resource (property_id, name, kind, daily_slots) VALUES (" + property
                            + ", 'Tvättstuga Granen', 'laundry', '07:00-10:00 10:00-13:00')");
            insert(
                    connection,
                    "INSERT INTO device (device_id, name, property_id, token_hash) VALUES ('granen-board', 'Granen',"
                            + " " + property + ", '" + TokenHash.of(OTHER_TOKEN) + "')");
            return room;
        }
    }

    private static long insert(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Hears the stream as a device's listener does. */
    private static final class Recorder implements ChangeListener {

        final List<ChangeEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void changed(ChangeEvent event) {
            events.add(event);
        }

        @Override
        public void connection(boolean online) {}

        List<Long> versions() {
            return events.stream().map(ChangeEvent::version).toList();
        }
    }
}
