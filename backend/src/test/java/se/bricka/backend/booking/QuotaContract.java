package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.demo.DemoEstate;

/** The quota of a household, shared by the objects of one quota group, over HTTP. */
public abstract class QuotaContract extends ApiTestBase {

    @Test
    void third_future_booking_is_refused_with_the_usage_and_when_a_place_frees() {
        // given apartment 1102 holds two future bookings, the group's maximum
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(1), "13:00");

        // when it books a third
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(2), "16:00");

        // then it is refused, saying how many it holds and when the first one frees a place
        assertProblem(reply, 422, "quota-future-bookings");
        JsonNode quota = reply.json().path("quota");
        assertThat(quota.path("used").asInt()).isEqualTo(2);
        assertThat(quota.path("max").asInt()).isEqualTo(2);
        assertThat(quota.path("remaining").asInt()).isZero();
        assertThat(quota.path("nextFreeing").asText()).isEqualTo(TOMORROW + "T13:00:00");
        assertThat(reply.json().path("detail").asText()).contains("2 of 2").contains("Thursday " + TOMORROW + " 13:00");
        assertThat(activeBookings()).isEqualTo(2);
    }

    @Test
    void second_booking_on_one_day_is_refused_even_in_the_other_laundry_room() {
        // given apartment 1102 holds tomorrow 10:00 in Tvättstuga A
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        long roomB = resourceNamed(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);

        // when it books tomorrow 16:00 in Tvättstuga B, of the same quota group
        Reply reply = book(roomB, DemoTags.APARTMENT_1102, TOMORROW, "16:00");

        // then the per-day limit refuses it
        assertProblem(reply, 422, "quota-per-day");
        assertThat(reply.json().path("quota").path("used").asInt()).isEqualTo(1);
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void the_per_day_refusal_carries_the_days_own_numbers() {
        // given apartment 1102 holds tomorrow 10:00, and may hold one booking a day
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // when it books tomorrow 16:00
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "16:00");

        // then the refusal gives the per-day limit and what that day already holds
        assertProblem(reply, 422, "quota-per-day");
        JsonNode problem = reply.json();
        assertThat(problem.path("maxPerDay").asInt()).isEqualTo(1);
        assertThat(problem.path("bookedThatDay").asInt()).isEqualTo(1);
        assertThat(problem.path("date").asText()).isEqualTo(TOMORROW.toString());
        assertThat(problem.path("limits").toString()).isEqualTo("[\"quota-per-day\"]");
        assertThat(problem.path("detail").asText())
                .contains("1 booking on " + TOMORROW, "1 per day")
                .contains("choose another day");
    }

    @Test
    void when_the_day_and_the_future_bookings_are_both_full_the_advice_is_to_cancel_not_another_day() {
        // given apartment 1102 holds tomorrow 10:00 and the day after 13:00: 2 of 2, and 1 a day
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(1), "13:00");

        // when it books tomorrow 16:00, which breaks both limits
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "16:00");

        // then the refusal is the one whose advice helps, and names both limits
        assertProblem(reply, 422, "quota-future-bookings");
        JsonNode problem = reply.json();
        assertThat(problem.path("limits").toString()).isEqualTo("[\"quota-future-bookings\",\"quota-per-day\"]");
        assertThat(problem.path("maxPerDay").asInt()).isEqualTo(1);
        assertThat(problem.path("bookedThatDay").asInt()).isEqualTo(1);
        assertThat(problem.path("detail").asText())
                .contains("2 of 2", "another day would not help", "cancel one or wait until")
                .doesNotContain("choose another day");
        assertThat(activeBookings()).isEqualTo(2);
    }

    @Test
    void rolling_limit_refuses_a_second_booking_within_its_window() throws Exception {
        // given the laundry group allows one booking in any 7 days, and 1102 holds tomorrow 10:00
        try (var connection = database.connect();
                var statement = connection.createStatement()) {
            statement.execute("UPDATE quota_group SET rolling_count = 1, rolling_days = 7 WHERE name = '"
                    + DemoEstate.LAUNDRY_GROUP_NAME + "'");
        }
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // when it books three days later
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(3), "10:00");

        // then the rolling limit refuses it and says so
        assertProblem(reply, 422, "quota-rolling");
        assertThat(reply.json().path("detail").asText()).contains("1 booking within 7 days");
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void common_room_has_a_quota_of_its_own() {
        // given apartment 1102 has used its whole laundry quota
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(1), "10:00");
        long commonRoom = resourceNamed(DemoEstate.COMMON_ROOM_NAME);

        // when it books the common room for a day
        Reply reply = book(commonRoom, DemoTags.APARTMENT_1102, TOMORROW.plusDays(5), "08:00");

        // then that is allowed
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("end").asText()).startsWith("22:00");
    }

    @Test
    void week_tells_the_viewer_how_much_of_its_quota_is_left() {
        // given apartment 1102 holds one booking
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // when it looks at a week
        JsonNode quota = week(DemoTags.APARTMENT_1102, TOMORROW).path("quota");

        // then it sees 1 of 2 used
        assertThat(quota.path("used").asInt()).isEqualTo(1);
        assertThat(quota.path("max").asInt()).isEqualTo(2);
        assertThat(quota.path("remaining").asInt()).isEqualTo(1);
    }

    @Test
    void a_cancelled_booking_gives_its_place_back() {
        // given apartment 1102 holds two bookings and cancels one
        long first = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00")
                .json()
                .path("bookingId")
                .asLong();
        book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(1), "10:00");
        board.delete(se.bricka.core.wire.ApiPaths.booking(first), tag(DemoTags.APARTMENT_1102));

        // when it books another
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(2), "10:00");

        // then that is allowed
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void concurrent_bookings_of_one_household_never_exceed_its_quota() throws Exception {
        // given 20 requests of apartment 1102 for 20 different days, sent at once
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int day = 1; day <= 20; day++) {
                var date = TODAY.plusDays(day);
                futures.add(pool.submit(() -> {
                    start.await();
                    return book(DemoTags.APARTMENT_1102, date, "10:00");
                }));
            }

            // when they race
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }

            // then exactly the quota's two are booked and the others are told why
            assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(2);
            assertThat(replies)
                    .filteredOn(r -> r.status() != 201)
                    .allSatisfy(r -> assertThat(r.json().path("code").asText()).isEqualTo("quota-future-bookings"));
            assertThat(activeBookings()).isEqualTo(2);
        }
    }
}
