package se.bricka.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeDelta;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.core.wire.SnapshotDeltas;

/**
 * The event stream over real HTTP with two properties: the demo one and a second one added by SQL,
 * with its own building, tag, laundry room, door and door controller. Each device hears only its own
 * property's changes; the replay is bounded, the log purged, bad {@code Last-Event-ID}s refused and
 * streams per device capped.
 */
public abstract class ChangeStreamContract extends StaffTestBase {

    private static final ObjectMapper JSON = Json.newMapper();
    private static final String OTHER_TOKEN = "other-property-door-token";
    private static final String OTHER_TAG = DemoTags.hash("01010001");
    private static final String CARETAKER = new TagHasher(DemoEstate.TAG_KEY).hash(DemoDoors.CARETAKER_TAG);
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 26);

    private final List<StreamListener> listeners = new ArrayList<>();
    private ApiClient otherDoor;
    private long demoProperty;
    private long demoResource;
    private long otherResource;

    @BeforeEach
    void secondProperty() throws SQLException {
        demoProperty = database.count("SELECT id FROM property WHERE name = '" + DemoEstate.PROPERTY_NAME + "'");
        demoResource = database.count("SELECT MIN(id) FROM resource WHERE property_id = " + demoProperty);
        try (Connection connection = database.connect()) {
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
                            + ", '" + OTHER_TAG + "', '**:**:00:01', 'ACTIVE', TIMESTAMP WITH TIME"
                            + " ZONE '2026-11-01 00:00:00+00')");
            otherResource = insert(
                    connection,
                    "INSERT INTO resource (property_id, name, kind, daily_slots) VALUES (" + property
                            + ", 'Tvättstuga Granen', 'laundry', '07:00-10:00 10:00-13:00')");
            long device = insert(
                    connection,
                    "INSERT INTO device (device_id, name, property_id, token_hash) VALUES ('granen-door', 'Granen',"
                            + " " + property + ", '" + TokenHash.of(OTHER_TOKEN) + "')");
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO door (id, property_id, name, door_type, resource_id) VALUES"
                        + " ('granen-laundry', " + property + ", 'Tvätt', 'LAUNDRY_ROOM', " + otherResource + ")");
                statement.execute(
                        "INSERT INTO door_building (door_id, building_id) VALUES ('granen-laundry', " + building + ")");
                statement.execute(
                        "INSERT INTO device_door (device_id, door_id) VALUES (" + device + ", 'granen-laundry')");
            }
        }
        otherDoor = new ApiClient(backend.baseUri(), OTHER_TOKEN);
    }

    @AfterEach
    void closeStreams() {
        listeners.forEach(listener -> listener.stream.cancel());
    }

    // ---- Only the device's own property

    @Test
    void a_booking_reaches_another_propertys_device_as_its_version_alone() {
        // given a board of the demo property and a door controller of the other, both listening
        StreamListener demo = listen(board, null);
        StreamListener other = listen(otherDoor, null);
        await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 2);

        // when a household of the demo property books
        assertThat(book(DemoTags.APARTMENT_1102, TOMORROW, "10:00").status()).isEqualTo(201);

        // then the demo board hears the booking with its delta, the other device only that version 1 passed
        ChangeEvent heard = demo.awaitVersion(1);
        assertThat(heard.kind()).isEqualTo(ChangeEvent.BOOKING_CREATED);
        assertThat(heard.delta().booking().apartmentId()).isPositive();
        ChangeEvent elsewhere = other.awaitVersion(1);
        assertThat(elsewhere).isEqualTo(new ChangeEvent(1, ChangeEvent.ELSEWHERE, 0, null, null, null));
        assertThat(other.data.getFirst()).doesNotContain("booking", TOMORROW.toString());
    }

    @Test
    void tag_grant_and_door_changes_of_one_property_carry_nothing_to_another() {
        // given the other property's door controller listening
        StreamListener other = listen(otherDoor, null);
        await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 1);
        StaffClient service = signedIn(CUSTOMER_SERVICE);

        StaffClient it = signedIn(IT_ADMIN);

        // when the demo property has a tag blocked, a staff grant changed, a move-out, a door controller's
        // doors rebound and the caretaker's staff tag blocked
        service.post("/staff/tags/" + tagId(DemoTags.APARTMENT_1102) + "/block", Map.of("reason", "LOST"));
        backend.staffGrants().replace(CARETAKER, Set.of(DemoDoors.ENTRANCE), "MON-FRI 07:00-12:00");
        service.post("/staff/apartments/" + apartmentId("1203") + "/move-out", Map.of());
        long doorController = database.count(
                "SELECT id FROM device WHERE device_id = '" + DemoDoors.DOOR_CONTROLLER.deviceId() + "'");
        it.post("/staff/devices/" + doorController + "/doors", Map.of("doors", DemoDoors.ENTRANCE));
        long staffTag = database.count("SELECT id FROM staff_tag WHERE uid_hash = '" + CARETAKER + "'");
        it.post("/staff/staff-tags/" + staffTag + "/block", Map.of());
        long current = database.count("SELECT version FROM change_counter");

        // then every change is the demo property's, and the other device hears each as its version alone
        assertThat(database.count("SELECT COUNT(DISTINCT kind) FROM change_log"))
                .isEqualTo(4);
        assertThat(current).isGreaterThanOrEqualTo(6);
        assertThat(database.count("SELECT COUNT(*) FROM change_log WHERE property_id = " + demoProperty))
                .isEqualTo(current);
        other.awaitVersion(current);
        assertThat(other.events).extracting(ChangeEvent::kind).containsOnly(ChangeEvent.ELSEWHERE);
        assertThat(other.events).extracting(ChangeEvent::delta).containsOnlyNulls();
    }

    @Test
    void a_device_of_the_other_property_hears_its_own_booking_whole() {
        // given both devices listening
        StreamListener demo = listen(board, null);
        StreamListener other = listen(otherDoor, null);
        await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 2);

        // when a household of the other property books its room
        Reply booked = otherDoor.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"10:00\"}".formatted(otherResource, TOMORROW),
                Map.of(ApiPaths.TAG_HEADER, OTHER_TAG));

        // then its device hears it whole and the demo board only its version
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        ChangeEvent heard = other.awaitVersion(1);
        assertThat(heard.kind()).isEqualTo(ChangeEvent.BOOKING_CREATED);
        assertThat(heard.resourceId()).isEqualTo(otherResource);
        assertThat(heard.delta().booking().resourceId()).isEqualTo(otherResource);
        assertThat(demo.awaitVersion(1).kind()).isEqualTo(ChangeEvent.ELSEWHERE);
    }

    @Test
    void a_replay_from_the_log_carries_another_propertys_changes_as_versions_alone() {
        // given two demo changes made while the other device was away
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1203, TOMORROW, "13:00");

        // when it reconnects from version 0
        StreamListener other = listen(otherDoor, "0");

        // then both are replayed, as versions alone
        other.awaitVersion(2);
        assertThat(other.events)
                .containsExactly(
                        new ChangeEvent(1, ChangeEvent.ELSEWHERE, 0, null, null, null),
                        new ChangeEvent(2, ChangeEvent.ELSEWHERE, 0, null, null, null));
    }

    @Test
    void another_propertys_changes_apply_to_a_held_snapshot_without_a_download() {
        // given the other door controller's snapshot, and a demo booking it heard as its version
        DeviceSnapshot held =
                otherDoor.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of()).as(DeviceSnapshot.class);
        StreamListener other = listen(otherDoor, null);
        await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 1);
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // when it applies what it heard
        var applied = SnapshotDeltas.apply(held, other.awaitVersion(held.version() + 1));

        // then it holds the snapshot the backend now serves it, with no download
        DeviceSnapshot served =
                otherDoor.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of()).as(DeviceSnapshot.class);
        assertThat(applied).isPresent();
        assertThat(applied.get().version()).isEqualTo(served.version());
        assertThat(applied.get().bookings()).isEqualTo(served.bookings());
        assertThat(applied.get().residents()).isEqualTo(served.residents());
    }

    // ---- A bounded replay, then resync

    @Test
    void last_event_id_zero_within_a_day_replays_the_log() {
        // given a change made 23 hours ago
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        clock.advance(Duration.ofHours(23));

        // when a device reconnects from version 0
        StreamListener demo = listen(board, "0");

        // then it is replayed
        assertThat(demo.awaitVersion(1).kind()).isEqualTo(ChangeEvent.BOOKING_CREATED);
    }

    @Test
    void last_event_id_older_than_a_day_gets_resync_instead_of_a_replay() {
        // given a change made 25 hours ago
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        clock.advance(Duration.ofHours(25));

        // when a device reconnects from version 0
        StreamListener demo = listen(board, "0");

        // then it is told to download its snapshot at the current version, and nothing is replayed
        ChangeEvent resync = demo.awaitVersion(1);
        assertThat(resync).isEqualTo(new ChangeEvent(1, ChangeEvent.RESYNC, 0, null, null, null));
        assertThat(demo.ids).containsExactly("1");
    }

    @Test
    void last_event_id_more_than_the_window_behind_gets_resync_and_the_edge_of_the_window_replays()
            throws SQLException {
        // given 1,001 changes logged in the last minutes
        long current = ReplayWindow.DEFAULT.maxVersions() + 1;
        fillLog(current, 0);

        // when one device resumes from version 0 and another from version 1
        StreamListener behind = listen(board, "0");
        StreamListener atEdge = listen(otherDoor, "1");

        // then the first gets resync at the current version, the second the 1,000 changes after 1
        assertThat(behind.awaitVersion(current).kind()).isEqualTo(ChangeEvent.RESYNC);
        atEdge.awaitVersion(current);
        assertThat(atEdge.ids).hasSize((int) ReplayWindow.DEFAULT.maxVersions());
        assertThat(atEdge.ids.getFirst()).isEqualTo("2");
        assertThat(behind.ids).containsExactly(Long.toString(current));
    }

    // ---- The purge

    @Test
    void the_purge_deletes_changes_older_than_a_day_and_keeps_newer_ones() {
        // given a change 25 hours old and one 23 hours old
        book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(1), "10:00");
        clock.advance(Duration.ofHours(2));
        book(DemoTags.APARTMENT_1203, TOMORROW.plusDays(1), "13:00");
        clock.advance(Duration.ofHours(23));

        // when the purge runs
        int purged = backend.changeLogPurge().purgeExpired();

        // then only the older one is gone, and the versions go on
        assertThat(purged).isEqualTo(1);
        assertThat(database.count("SELECT MIN(version) FROM change_log")).isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM change_log")).isEqualTo(1);
        assertThat(database.count("SELECT version FROM change_counter")).isEqualTo(2);
    }

    @Test
    void the_purge_deletes_changes_beyond_the_windows_number_of_versions() throws SQLException {
        // given 1,005 changes of the last minutes
        fillLog(ReplayWindow.DEFAULT.maxVersions() + 5, 0);

        // when the purge runs
        int purged = backend.changeLogPurge().purgeExpired();

        // then the window's thousand newest are kept
        assertThat(purged).isEqualTo(5);
        assertThat(database.count("SELECT MIN(version) FROM change_log")).isEqualTo(6);
    }

    // ---- Bad Last-Event-IDs

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "0x10", "+1", "99999999999999999999", "3"})
    void a_bad_last_event_id_is_refused_before_the_stream_opens(String lastEventId) {
        // given two changes (current version 2)
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1203, TOMORROW, "13:00");

        // when a device asks to resume from a version that is not one
        Reply reply = board.get(ApiPaths.DEVICE_EVENTS, Map.of("Last-Event-ID", lastEventId));

        // then it is a 400 problem naming the value, and no stream is held open
        ApiTestBase.assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains("'" + lastEventId + "'", "current 2");
        assertThat(backend.connectedDevices()).isZero();
    }

    // ---- An aborted replay

    @Test
    void a_replay_the_device_walks_away_from_stops_at_once() throws Exception {
        // given a thousand large changes in the window (about 20 MB to replay)
        long current = ReplayWindow.DEFAULT.maxVersions();
        fillLog(current, 200);
        long warnings;
        try (CapturedStderr log = new CapturedStderr()) {
            // when a device resumes from version 0 and goes away after the first change
            StreamListener walker = listen(board, "0");
            await().atMost(Duration.ofSeconds(10)).until(() -> !walker.ids.isEmpty());
            walker.stream.cancel();

            // then the stream ends without going through the rest, warning about each change
            await().atMost(Duration.ofSeconds(10)).until(() -> backend.connectedDevices() == 0);
            Thread.sleep(500);
            warnings = log.linesContaining("SseClient has been terminated");
        }
        assertThat(warnings).isLessThanOrEqualTo(1);
    }

    // ---- Streams per device

    @Test
    void a_device_holds_at_most_four_streams_and_a_closed_one_frees_its_place() {
        // given a board holding four streams, after a refused bad one that took no place
        board.get(ApiPaths.DEVICE_EVENTS, Map.of("Last-Event-ID", "x"));
        List<StreamListener> four = new ArrayList<>();
        for (int i = 0; i < DeviceEvents.STREAMS_PER_DEVICE; i++) {
            four.add(listen(board, null));
        }
        four.forEach(StreamListener::awaitOpen);

        // when it opens a fifth
        Reply fifth = board.get(ApiPaths.DEVICE_EVENTS, Map.of());

        // then that is a 429 problem saying when to try again, and another device still gets a stream
        ApiTestBase.assertProblem(fifth, 429, "too-many-streams");
        assertThat(fifth.json().path("retryAfter").asLong()).isPositive();
        listen(otherDoor, null).awaitOpen();

        // and when one of the four is closed and its end noticed, a new stream opens again
        four.getFirst().stream.cancel();
        AtomicInteger day = new AtomicInteger(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(day.getAndIncrement()), "07:00");
            return backend.connectedDevices() == DeviceEvents.STREAMS_PER_DEVICE;
        });
        assertThat(listen(board, null).awaitOpen()).isEqualTo(200);
    }

    // ---- Helpers

    private Reply book(String tagHash, LocalDate date, String start) {
        return board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(demoResource, date, start),
                Map.of(ApiPaths.TAG_HEADER, tagHash));
    }

    private long tagId(String tagHash) {
        return database.count("SELECT id FROM tag WHERE uid_hash = '" + tagHash + "'");
    }

    /**
     * Fills the log with {@code count} demo-property changes of the last minutes, each carrying
     * {@code tagsEach} resident tags in its delta, and sets the counter to match.
     */
    private void fillLog(long count, int tagsEach) throws SQLException {
        List<DeviceSnapshot.TagView> tags = new ArrayList<>();
        for (int i = 0; i < tagsEach; i++) {
            tags.add(new DeviceSnapshot.TagView("%064x".formatted(i), 1, 1, false));
        }
        String delta = tagsEach == 0 ? null : Json.write(JSON, ChangeDelta.ofResidents(tags));
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO change_log (version, kind, delta, changed_at, property_id) VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (long version = 1; version <= count; version++) {
                insert.setLong(1, version);
                insert.setString(2, ChangeEvent.TAG_BLOCKED);
                insert.setString(3, delta);
                insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setLong(5, demoProperty);
                insert.addBatch();
                if (version % 100 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE change_counter SET version = " + count);
            }
            connection.commit();
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

    private StreamListener listen(ApiClient device, String lastEventId) {
        StreamListener listener = new StreamListener(device, lastEventId);
        listeners.add(listener);
        return listener;
    }
}
