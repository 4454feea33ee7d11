package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/** Retrying a booking with an Idempotency-Key never books twice. */
public abstract class IdempotencyContract extends ApiTestBase {

    private Reply bookWithKey(String tagHash, String start, String key) {
        Map<String, String> headers = new HashMap<>(tag(tagHash));
        headers.put(ApiPaths.IDEMPOTENCY_HEADER, key);
        return board.post(ApiPaths.BOOKINGS, bookingJson(resourceId, TOMORROW.toString(), start), headers);
    }

    @Test
    void retry_with_the_same_key_returns_the_first_response_and_books_once() {
        // given a booking made with a key
        Reply first = bookWithKey(DemoTags.APARTMENT_1102, "10:00", "key-1");

        // when the board retries it, as after a lost response
        Reply retry = bookWithKey(DemoTags.APARTMENT_1102, "10:00", "key-1");

        // then the retry gets the same status and body, and there is one booking
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(bookingRows()).isEqualTo(1);
    }

    @Test
    void retry_with_another_tag_of_the_same_apartment_is_the_same_request() {
        // given a booking made with a key and the apartment's first tag
        Reply first = bookWithKey(DemoTags.APARTMENT_1102, "10:00", "key-1");

        // when it is retried with the apartment's second tag
        Reply retry = bookWithKey(DemoTags.APARTMENT_1102_SECOND, "10:00", "key-1");

        // then it is the same booking
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(bookingRows()).isEqualTo(1);
    }

    @Test
    void same_key_with_a_different_request_is_refused_with_422() {
        // given a booking made with a key
        bookWithKey(DemoTags.APARTMENT_1102, "10:00", "key-1");

        // when the key is sent again for another slot
        Reply reply = bookWithKey(DemoTags.APARTMENT_1102, "13:00", "key-1");

        // then it is refused and the other slot stays free
        assertProblem(reply, 422, "idempotency-key-reused");
        assertThat(bookingRows()).isEqualTo(1);
    }

    @Test
    void refused_booking_with_a_key_stores_nothing() {
        // given a slot held by another apartment
        book(DemoTags.APARTMENT_1203, TOMORROW, "10:00");

        // when 1102 tries it with a key
        Reply reply = bookWithKey(DemoTags.APARTMENT_1102, "10:00", "key-2");

        // then it is refused and no idempotency record remains
        assertProblem(reply, 409, "slot-taken");
        assertThat(database.count("SELECT COUNT(*) FROM idempotency")).isZero();
    }

    @Test
    void malformed_key_is_refused_with_400() {
        // when a key with spaces and control characters arrives
        Reply reply = bookWithKey(DemoTags.APARTMENT_1102, "10:00", "not a key");

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(bookingRows()).isZero();
    }
}
