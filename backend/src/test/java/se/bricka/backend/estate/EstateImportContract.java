package se.bricka.backend.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.device.DeviceAdmin;
import se.bricka.backend.device.DeviceEnrollment;
import se.bricka.backend.device.DeviceRepository;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.Json;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.Resources;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.MutableClock;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.TestDatabase;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;

/**
 * The estate file against a running backend without demo data: the example imports, re-imports as
 * nothing, dry-runs without writing, retires what has history, refuses bad files by JSON pointer with
 * the database unchanged, stores tags only as hashes, reaches devices, and exports what re-imports.
 */
public abstract class EstateImportContract {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");
    private static final byte[] TAG_KEY = "estate-test-tag-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final String DOOR_TOKEN = "estate-test-door-1-token";
    private static final String BOARD_TOKEN = "estate-test-board-1-token";
    private static final ObjectMapper JSON = Json.newMapper();
    private static final Path EXAMPLE = examplePath();
    private static final String[] TABLES = {
        "property",
        "building",
        "apartment",
        "tag",
        "door",
        "door_building",
        "quota_group",
        "resource",
        "resource_name",
        "device",
        "device_door",
        "device_resource",
        "booking",
        "change_log"
    };

    protected TestDatabase database;
    private Backend backend;
    private MutableClock clock;
    private EstateRuntime runtime;
    private Database adminDatabase;

    @TempDir
    Path folder;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void startBackend() {
        database = newDatabase();
        clock = new MutableClock(NOW, STOCKHOLM);
        backend = Backend.start(database.configure(BackendConfig.forTests(clock))
                .withSeedDemo(false)
                .withTagKey(TAG_KEY));
    }

