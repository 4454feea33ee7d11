package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/** Many boards at once: the database's unique constraint keeps one booking per slot. */
public abstract class ConcurrencyContract extends ApiTestBase {

    private static final int REQUESTS = 1000;
    private static final int CLIENT_THREADS = 50;

    @Test
    void concurrent_bookings_of_one_slot_give_exactly_one_201_and_the_rest_409() throws Exception {
        // given 1,000 requests from all the apartments for one slot
        List<String> tags = DemoEstate.apartmentLabels().stream()
                .map(label -> DemoTags.hash(label + "0001"))
                .toList();

        // when they arrive at once
        List<Reply> replies = race(i -> () -> book(tags.get(i % tags.size()), TOMORROW, "16:00"));

        // then one wins, the others are told the slot is taken, and one booking is stored
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies)
                .filteredOn(reply -> reply.status() == 409)
                .hasSize(REQUESTS - 1)
                .allSatisfy(
                        reply -> assertThat(reply.json().path("code").asText()).isEqualTo("slot-taken"));
        assertThat(bookingRows()).isEqualTo(1);
    }

    @Test
    void concurrent_retries_with_one_key_book_once_and_all_get_the_booking() throws Exception {
        // given 1,000 copies of one booking with one idempotency key
        Map<String, String> headers = new HashMap<>(tag(DemoTags.APARTMENT_1102));
        headers.put(ApiPaths.IDEMPOTENCY_HEADER, "same-key");
        String body = bookingJson(resourceId, TOMORROW.toString(), "19:00");

        // when they arrive at once
        List<Reply> replies = race(i -> () -> board.post(ApiPaths.BOOKINGS, body, headers));

        // then every one gets the same confirmation and one booking is stored
        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
        assertThat(replies)
                .extracting(Reply::body)
                .containsOnly(replies.getFirst().body());
        assertThat(bookingRows()).isEqualTo(1);
    }

    /**
     * Runs {@link #REQUESTS} calls over real HTTP from {@link #CLIENT_THREADS} threads released together,
     * and collects the replies.
     */
    private static List<Reply> race(IntFunction<java.util.concurrent.Callable<Reply>> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS)) {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                var request = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        }
    }
}
