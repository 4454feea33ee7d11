package se.bricka.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.core.wire.DeviceSnapshotCodec;

/** The device access snapshot: contents per device, keyed hashes only, versions and 304. */
public abstract class AccessSnapshotContract extends ApiTestBase {

    private static final String CARETAKER = new TagHasher(DemoEstate.TAG_KEY).hash(DemoDoors.CARETAKER_TAG);

    private ApiClient doorController;

    @BeforeEach
    void doorController() {
        doorController = new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token());
    }

    @Test
    void the_door_controller_gets_its_doors_tags_and_staff_as_keyed_hashes_only() {
        // when
        Reply reply = doorController.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of());

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        DeviceSnapshot snapshot = reply.as(DeviceSnapshot.class);
        assertThat(snapshot.doors())
                .extracting(DeviceSnapshot.DoorView::doorId)
                .containsExactlyInAnyOrder(DemoDoors.ENTRANCE, DemoDoors.BIKE_ROOM, DemoDoors.LAUNDRY_ROOM);
        assertThat(snapshot.residents()).hasSize(DemoEstate.tags().size());
        assertThat(snapshot.residents())
                .filteredOn(DeviceSnapshot.TagView::blocked)
                .extracting(DeviceSnapshot.TagView::tagHash)
                .containsExactly(DemoTags.BLOCKED);
        assertThat(snapshot.staff()).singleElement().satisfies(staff -> {
            assertThat(staff.tagHash()).isEqualTo(CARETAKER);
            assertThat(staff.doorIds()).hasSize(3);
        });
        assertThat(reply.body()).doesNotContain("11020001").doesNotContain(DemoDoors.CARETAKER_TAG.hex());
        DeviceSnapshotCodec.decode(snapshot); // consistent as a whole
        // the days its bookings cover, so that pushed bookings of other days are not taken in
        assertThat(snapshot.bookingsFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(snapshot.bookingsUntil()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void a_board_gets_only_the_laundry_door_it_is_bound_to_and_staff_grants_narrowed_to_it() {
        // when
        DeviceSnapshot snapshot =
                board.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of()).as(DeviceSnapshot.class);

        // then
        assertThat(snapshot.doors())
                .extracting(DeviceSnapshot.DoorView::doorId)
                .containsExactly(DemoDoors.LAUNDRY_ROOM);
        assertThat(snapshot.staff().getFirst().doorIds()).containsExactly(DemoDoors.LAUNDRY_ROOM);
    }

    @Test
    void an_unchanged_snapshot_is_a_304_and_a_booking_makes_a_new_version_holding_it() {
        // given
        Reply first = doorController.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of());
        long version = first.as(DeviceSnapshot.class).version();
        Map<String, String> ifNoneMatch = Map.of("If-None-Match", "\"" + version + "\"");
        assertThat(doorController
                        .get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, ifNoneMatch)
                        .status())
                .isEqualTo(304);

        // when
        Reply booked = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // then
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        Reply after = doorController.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, ifNoneMatch);
        assertThat(after.status()).isEqualTo(200);
        DeviceSnapshot snapshot = after.as(DeviceSnapshot.class);
        assertThat(snapshot.version()).isEqualTo(version + 1);
        assertThat(snapshot.bookings()).singleElement().satisfies(b -> {
            assertThat(b.date()).isEqualTo(TOMORROW);
            assertThat(b.resourceId()).isEqualTo(resourceId);
        });
    }

    @Test
    void the_snapshot_answer_carries_the_backends_clock() throws Exception {
        // when
        try (var response = ApiClient.http()
                .newCall(doorController
                        .request(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of())
                        .build())
                .execute()) {
            // then
            assertThat(response.header(ApiPaths.SERVER_TIME_HEADER)).isEqualTo(NOW.toString());
        }
    }

    @Test
    void a_changed_staff_grant_is_pushed_as_a_change_and_narrows_the_next_snapshot() {
        // given
        long before = doorController
                .get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of())
                .as(DeviceSnapshot.class)
                .version();

        // when
        boolean changed = backend.staffGrants().replace(CARETAKER, Set.of(DemoDoors.ENTRANCE), "MON-FRI 07:00-12:00");

        // then
        assertThat(changed).isTrue();
        DeviceSnapshot after =
                doorController.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of()).as(DeviceSnapshot.class);
        assertThat(after.version()).isEqualTo(before + 1);
        assertThat(after.staff().getFirst().doorIds()).containsExactly(DemoDoors.ENTRANCE);
        assertThat(after.staff().getFirst().hours()).isEqualTo("MON-FRI 07:00-12:00");
    }

    @Test
    void a_grant_for_an_unknown_staff_tag_changes_nothing() {
        // given
        long before = database.count("SELECT version FROM change_counter");

        // when
        boolean changed = backend.staffGrants().replace(DemoTags.UNKNOWN, Set.of(DemoDoors.ENTRANCE), "always");

        // then
        assertThat(changed).isFalse();
        assertThat(database.count("SELECT version FROM change_counter")).isEqualTo(before);
    }

    @Test
    void a_device_without_a_token_gets_no_snapshot() {
        // when
        Reply reply = new ApiClient(backend.baseUri(), null).get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of());

        // then
        assertProblem(reply, 401, "unauthorized");
    }
}
