package se.bricka.backend.caretaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.caretaker.PinHasher.PinHash;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/** Caretaker PINs served hashed, changed and revoked with a push, and maintenance events stored. */
abstract class CaretakerContract extends ApiTestBase {

    @Test
    void a_board_receives_each_caretakers_pin_hashed_and_never_the_pin() {
        // when
        Reply reply = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of());

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode first = reply.json().path(0);
        assertThat(reply.json()).hasSize(DemoCaretakers.ALL.size());
        assertThat(reply.body()).doesNotContain(DemoCaretakers.ALL.getFirst().pin());
        assertThat(PinHasher.matches(DemoCaretakers.ALL.getFirst().pin(), pinOf(first)))
                .isTrue();
    }

    @Test
    void a_caretaker_with_a_staff_tag_is_served_with_its_hash_so_a_tap_then_the_pin_opens_the_board() {
        // when
        JsonNode pins = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).json();

        // then
        assertThat(pins.path(0).path("staffTagHashes").toString())
                .isEqualTo("[\"" + DemoTags.hash(DemoDoors.CARETAKER_TAG.hex()) + "\"]");
        assertThat(pins.path(1).path("staffTagHashes").size()).isZero();
    }

    @Test
    void a_revoked_pin_is_no_longer_served_and_the_change_is_pushed() {
        // given
        long leaving = firstCaretakerId();

        // when
        Reply reply = board.delete(ApiPaths.caretakerPin(leaving), caretakerSession());

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        JsonNode pins = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).json();
        assertThat(pins.findValuesAsText("caretakerId")).doesNotContain(Long.toString(leaving));
        assertThat(database.count(
                        "SELECT COUNT(*) FROM change_log WHERE kind = '" + ChangeEvent.CARETAKER_PINS_CHANGED + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_new_pin_replaces_the_old_one() {
        // given
        long caretaker = firstCaretakerId();

        // when
        Reply reply = put(ApiPaths.caretakerPin(caretaker), "{\"pin\":\"97531086\"}");

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        PinHash stored =
                pinOf(board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).json().path(0));
        assertThat(PinHasher.matches("97531086", stored)).isTrue();
        assertThat(PinHasher.matches(DemoCaretakers.ALL.getFirst().pin(), stored))
                .isFalse();
    }

    @Test
    void a_short_or_non_digit_pin_is_refused_and_changes_nothing() {
        // given
        long caretaker = firstCaretakerId();
        String before = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).body();

        // when
        Reply tooShort = put(ApiPaths.caretakerPin(caretaker), "{\"pin\":\"12345\"}");
        Reply letters = put(ApiPaths.caretakerPin(caretaker), "{\"pin\":\"12345a\"}");

        // then
        assertProblem(tooShort, 400, "pin-too-short");
        assertProblem(letters, 400, "pin-not-digits");
        assertThat(board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).body()).isEqualTo(before);
    }

    @Test
    void another_caretakers_pin_is_not_changed_from_a_board() {
        // given the first caretaker verified on the board
        long colleague = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of())
                .json()
                .path(1)
                .path("caretakerId")
                .asLong();
        String before = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).body();

        // when they revoke a colleague's PIN and set a PIN for a caretaker of no such id
        Reply revoked = board.delete(ApiPaths.caretakerPin(colleague), caretakerSession());
        Reply unknown = put(ApiPaths.caretakerPin(999_999), "{\"pin\":\"97531086\"}");

        // then
        assertProblem(revoked, 403, "not-own-pin");
        assertProblem(unknown, 403, "not-own-pin");
        assertThat(board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()).body()).isEqualTo(before);
    }

    @Test
    void a_wrong_pin_event_is_stored_with_device_and_time() {
        // when
        Reply reply = board.post(
                ApiPaths.DEVICE_CARETAKER_EVENTS, "{\"kind\":\"pin-failed\",\"occurredAt\":\"" + NOW + "\"}", Map.of());

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_event WHERE kind = 'pin-failed'"))
                .isEqualTo(1);
    }

    @Test
    void an_event_of_unknown_kind_or_absurd_time_is_refused_and_nothing_is_stored() {
        // when
        Reply kind = board.post(
                ApiPaths.DEVICE_CARETAKER_EVENTS, "{\"kind\":\"party\",\"occurredAt\":\"" + NOW + "\"}", Map.of());
        Reply time = board.post(
                ApiPaths.DEVICE_CARETAKER_EVENTS,
                "{\"kind\":\"pin-failed\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}",
                Map.of());

        // then
        assertProblem(kind, 400, "bad-request");
        assertProblem(time, 400, "bad-request");
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_event")).isZero();
    }

    @Test
    void an_event_sent_again_with_its_id_is_stored_once() {
        // given
        String event = "{\"kind\":\"action\",\"detail\":\"brightness 60 %\",\"occurredAt\":\"" + NOW
                + "\",\"eventId\":\"7d0c3c56-3f0e-4b7e-9a53-0c1a3f1e2b44\"}";

        // when: the board did not hear the first answer and retries
        Reply first = board.post(ApiPaths.DEVICE_CARETAKER_EVENTS, event, Map.of());
        Reply retried = board.post(ApiPaths.DEVICE_CARETAKER_EVENTS, event, Map.of());

        // then
        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(retried.status()).as(retried.body()).isEqualTo(204);
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_event")).isEqualTo(1);
    }

    @Test
    void an_overlong_event_id_is_refused_and_nothing_is_stored() {
        // when
        Reply reply = board.post(
                ApiPaths.DEVICE_CARETAKER_EVENTS,
                "{\"kind\":\"left\",\"occurredAt\":\"" + NOW + "\",\"eventId\":\"" + "x".repeat(37) + "\"}",
                Map.of());

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(database.count("SELECT COUNT(*) FROM caretaker_event")).isZero();
    }

    private long firstCaretakerId() {
        return board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of())
                .json()
                .path(0)
                .path("caretakerId")
                .asLong();
    }

    private static PinHash pinOf(JsonNode pin) {
        return new PinHash(
                pin.path("salt").asText(),
                pin.path("hash").asText(),
                pin.path("iterations").asInt());
    }

    private Reply put(String path, String json) {
        Request request = board.request(path, caretakerSession())
                .put(RequestBody.create(json, MediaType.get("application/json")))
                .build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            return new Reply(
                    response.code(),
                    response.header("Content-Type", ""),
                    response.body().string());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
