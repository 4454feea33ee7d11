package se.bricka.backend.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/** Health, device authentication, bootstrap, identify and the event stream. */
public abstract class DeviceContract extends ApiTestBase {

    /** Counted down when the latest {@link #listen} stream has received its headers. */
    private CountDownLatch opened = new CountDownLatch(1);

    /** One received server-sent event. */
    private record Received(String id, String type, String data) {}

    @Test
    void health_answers_without_a_token() {
        // when
        Reply reply = new ApiClient(backend.baseUri(), null).get(ApiPaths.HEALTH, Map.of());

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void api_without_a_token_is_401() {
        // when
        Reply reply = new ApiClient(backend.baseUri(), null).get(ApiPaths.DEVICE_BOOTSTRAP, Map.of());

        // then
        assertProblem(reply, 401, "unauthorized");
    }

    @Test
    void api_with_an_unknown_token_is_401() {
        // when
        Reply reply = new ApiClient(backend.baseUri(), "forged-token").get(ApiPaths.DEVICE_BOOTSTRAP, Map.of());

        // then
        assertProblem(reply, 401, "unauthorized");
    }

    @Test
    void unknown_path_is_a_404_problem() {
        // when
        Reply reply = board.get("/api/v1/nothing-here", Map.of());

        // then
        assertProblem(reply, 404, "not-found");
    }

    @Test
    void bootstrap_tells_the_device_who_it_is() {
        // when board 2 starts
        Reply reply = new ApiClient(backend.baseUri(), DemoEstate.DEVICES.get(1).token())
                .get(ApiPaths.DEVICE_BOOTSTRAP, Map.of());

        // then it learns its id, property, zone, tag key and laundry room
        assertThat(reply.status()).isEqualTo(200);
        var bootstrap = reply.json();
        assertThat(bootstrap.path("deviceId").asText()).isEqualTo("board-2");
        assertThat(bootstrap.path("propertyName").asText()).isEqualTo(DemoEstate.PROPERTY_NAME);
        assertThat(bootstrap.path("zone").asText()).isEqualTo("Europe/Stockholm");
        assertThat(Base64.getDecoder().decode(bootstrap.path("tagKey").asText()))
                .isEqualTo(DemoEstate.TAG_KEY);
        assertThat(bootstrap.path("resources").get(0).path("name").asText()).isEqualTo(DemoEstate.LAUNDRY_ROOM_NAME);
        assertThat(bootstrap.path("resources").get(0).path("kind").asText()).isEqualTo("laundry");
    }

    @Test
    void identify_returns_the_household_of_a_tag() {
        // when
        Reply reply = identify(DemoTags.APARTMENT_1102);

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("apartmentLabel").asText()).isEqualTo("1102");
        assertThat(reply.json().path("apartmentId").asLong()).isPositive();
    }

    @Test
    void identify_refuses_an_unknown_tag_with_403() {
        assertProblem(identify(DemoTags.UNKNOWN), 403, "unknown-tag");
    }

    @Test
    void identify_refuses_a_blocked_tag_with_403() {
        assertProblem(identify(DemoTags.BLOCKED), 403, "tag-blocked");
    }

    @Test
    void identify_refuses_a_malformed_hash_with_400() {
        // when a raw UID is sent instead of its hash
        Reply reply = identify("11020001");

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains("11020001");
    }

    @Test
    void identify_without_a_hash_names_the_missing_field() {
        // when
        Reply reply = board.post(ApiPaths.DEVICE_IDENTIFY, "{}", Map.of());

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains("tagHash");
    }

    @Test
    void event_stream_delivers_a_change_after_a_booking() {
        // given a board that read the week (version 0) and listens from there
        long version = week(DemoTags.APARTMENT_1102, TOMORROW).path("version").asLong();
        List<Received> events = new CopyOnWriteArrayList<>();
        EventSource stream = listen(Long.toString(version), events);
        try {
            // when a booking is made
            book(DemoTags.APARTMENT_1203, TOMORROW, "16:00");

            // then the board hears of it within two seconds
            await().atMost(Duration.ofSeconds(2)).until(() -> !events.isEmpty());
            Received event = events.getFirst();
            assertThat(event.type()).isEqualTo(ApiPaths.CHANGE_EVENT);
            assertThat(event.id()).isEqualTo("1");
            ChangeEvent change = new Reply(200, "", event.data()).as(ChangeEvent.class);
            assertThat(change)
                    .usingRecursiveComparison()
                    .ignoringFields("delta")
                    .isEqualTo(new ChangeEvent(
                            1, ChangeEvent.BOOKING_CREATED, resourceId, TOMORROW, java.time.LocalTime.of(16, 0)));
            // and the change carries the booking itself, for the doors that open for it
            assertThat(change.delta().booking().resourceId()).isEqualTo(resourceId);
            assertThat(change.delta().booking().date()).isEqualTo(TOMORROW);
            assertThat(change.delta().booking().start()).isEqualTo(java.time.LocalTime.of(16, 0));
        } finally {
            stream.cancel();
        }
    }

