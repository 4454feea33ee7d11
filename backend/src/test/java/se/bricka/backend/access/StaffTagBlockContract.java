package se.bricka.backend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;

/**
 * IT administration blocks, unblocks and replaces a caretaker's staff tag: a board listening on its
 * event stream hears {@code caretaker-pins-changed} at once and its PIN list's staff-tag hashes follow;
 * the doors get the tag as it now is. Refusals change nothing.
 */
public abstract class StaffTagBlockContract extends StaffTestBase {

    private static final ObjectMapper JSON = Json.newMapper();
    private static final String NEW_UID = "CA7E7A70";

    private final List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
    private StaffClient it;
    private long staffTag;
    private EventSource stream;

    @BeforeEach
    void signInAndListen() {
        it = signedIn(IT_ADMIN);
        staffTag = database.count(
                "SELECT id FROM staff_tag WHERE uid_hash = '" + DemoTags.hash(DemoDoors.CARETAKER_TAG.hex()) + "'");
        stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(board.request(ApiPaths.DEVICE_EVENTS, Map.of()).build(), new EventSourceListener() {
                    @Override
                    public void onEvent(EventSource source, String id, String type, String data) {
                        try {
                            heard.add(JSON.readValue(data, ChangeEvent.class));
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
        await().atMost(Duration.ofSeconds(5)).until(() -> backend.connectedDevices() == 1);
    }

    @AfterEach
    void closeStream() {
        stream.cancel();
    }

    private List<String> boardsStaffTagHashes() {
        JsonNode pins = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).json();
        return pins.findValues("staffTagHashes").stream()
                .flatMap(hashes -> java.util.stream.StreamSupport.stream(hashes.spliterator(), false))
                .map(JsonNode::asText)
                .toList();
    }

    private void awaitPinsPush() {
        await().atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream().anyMatch(e -> ChangeEvent.CARETAKER_PINS_CHANGED.equals(e.kind())));
    }

    private DeviceSnapshot doorSnapshot() {
        return new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token())
                .get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of())
                .as(DeviceSnapshot.class);
    }

    private long version() {
        return database.count("SELECT version FROM change_counter");
    }

    @Test
    void a_blocked_staff_tag_is_pushed_to_the_boards_and_leaves_their_pin_list() {
        // given
        String hash = DemoTags.hash(DemoDoors.CARETAKER_TAG.hex());
        assertThat(boardsStaffTagHashes()).contains(hash);

        // when
        Page page = it.post("/staff/staff-tags/" + staffTag + "/block", Map.of());

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        awaitPinsPush();
        assertThat(boardsStaffTagHashes()).doesNotContain(hash);
        assertThat(heard)
                .filteredOn(e -> ChangeEvent.GRANT_CHANGED.equals(e.kind()))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.delta().staff().getFirst().blocked()).isTrue());
        assertThat(doorSnapshot().staff())
                .filteredOn(s -> s.tagHash().equals(hash))
                .allSatisfy(s -> assertThat(s.blocked()).isTrue());
        assertThat(database.count("SELECT COUNT(*) FROM staff_tag_action WHERE action = 'BLOCKED' AND staff_tag_id = "
                        + staffTag))
                .isEqualTo(1);
    }

    @Test
    void an_unblocked_staff_tag_is_pushed_back_into_the_pin_list() {
        // given
        String hash = DemoTags.hash(DemoDoors.CARETAKER_TAG.hex());
        it.post("/staff/staff-tags/" + staffTag + "/block", Map.of());
        awaitPinsPush();
        heard.clear();

        // when
        Page page = it.post("/staff/staff-tags/" + staffTag + "/unblock", Map.of());

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        awaitPinsPush();
        assertThat(boardsStaffTagHashes()).contains(hash);
    }

    @Test
    void a_replaced_staff_tag_gives_way_to_the_new_one_with_the_same_grant() {
        // given
        String oldHash = DemoTags.hash(DemoDoors.CARETAKER_TAG.hex());
        String newHash = DemoTags.hash(NEW_UID);
        long doors = database.count("SELECT COUNT(*) FROM staff_grant_door WHERE staff_tag_id = " + staffTag);

        // when
        Page page = it.post("/staff/staff-tags/" + staffTag + "/replace", Map.of("uid", NEW_UID));

        // then
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        awaitPinsPush();
        assertThat(boardsStaffTagHashes()).contains(newHash).doesNotContain(oldHash);
        long replacement = database.count("SELECT id FROM staff_tag WHERE uid_hash = '" + newHash + "'");
        assertThat(database.count("SELECT COUNT(*) FROM staff_grant_door WHERE staff_tag_id = " + replacement))
                .isEqualTo(doors);
        assertThat(database.count("SELECT staff_ref FROM staff_tag WHERE id = " + replacement))
                .isEqualTo(DemoDoors.CARETAKER_STAFF_REF);
        assertThat(doorSnapshot().staff()).anySatisfy(s -> {
            assertThat(s.tagHash()).isEqualTo(newHash);
            assertThat(s.blocked()).isFalse();
        });
    }

    @Test
    void refusals_change_nothing_and_push_nothing() {
        // given
        it.post("/staff/staff-tags/" + staffTag + "/block", Map.of());
        awaitPinsPush();
        heard.clear();
        long before = version();
        long actions = database.count("SELECT COUNT(*) FROM staff_tag_action");

        // when
        Page again = it.post("/staff/staff-tags/" + staffTag + "/block", Map.of());
        Page unknown = it.post("/staff/staff-tags/999999/block", Map.of());
        Page badUid = it.post("/staff/staff-tags/" + staffTag + "/replace", Map.of("uid", "not-a-uid"));
        Page taken =
                it.post("/staff/staff-tags/" + staffTag + "/replace", Map.of("uid", DemoDoors.CARETAKER_TAG.hex()));
        Page notAllowed = signedIn(CUSTOMER_SERVICE).post("/staff/staff-tags/" + staffTag + "/unblock", Map.of());

        // then
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(badUid.status()).as(badUid.body()).isEqualTo(400);
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(notAllowed.status()).as(notAllowed.body()).isEqualTo(403);
        assertThat(version()).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM staff_tag_action")).isEqualTo(actions);
        assertThat(heard).isEmpty();
    }

    @Test
    void the_door_access_page_offers_block_and_replace_for_each_staff_tag() {
        // when
        Page page = it.get("/staff/door-access");

        // then
        assertThat(page.body())
                .contains("id=\"block-staff-tag-" + staffTag + "\"")
                .contains("id=\"replace-staff-tag-" + staffTag + "\"");
    }
}
