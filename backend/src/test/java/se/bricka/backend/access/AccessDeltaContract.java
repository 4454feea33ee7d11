package se.bricka.backend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.core.wire.SnapshotDeltas;

/**
 * Pushed changes carry their delta: a device that applies them in order to the snapshot it held ends
 * with the snapshot the backend serves at that version, live and when resuming from the change log.
 */
public abstract class AccessDeltaContract extends StaffTestBase {

    private static final String CARETAKER = new TagHasher(DemoEstate.TAG_KEY).hash(DemoDoors.CARETAKER_TAG);
    private static final ObjectMapper JSON = Json.newMapper();

    private final List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
    private ApiClient doorController;
    private StaffClient service;
    private EventSource stream;

    @BeforeEach
    void doorController() {
        doorController = new ApiClient(backend.baseUri(), DemoDoors.DOOR_CONTROLLER.token());
        service = signedIn(CUSTOMER_SERVICE);
    }

    @AfterEach
    void closeStream() {
        if (stream != null) {
            stream.cancel();
        }
    }

    private DeviceSnapshot snapshot() {
        return doorController.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of()).as(DeviceSnapshot.class);
    }

    /** Listens as the door controller, resuming after {@code version} when it is not negative. */
    private void listen(long version) {
        var request = doorController.request(
                ApiPaths.DEVICE_EVENTS, version < 0 ? Map.of() : Map.of("Last-Event-ID", Long.toString(version)));
        stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(request.build(), new EventSourceListener() {
                    @Override
                    public void onEvent(EventSource source, String id, String type, String data) {
                        try {
                            heard.add(JSON.readValue(data, ChangeEvent.class));
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
    }

    private long tagOf(String tagHash) {
        return database.count("SELECT id FROM tag WHERE uid_hash = '" + tagHash + "'");
    }

    private DeviceSnapshot appliedInOrder(DeviceSnapshot held, long upTo) {
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.stream().anyMatch(e -> e.version() == upTo));
        DeviceSnapshot current = held;
        for (ChangeEvent event : heard) {
            Optional<DeviceSnapshot> next = SnapshotDeltas.apply(current, event);
            assertThat(next).as("change %s applies without a download", event).isPresent();
            current = next.get();
        }
        return current;
    }

    private static void assertSameSnapshot(DeviceSnapshot applied, DeviceSnapshot served) {
        assertThat(applied.version()).isEqualTo(served.version());
        assertThat(applied.residents()).containsExactlyInAnyOrderElementsOf(served.residents());
        assertThat(applied.staff()).containsExactlyInAnyOrderElementsOf(served.staff());
        assertThat(applied.bookings()).containsExactlyInAnyOrderElementsOf(served.bookings());
        assertThat(applied.doors()).isEqualTo(served.doors());
    }

    @Test
    void a_live_block_carries_the_blocked_tag_and_applying_it_gives_the_served_snapshot() {
        // given a door controller holding its snapshot and listening
        DeviceSnapshot held = snapshot();
        listen(-1);
        await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 1);

        // when customer service blocks a tag
        service.post("/staff/tags/" + tagOf(DemoTags.APARTMENT_1102) + "/block", Map.of("reason", "LOST"));

        // then the change names the tag as it now is, and applying it needs no download
        DeviceSnapshot applied = appliedInOrder(held, held.version() + 1);
        assertThat(heard.getFirst().delta().residents()).singleElement().satisfies(tag -> {
            assertThat(tag.tagHash()).isEqualTo(DemoTags.APARTMENT_1102);
            assertThat(tag.blocked()).isTrue();
        });
        assertSameSnapshot(applied, snapshot());
    }

    @Test
    void every_kind_of_change_resumed_from_the_log_applies_to_the_served_snapshot() {
        // given the snapshot a door controller holds
        DeviceSnapshot held = snapshot();
        long resource = held.doors().stream()
                .filter(door -> door.resourceId() != null)
                .findFirst()
                .orElseThrow()
                .resourceId();

        // when tags are issued, blocked, unblocked, a slot is booked and another booked and cancelled,
        // a grant changes and an apartment moves out, all while the device is away
        long apartment = apartmentId("1102");
        service.post("/staff/apartments/" + apartmentId("1203") + "/tags", Map.of("uid", "04:A1:B2:C3"));
        service.post("/staff/tags/" + tagOf(DemoTags.APARTMENT_1102_SECOND) + "/block", Map.of("reason", "LOST"));
        service.post("/staff/tags/" + tagOf(DemoTags.BLOCKED) + "/unblock", Map.of());
        Reply kept = board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":" + resource + ",\"date\":\"2026-11-26\",\"start\":\"10:00\"}",
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1203));
        Reply dropped = board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":" + resource + ",\"date\":\"2026-11-27\",\"start\":\"10:00\"}",
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1203));
        board.delete(
                ApiPaths.booking(dropped.json().path("bookingId").asLong()),
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1203));
        backend.staffGrants().replace(CARETAKER, Set.of(DemoDoors.ENTRANCE), "MON-FRI 07:00-12:00");
        service.post("/staff/apartments/" + apartment + "/move-out", Map.of());
        DeviceSnapshot served = snapshot();

        // then resuming from the held version replays every change with its delta
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(served.version()).isEqualTo(held.version() + 8);
        listen(held.version());
        assertSameSnapshot(appliedInOrder(held, served.version()), served);
    }
}