    @AfterEach
    void stopBackend() {
        if (adminDatabase != null) {
            adminDatabase.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        backend.close();
        database.close();
    }

    private EstateRuntime runtime() {
        if (runtime == null) {
            runtime = EstateRuntime.open(database.url(), database.user(), "", TAG_KEY, clock);
        }
        return runtime;
    }

    private EstatePlan importFile(byte[] json) {
        return runtime().importer().importFile(json, false);
    }

    private static byte[] example() {
        try {
            return Files.readAllBytes(EXAMPLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example with {@code edit} applied to its tree. */
    private static byte[] exampleWith(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(example());
            edit.accept(root);
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static Path examplePath() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("packaging/examples/estate.json");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("packaging/examples/estate.json not found above " + here);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, database.count("SELECT COUNT(*) FROM " + table));
        }
        counts.put("version", database.count("SELECT version FROM change_counter"));
        counts.put("retired", database.count("SELECT COUNT(*) FROM apartment WHERE retired_at IS NOT NULL"));
        return counts;
    }

    private void enroll(String deviceKey, String token) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE device SET token_hash = '" + TokenHash.of(token) + "' WHERE device_id = '"
                    + deviceKey + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeviceSnapshot snapshotOf(String token) {
        Reply reply = new ApiClient(backend.baseUri(), token).get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(DeviceSnapshot.class);
    }

    private static String hashOf(String uid) {
        return new TagHasher(TAG_KEY).hash(new TagUid(uid));
    }

    // ---- importing the example

    @Test
    void the_example_imports_every_row_it_describes() {
        // when
        EstatePlan plan = importFile(example());

        // then
        assertThat(plan.counts())
                .containsEntry("property", new EstatePlan.Counts(2, 0, 0))
                .containsEntry("building", new EstatePlan.Counts(3, 0, 0))
                .containsEntry("apartment", new EstatePlan.Counts(66, 0, 0))
                .containsEntry("tag", new EstatePlan.Counts(132, 0, 0))
                .containsEntry("door", new EstatePlan.Counts(7, 0, 0))
                .containsEntry("quotaGroup", new EstatePlan.Counts(3, 0, 0))
                .containsEntry("object", new EstatePlan.Counts(4, 0, 0))
                .containsEntry("device", new EstatePlan.Counts(5, 0, 0));
        assertThat(database.count("SELECT COUNT(*) FROM apartment")).isEqualTo(66);
        assertThat(database.count("SELECT COUNT(*) FROM tag WHERE status = 'ACTIVE'"))
                .isEqualTo(132);
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE token_hash IS NULL"))
                .isEqualTo(5);
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE kind = 'door'"))
                .isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM resource_name WHERE language = 'en'"))
                .isEqualTo(4);
        assertThat(database.count("SELECT COUNT(*) FROM property WHERE landlord_phone = '+46 8 123 456 78'"))
                .isEqualTo(1);
    }

    @Test
    void a_second_import_of_the_same_file_changes_nothing() {
        // given
        importFile(example());
        Map<String, Long> before = rowCounts();

        // when
        EstatePlan again = importFile(example());

        // then
        assertThat(again.lines()).isEmpty();
        assertThat(List.of(again.added(), again.changed(), again.retired())).containsExactly(0, 0, 0);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void a_dry_run_prints_what_it_would_add_change_and_retire_and_writes_nothing() throws IOException {
        // given the example imported, then a file without apartment 1102 and with a renamed object
        importFile(example());
        Path file = folder.resolve("estate.json");
        Files.write(file, exampleWith(root -> {
            ((ArrayNode) root.at("/properties/0/buildings/0/apartments")).remove(2);
            at(root, "/properties/0/objects/1").put("name", "Tvättstuga B (ny)");
            ((ArrayNode) root.at("/properties/1/buildings/0/apartments"))
                    .addObject()
                    .put("label", "1300");
        }));
        Map<String, Long> before = rowCounts();

        // when
        Run run = run("import", file.toString(), "--dry-run");

        // then
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("would retire apartment larkan/lg4/1003")
                .contains("would change object larkan/tvatt-b: name")
                .contains("would add apartment sparven/sg12/1300")
                .contains("estate.json: 1 added, 1 changed, 1 retired (dry run: nothing written)");
        assertThat(rowCounts()).isEqualTo(before);
    }

    // ---- retiring

    @Test
    void an_apartment_with_a_booking_is_retired_and_keeps_its_booking_tags_and_history() {
        // given apartment 1102 booked tomorrow on the board, and the door controller's snapshot
        importFile(example());
        enroll("board-1", BOARD_TOKEN);
        enroll("door-1", DOOR_TOKEN);
        long tvattA = database.count("SELECT id FROM resource WHERE estate_key = 'tvatt-a'");
        String tag = hashOf("11020001");
        Reply booked = new ApiClient(backend.baseUri(), BOARD_TOKEN)
                .post(
                        ApiPaths.BOOKINGS,
                        "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"10:00\"}"
                                .formatted(tvattA, LocalDate.of(2026, 11, 26)),
                        Map.of(ApiPaths.TAG_HEADER, tag));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(snapshotOf(DOOR_TOKEN).residents()).anyMatch(t -> t.tagHash().equals(tag));

        // when the file no longer lists 1102
        EstatePlan plan = importFile(
                exampleWith(root -> ((ArrayNode) root.at("/properties/0/buildings/0/apartments")).remove(7)));

        // then it is retired, not deleted: its booking row and tags stay, out of every snapshot
        assertThat(plan.lines()).extracting(Object::toString).containsExactly("retire apartment larkan/lg4/1102");
        assertThat(database.count("SELECT COUNT(*) FROM apartment WHERE label = '1102' AND retired_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM booking b JOIN apartment a ON a.id = b.apartment_id"
                        + " WHERE a.label = '1102' AND b.status = 'CANCELLED'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM tag WHERE uid_hash = '" + tag + "' AND status = 'BLOCKED'"))
                .isEqualTo(1);
        assertThat(snapshotOf(DOOR_TOKEN).residents())
                .noneMatch(t -> t.tagHash().equals(tag));
        Reply refused = new ApiClient(backend.baseUri(), BOARD_TOKEN)
                .post(
                        ApiPaths.BOOKINGS,
                        "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"13:00\"}"
                                .formatted(tvattA, LocalDate.of(2026, 11, 26)),
                        Map.of(ApiPaths.TAG_HEADER, tag));
        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
    }

    @Test
    void a_door_left_out_is_retired_and_leaves_every_snapshot() {
        // given
        importFile(example());
        enroll("door-1", DOOR_TOKEN);
        DeviceSnapshot before = snapshotOf(DOOR_TOKEN);
        assertThat(before.doors()).extracting(DeviceSnapshot.DoorView::doorId).contains("lg4-bike-room");

        // when the bike room is gone from the file (and from the door controller's doors)
        EstatePlan plan = importFile(exampleWith(root -> {
            ((ArrayNode) root.at("/properties/0/doors")).remove(1);
            ArrayNode doors = (ArrayNode) root.at("/properties/0/devices/2/doors");
            doors.removeAll();
            doors.add("lg4-entrance").add("lg4-laundry-a");
        }));

        // then the row stays, retired, and the device's next snapshot (a newer version) lacks it
        assertThat(plan.lines())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("change device door-1: doors", "retire door lg4-bike-room");
        assertThat(database.count("SELECT COUNT(*) FROM door WHERE id = 'lg4-bike-room' AND retired_at IS NOT NULL"))
                .isEqualTo(1);
        DeviceSnapshot after = snapshotOf(DOOR_TOKEN);
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.doors()).extracting(DeviceSnapshot.DoorView::doorId).doesNotContain("lg4-bike-room");
    }

    @Test
    void an_object_and_a_device_left_out_are_retired_off_the_boards_and_out_of_service() {
        // given two enrolled boards
        importFile(example());
        enroll("board-1", BOARD_TOKEN);
        enroll("board-2", "estate-test-board-2-token");
        ApiClient board = new ApiClient(backend.baseUri(), BOARD_TOKEN);
        assertThat(board.get(ApiPaths.RESOURCES, Map.of()).json().findValuesAsText("name"))
                .contains("Tvättstuga B");

        // when Tvättstuga B and the second board are gone from the file
        EstatePlan plan = importFile(exampleWith(root -> {
            ((ArrayNode) root.at("/properties/0/objects")).remove(1);
            ((ArrayNode) root.at("/properties/0/devices")).remove(1);
            ArrayNode shown = (ArrayNode) root.at("/properties/0/devices/0/objects");
            shown.removeAll();
            shown.add("tvatt-a").add("traff");
        }));

        // then both rows stay, retired: the board lists the object no more, the device cannot sign in
        assertThat(plan.lines())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "change device board-1: objects", "retire device board-2", "retire object larkan/tvatt-b");
        assertThat(database.count(
                        "SELECT COUNT(*) FROM resource WHERE estate_key = 'tvatt-b' AND retired_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(board.get(ApiPaths.RESOURCES, Map.of()).json().findValuesAsText("name"))
                .doesNotContain("Tvättstuga B")
                .contains("Tvättstuga A");
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE device_id = 'board-2' AND retired_at IS NOT NULL"
                        + " AND token_hash IS NULL"))
                .isEqualTo(1);
        assertThat(new ApiClient(backend.baseUri(), "estate-test-board-2-token")
                        .get(ApiPaths.RESOURCES, Map.of())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_retired_device_cannot_be_enrolled_again_with_a_code_issued_before_or_after() {
        // given an enrolled board with an open enrollment code
        importFile(example());
        enroll("board-2", "estate-test-board-2-token");
        String code;
        code = deviceAdmin().issueCode("board-2", Actor.commandLine()).code();

        // when the board is gone from the file and a panel then sends the code
        importFile(exampleWith(root -> ((ArrayNode) root.at("/properties/0/devices")).remove(1)));
        Reply redeemed = new ApiClient(backend.baseUri(), null)
                .post(ApiPaths.ENROLLMENT, "{\"code\":\"" + code + "\"}", Map.of());

        // then the code is refused, the old token too, and no new code is issued for it
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(403);
        assertThat(new ApiClient(backend.baseUri(), "estate-test-board-2-token")
                        .get(ApiPaths.RESOURCES, Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(database.count("SELECT COUNT(*) FROM device_enrollment e JOIN device d ON d.id = e.device_id"
                        + " WHERE d.device_id = 'board-2' AND e.redeemed_at IS NULL"))
                .isZero();
        assertThatThrownBy(() -> deviceAdmin().issueCode("board-2", Actor.commandLine()))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(409));
    }

    @Test
    void a_code_issued_for_a_device_retired_later_is_refused_even_if_it_survived_the_import() {
        // given an open code for a board, and that board retired with the code row kept (as before the fix)
        importFile(example());
        String code;
        code = deviceAdmin().issueCode("board-2", Actor.commandLine()).code();
        database.update(
                "UPDATE device SET retired_at = CURRENT_TIMESTAMP, token_hash = NULL" + " WHERE device_id = 'board-2'");

        // when a panel sends the code
        Reply redeemed = new ApiClient(backend.baseUri(), null)
                .post(ApiPaths.ENROLLMENT, "{\"code\":\"" + code + "\"}", Map.of());

        // then it is refused and the device gets no token
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(403);
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE device_id = 'board-2' AND token_hash IS NOT NULL"))
                .isZero();
    }

    @Test
    void a_retired_device_whose_token_survived_is_refused() {
        // given a board retired with its token left in place
        importFile(example());
        enroll("board-2", "estate-test-board-2-token");
        database.update("UPDATE device SET retired_at = CURRENT_TIMESTAMP WHERE device_id = 'board-2'");

        // when it asks for its objects, then it is not signed in
        assertThat(new ApiClient(backend.baseUri(), "estate-test-board-2-token")
                        .get(ApiPaths.RESOURCES, Map.of())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_device_added_outside_the_file_stays_in_service_after_an_import_that_does_not_name_it() {
        // given a board added as by `device add`, enrolled over HTTP
        importFile(example());
        String code = deviceAdmin()
                .add(
                        "board-extra",
                        "Extra tavla",
                        "Kvarteret Lärkan",
                        DeviceAdmin.Kind.of("board"),
                        Actor.commandLine())
                .code();
        Reply enrolled = new ApiClient(backend.baseUri(), null)
                .post(ApiPaths.ENROLLMENT, "{\"code\":\"" + code + "\"}", Map.of());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        String token = enrolled.json().get("deviceToken").asText();

        // when the file, which does not name it, is imported again
        EstatePlan plan =
                importFile(exampleWith(root -> at(root, "/properties/0/doors/0").put("name", "Entré")));

        // then it is not retired and still signs in
        assertThat(plan.lines()).extracting(Object::toString).noneMatch(line -> line.contains("board-extra"));
        assertThat(new ApiClient(backend.baseUri(), token)
                        .get(ApiPaths.RESOURCES, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE device_id = 'board-extra' AND retired_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void a_device_the_file_moves_to_another_property_must_enroll_again() {
        // given an enrolled board of Lärkan
        importFile(example());
        enroll("board-2", "estate-test-board-2-token");
        ApiClient board = new ApiClient(backend.baseUri(), "estate-test-board-2-token");
        assertThat(board.get(ApiPaths.RESOURCES, Map.of()).status()).isEqualTo(200);

        // when the file moves it to Sparven
        EstatePlan plan = importFile(exampleWith(root -> {
            ObjectNode moved = (ObjectNode) ((ArrayNode) root.at("/properties/0/devices")).remove(1);
            moved.putArray("objects").add("tvatt");
            ((ArrayNode) root.at("/properties/1/devices")).add(moved);
        }));

        // then its old token no longer signs in: the panel must enroll for its new property
        assertThat(plan.lines())
                .extracting(Object::toString)
                .anyMatch(line -> line.startsWith("change device board-2"));
        assertThat(board.get(ApiPaths.RESOURCES, Map.of()).status()).isEqualTo(401);
        assertThat(database.count("SELECT COUNT(*) FROM device WHERE device_id = 'board-2' AND retired_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void a_device_the_file_turns_into_another_kind_must_enroll_again() {
        // given an enrolled board
        importFile(example());
        enroll("board-2", "estate-test-board-2-token");

        // when the file makes it a door controller
        importFile(exampleWith(root -> {
            ObjectNode changed = at(root, "/properties/0/devices/1");
            changed.put("kind", "door");
            changed.remove("objects");
        }));

        // then its old token no longer signs in
        assertThat(new ApiClient(backend.baseUri(), "estate-test-board-2-token")
                        .get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of())
                        .status())
                .isEqualTo(401);
    }

    /** The device administration the CLI and staff pages use, on a connection pool of the test's own. */
    protected DeviceAdmin deviceAdmin() {
        if (adminDatabase == null) {
            adminDatabase = Database.open(database.url(), database.user(), "");
        }
        Transactor transactor = adminDatabase.transactor();
        return new DeviceAdmin(
                transactor,
                new DeviceEnrollment(transactor, new Resources(transactor), new DeviceRepository(), clock),
                clock);
    }

    @Test
    void a_retired_apartment_named_again_is_restored() {
        // given
        importFile(example());
        importFile(exampleWith(root -> ((ArrayNode) root.at("/properties/0/buildings/0/apartments")).remove(7)));

        // when
        EstatePlan plan = importFile(example());

        // then
        assertThat(plan.lines())
                .extracting(Object::toString)
                .containsExactly("change apartment larkan/lg4/1102: restored");
        assertThat(database.count("SELECT COUNT(*) FROM apartment WHERE retired_at IS NOT NULL"))
                .isZero();
    }

    // ---- push

    @Test
    void an_import_is_heard_by_a_device_resuming_its_event_stream() {
        // given an enrolled door controller at the version after the first import
        importFile(example());
        enroll("door-1", DOOR_TOKEN);
        long version = snapshotOf(DOOR_TOKEN).version();

        // when a change is imported and the device resumes from its version
        importFile(exampleWith(root -> at(root, "/properties/0/doors/0").put("name", "Entré")));
        List<ChangeEvent> heard = listen(DOOR_TOKEN, version);

        // then it hears doors-changed, which makes it download its snapshot
        await().atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream().anyMatch(e -> e.kind().equals(ChangeEvent.DOORS_CHANGED)));
    }

    /** Events heard by the device with {@code token}, resuming after {@code version}. */
    protected List<ChangeEvent> listen(String token, long version) {
        List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
        ApiClient client = new ApiClient(backend.baseUri(), token);
        var request = client.request(ApiPaths.DEVICE_EVENTS, Map.of("Last-Event-ID", Long.toString(version)));
        streams.add(EventSources.createFactory(ApiClient.http())
                .newEventSource(request.build(), new EventSourceListener() {
                    @Override
                    public void onEvent(EventSource source, String id, String type, String data) {
                        try {
                            heard.add(JSON.readValue(data, ChangeEvent.class));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }));
        return heard;
    }

    private final List<EventSource> streams = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(EventSource::cancel);
    }

    /** The backend this contract started, for subclasses' own checks. */
    protected Backend backend() {
        return backend;
    }

    protected EstatePlan importExampleWith(Consumer<ObjectNode> edit) {
        return importFile(exampleWith(edit));
    }

    protected void importExample() {
        importFile(example());
    }

    protected void enrollDoorController() {
        enroll("door-1", DOOR_TOKEN);
    }

    protected static String doorControllerToken() {
        return DOOR_TOKEN;
    }

    protected long snapshotVersionOfDoorController() {
        return snapshotOf(DOOR_TOKEN).version();
    }

    // ---- tags

    @Test
    void tags_are_stored_as_keyed_hashes_and_never_raw() throws SQLException {
        // when
        importFile(example());

        // then no text column of any table holds a raw UID of the file
        assertThat(database.count("SELECT COUNT(*) FROM tag WHERE uid_hash = '" + hashOf("11020001") + "'"))
                .isEqualTo(1);
        for (String raw : List.of("11020001", "06110202", "5A120601")) {
            assertThat(tablesHolding(raw)).as(raw).isEmpty();
        }
    }

    private List<String> tablesHolding(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet row = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (row.next()) {
                    String type = row.getString("TYPE_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (type.contains("char") || type.contains("text")) {
                        columns.add(new String[] {row.getString("TABLE_NAME"), row.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM \"" + column[0]
                                + "\" WHERE UPPER(\"" + column[1] + "\") LIKE '%" + text + "%'")) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        found.add(column[0] + "." + column[1]);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void a_tag_of_another_apartment_is_refused_and_nothing_of_the_file_is_written() {
        // given
        importFile(example());
        Map<String, Long> before = rowCounts();

        // when 1103 lists a tag of 1102, in a file that also changes the property before it
        byte[] file = exampleWith(root -> {
            at(root, "/properties/0").put("landlordPhone", "+46 8 999 999 99");
            at(root, "/properties/0/buildings/0/apartments/7").remove("tags");
            ArrayNode tags = (ArrayNode) root.at("/properties/0/buildings/0/apartments/8/tags");
            tags.set(0, "11020001");
        });

        // then
        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(EstateRefusal.class, refusal -> {
            assertThat(refusal.pointer()).isEqualTo("/properties/0/buildings/0/apartments/8/tags/0");
            assertThat(refusal.getMessage()).contains("11020001").contains("another apartment");
        });
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM property WHERE landlord_phone = '+46 8 999 999 99'"))
                .isZero();
    }

    @Test
    void a_new_tag_beyond_the_household_limit_is_refused() {
        // given 1102 has two tags
        importFile(example());
        Map<String, Long> before = rowCounts();

        // when the file gives it three, one of them new, after a third was issued by staff (here: SQL)
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "INSERT INTO tag (apartment_id, uid_hash, masked_uid, status, issued_at)"
                            + " SELECT id, '" + hashOf("AABBCCDD") + "', '••••CCDD', 'ACTIVE', CURRENT_TIMESTAMP"
                            + " FROM apartment WHERE label = '1102' AND building_id = (SELECT id FROM building WHERE estate_key = 'lg4')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        byte[] file = exampleWith(
                root -> ((ArrayNode) root.at("/properties/0/buildings/0/apartments/7/tags")).add("11020003"));

        // then
        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(EstateRefusal.class, refusal -> {
            assertThat(refusal.pointer()).isEqualTo("/properties/0/buildings/0/apartments/7/tags");
            assertThat(refusal.getMessage()).contains("at most 3");
        });
        assertThat(rowCounts().get("tag")).isEqualTo(before.get("tag") + 1);
    }

    // ---- export

    @Test
    void an_export_imported_again_changes_nothing() {
        // given
        importFile(example());
        String exported = runtime().exporter().export();

        // when
        EstatePlan plan = importFile(exported.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(plan.lines()).isEmpty();
        assertThat(exported).doesNotContain("11020001").contains("\"key\" : \"larkan\"");
    }

    @Test
    void the_export_command_writes_the_estate_to_a_file() throws IOException {
        // given
        importFile(example());
        Path file = folder.resolve("export.json");

        // when
        Run run = run("export", file.toString());

        // then
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode exported = JSON.readTree(file.toFile());
        assertThat(exported.at("/properties/1/objects/0/names/ar").asText()).isEqualTo("غرفة الغسيل");
        assertThat(exported.at("/properties/0/buildings/1/apartments").size()).isEqualTo(24);
    }

    @Test
    void the_demo_estate_exports_and_imports_again_unchanged() {
        // given a backend with the demo data on a database of its own
        try (TestDatabase demoDatabase = newDatabase();
                Backend demo = Backend.start(demoDatabase.configure(BackendConfig.forTests(clock)));
                EstateRuntime demoRuntime =
                        EstateRuntime.open(demoDatabase.url(), demoDatabase.user(), "", DemoEstate.TAG_KEY, clock)) {
            String exported = demoRuntime.exporter().export();

            // when
            EstatePlan plan = demoRuntime.importer().importFile(exported.getBytes(StandardCharsets.UTF_8), false);

            // then the demo rows carry the example's keys, and nothing changes
            assertThat(demo.port()).isPositive();
            assertThat(exported).contains("\"key\" : \"larkan\"").contains("\"key\" : \"tvatt-a\"");
            assertThat(plan.lines()).isEmpty();
        }
    }

    // ---- refusals: each names its pointer and value, and nothing is written

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(
                        "a duplicate building key",
                        r -> at(r, "/properties/0/buildings/1").put("key", "lg4"),
                        "/properties/0/buildings/1/key",
                        "'lg4'"),
                refusal(
                        "a duplicate apartment label",
                        r -> at(r, "/properties/0/buildings/1/apartments/7").put("label", "1001"),
                        "/properties/0/buildings/1/apartments/7/label",
                        "'1001'"),
                refusal(
                        "a duplicate door key (doors are global)",
                        r -> at(r, "/properties/1/doors/0").put("key", "lg4-entrance"),
                        "/properties/1/doors/0/key",
                        "'lg4-entrance'"),
                refusal(
                        "a door of an unknown building",
                        r -> at(r, "/properties/0/doors/0").put("building", "lg9"),
                        "/properties/0/doors/0/building",
                        "'lg9'"),
                refusal(
                        "an object of an unknown door",
                        r -> at(r, "/properties/0/objects/0").put("door", "nowhere"),
                        "/properties/0/objects/0/door",
                        "'nowhere'"),
                refusal(
                        "an object of an unknown quota group",
                        r -> at(r, "/properties/0/objects/0").put("quotaGroup", "sparven-tvatt"),
                        "/properties/0/objects/0/quotaGroup",
                        "'sparven-tvatt'"),
                refusal(
                        "a device showing an unknown object",
                        r -> ((ArrayNode) r.at("/properties/0/devices/0/objects")).set(0, "tvatt-z"),
                        "/properties/0/devices/0/objects/0",
                        "'tvatt-z'"),
                refusal(
                        "a device guarding a door of another property",
                        r -> ((ArrayNode) r.at("/properties/0/devices/2/doors")).add("sg12-entrance"),
                        "/properties/0/devices/2/doors/3",
                        "'sg12-entrance'"),
                refusal(
                        "overlapping slots",
                        r -> ((ArrayNode) r.at("/properties/0/objects/0/slots/default")).set(1, "09:00-12:00"),
                        "/properties/0/objects/0/slots/default/1",
                        "'09:00-12:00'"),
                refusal(
                        "a slot that ends before it starts",
                        r -> ((ArrayNode) r.at("/properties/0/objects/0/slots/default")).set(0, "10:00-07:00"),
                        "/properties/0/objects/0/slots/default/0",
                        "'10:00-07:00'"),
                refusal(
                        "a time that is no time",
                        r -> ((ArrayNode) r.at("/properties/1/objects/0/slots/sat")).set(0, "25:00-26:00"),
                        "/properties/1/objects/0/slots/sat/0",
                        "'25:00-26:00'"),
                refusal(
                        "a bad time zone",
                        r -> at(r, "/properties/1").put("timeZone", "Europe/Lund"),
                        "/properties/1/timeZone",
                        "'Europe/Lund'"),
                refusal(
                        "a UID that is not hexadecimal",
                        r -> ((ArrayNode) r.at("/properties/0/buildings/1/apartments/3/tags")).set(1, "04A22BXY"),
                        "/properties/0/buildings/1/apartments/3/tags/1",
                        "'04A22BXY'"),
                refusal(
                        "more tags than a household may have",
                        r -> ((ArrayNode) r.at("/properties/0/buildings/0/apartments/7/tags"))
                                .add("04A22B71")
                                .add("04A22B72"),
                        "/properties/0/buildings/0/apartments/7/tags",
                        "[\"11020001\""),
                refusal(
                        "a tag listed twice",
                        r -> ((ArrayNode) r.at("/properties/0/buildings/0/apartments/8/tags")).set(0, "11020001"),
                        "/properties/0/buildings/0/apartments/8/tags/0",
                        "'11020001'"),
                refusal(
                        "an unknown field",
                        r -> at(r, "/properties/0/buildings/0").put("colour", "red"),
                        "/properties/0/buildings/0/colour",
                        "'colour'"),
                refusal(
                        "a laundry door no object opens",
                        r -> at(r, "/properties/0/objects/0").remove("door"),
                        "/properties/0/doors/2/kind",
                        "'laundry'"),
                refusal(
                        "an unknown device kind",
                        r -> at(r, "/properties/1/devices/0").put("kind", "kiosk"),
                        "/properties/1/devices/0/kind",
                        "'kiosk'"),
                refusal(
                        "a bad key",
                        r -> at(r, "/properties/1").put("key", "Sparven!"),
                        "/properties/1/key",
                        "'Sparven!'"),
                refusal(
                        "a missing label",
                        r -> at(r, "/properties/0/buildings/0/apartments/0").remove("label"),
                        "/properties/0/buildings/0/apartments/0/label",
                        "is required"),
                refusal("another format version", r -> r.put("estateVersion", 2), "/estateVersion", "2"));
    }

    private static Arguments refusal(String what, Consumer<ObjectNode> edit, String pointer, String value) {
        return Arguments.of(what, edit, pointer, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_bad_file_is_refused_at_its_pointer_and_writes_nothing(
            String what, Consumer<ObjectNode> edit, String pointer, String value) {
        // given an estate imported once, so that a refusal could have changed something
        importFile(example());
        Map<String, Long> before = rowCounts();

        // when
        byte[] file = exampleWith(edit);

        // then
        assertThatThrownBy(() -> importFile(file)).as(what).isInstanceOfSatisfying(EstateRefusal.class, refusal -> {
            assertThat(refusal.pointer()).isEqualTo(pointer);
            assertThat(refusal.getMessage()).contains(value);
        });
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_json_is_refused_with_its_line() {
        assertThatThrownBy(() ->
                        importFile("{\"estateVersion\": 1,\n \"properties\": [}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(EstateRefusal.class, refusal -> {
                    assertThat(refusal.pointer()).isEmpty();
                    assertThat(refusal.getMessage()).contains("line 2");
                });
    }

    @Test
    void a_json_object_with_a_field_twice_is_refused() {
        assertThatThrownBy(() -> importFile("{\"estateVersion\": 1, \"estateVersion\": 1, \"properties\": []}"
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EstateRefusal.class)
                .hasMessageContaining("estateVersion");
    }

    // ---- the command's statuses

    @Test
    void a_refused_file_gives_status_2_and_one_line_with_pointer_and_value() throws IOException {
        // given
        Path file = folder.resolve("bad.json");
        Files.write(file, exampleWith(root -> at(root, "/properties/0").put("timeZone", "Mars/Olympus")));

        // when
        Run run = run("import", file.toString());

        // then
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines())
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains("/properties/0/timeZone").contains("'Mars/Olympus'"));
        assertThat(database.count("SELECT COUNT(*) FROM property")).isZero();
    }

    @Test
    void a_missing_file_gives_status_2() {
        // when
        Run run = run("import", folder.resolve("nowhere.json").toString());

        // then
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    /** The {@code estate} command as the CLI runs it, against this contract's database. */
    protected Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EstateCommand(this::runtimeForCommand));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int status = command.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** A runtime of its own per command run, as the CLI opens one (closing it leaves the test's open). */
    private EstateRuntime runtimeForCommand() {
        EstateRuntime shared = runtime();
        return new EstateRuntime() {
            @Override
            public EstateImporter importer() {
                return shared.importer();
            }

            @Override
            public EstateExporter exporter() {
                return shared.exporter();
            }

            @Override
            public void close() {}
        };
    }

    protected record Run(int status, String out, String err) {}
}
