package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/** Retrying the closing of an object with an Idempotency-Key never closes it twice. */
public abstract class ClosureIdempotencyContract extends ApiTestBase {

    private Reply close(String reason, String key) {
        String json = "{\"from\":\"%sT00:00\",\"until\":\"%sT00:00\",\"reason\":\"%s\"}"
                .formatted(TOMORROW, TOMORROW.plusDays(1), reason);
        return board.post(
                ApiPaths.resourceClosures(resourceId), json, withCaretaker(Map.of(ApiPaths.IDEMPOTENCY_HEADER, key)));
    }

    private long closures() {
        return database.count("SELECT COUNT(*) FROM closure");
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_answer_and_closes_once() {
        // given a booking tomorrow and a closure of tomorrow made with a key
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        Reply first = close("Water leak", "closure-1");
        long changes = database.count("SELECT COUNT(*) FROM change_log");

        // when the caretaker's board retries it, as after a lost response
        Reply retry = close("Water leak", "closure-1");

        // then the retry gets the same status and body, and nothing more happened
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("bookingsCancelled").asInt()).isEqualTo(1);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(closures()).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM change_log")).isEqualTo(changes);
    }

    @Test
    void the_same_key_for_another_closure_is_422_and_changes_nothing() {
        // given a closure made with a key
        close("Water leak", "closure-1");

        // when the key comes again with another reason
        Reply reply = close("Cleaning", "closure-1");

        // then
        assertProblem(reply, 422, "idempotency-key-reused");
        assertThat(closures()).isEqualTo(1);
    }

    @Test
    void a_key_used_for_a_booking_cannot_close_an_object() {
        // given a booking made with a key
        board.post(
                ApiPaths.BOOKINGS,
                bookingJson(resourceId, TOMORROW.toString(), "10:00"),
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102, ApiPaths.IDEMPOTENCY_HEADER, "shared-key"));

        // when the same key is sent to close the room
        Reply reply = close("Water leak", "shared-key");

        // then it is refused and the booking stands
        assertProblem(reply, 422, "idempotency-key-reused");
        assertThat(closures()).isZero();
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void a_malformed_key_is_400_and_closes_nothing() {
        // when
        Reply reply = close("Water leak", "no spaces allowed");

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(closures()).isZero();
    }

    @Test
    void concurrent_retries_with_one_key_make_one_closure_and_all_get_its_answer() throws Exception {
        // given ten copies of one request sent at once
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Reply>> copies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            copies.add(() -> close("Water leak", "closure-race"));
        }

        // when
        List<Reply> replies = new ArrayList<>();
        try {
            for (Future<Reply> reply : pool.invokeAll(copies)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then there is one closure and every copy got its answer
        assertThat(closures()).isEqualTo(1);
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.body()).isEqualTo(replies.getFirst().body());
        });
    }
}