    @Test
    void connected_board_hears_a_change_as_it_happens() {
        // given a board listening live, without a version to resume from
        List<Received> events = new CopyOnWriteArrayList<>();
        EventSource stream = listen(null, events);
        try {
            await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 1);

            // when a booking is made and cancelled
            long bookingId = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00")
                    .json()
                    .path("bookingId")
                    .asLong();
            board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

            // then both changes arrive within two seconds, in order
            await().atMost(Duration.ofSeconds(2)).until(() -> events.size() >= 2);
            assertThat(events).extracting(Received::id).containsExactly("1", "2");
            assertThat(events.get(1).data()).contains(ChangeEvent.BOOKING_CANCELLED);
        } finally {
            stream.cancel();
        }
    }

    @Test
    void board_that_books_the_moment_its_stream_opens_still_hears_it() throws InterruptedException {
        // given a board whose stream has just opened (headers received, nothing more)
        List<Received> events = new CopyOnWriteArrayList<>();
        EventSource stream = listen(null, events);
        try {
            assertThat(opened.await(2, TimeUnit.SECONDS)).isTrue();

            // when it books at once
            book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

            // then the change still reaches it
            await().atMost(Duration.ofSeconds(2)).until(() -> !events.isEmpty());
            assertThat(events).extracting(Received::id).containsExactly("1");
        } finally {
            stream.cancel();
        }
    }

    @Test
    void board_that_went_away_is_dropped_at_the_next_change() {
        // given a board that listened and then vanished
        List<Received> events = new CopyOnWriteArrayList<>();
        EventSource stream = listen(null, events);
        await().atMost(Duration.ofSeconds(2)).until(() -> backend.connectedDevices() == 1);
        stream.cancel();

        // when changes are published (a write to a dead connection is how it is noticed)
        AtomicInteger day = new AtomicInteger();
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(day.getAndIncrement()), "07:00");
            return backend.connectedDevices() == 0;
        });

        // then it is no longer a subscriber, and booking still works
        assertThat(book(DemoTags.APARTMENT_1203, TOMORROW, "19:00").status()).isEqualTo(201);
    }

    @Test
    void reconnecting_board_gets_the_changes_it_missed() {
        // given two changes made while a board was away after version 1
        long bookingId = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00")
                .json()
                .path("bookingId")
                .asLong();
        board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));
        book(DemoTags.APARTMENT_1203, TOMORROW, "13:00");

        // when it reconnects with Last-Event-ID 1
        List<Received> events = new CopyOnWriteArrayList<>();
        EventSource stream = listen("1", events);
        try {
            // then it receives versions 2 and 3, in order
            await().atMost(Duration.ofSeconds(2)).until(() -> events.size() >= 2);
            assertThat(events).extracting(Received::id).containsExactly("2", "3");
            assertThat(events.getFirst().data()).contains(ChangeEvent.BOOKING_CANCELLED);
        } finally {
            stream.cancel();
        }
    }

    @Test
    void event_stream_needs_a_token() {
        // when
        Reply reply = new ApiClient(backend.baseUri(), null).get(ApiPaths.DEVICE_EVENTS, Map.of());

        // then
        assertProblem(reply, 401, "unauthorized");
    }

    private Reply identify(String tagHash) {
        return board.post(ApiPaths.DEVICE_IDENTIFY, "{\"tagHash\":\"" + tagHash + "\"}", Map.of());
    }

    private EventSource listen(String lastEventId, List<Received> events) {
        Map<String, String> headers = lastEventId == null ? Map.of() : Map.of("Last-Event-ID", lastEventId);
        var request = board.request(ApiPaths.DEVICE_EVENTS, headers).build();
        opened = new CountDownLatch(1);
        CountDownLatch openedNow = opened;
        return EventSources.createFactory(ApiClient.http()).newEventSource(request, new EventSourceListener() {
            @Override
            public void onOpen(EventSource source, Response response) {
                openedNow.countDown();
            }

            @Override
            public void onEvent(EventSource source, String id, String type, String data) {
                events.add(new Received(id, type, data));
            }

            @Override
            public void onFailure(EventSource source, Throwable failure, Response response) {
                // The test's own cancel ends here too; a real failure shows as missing events.
            }
        });
    }
}
