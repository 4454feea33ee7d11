package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/** GET …/week and DELETE /api/v1/bookings/{id}. */
public abstract class WeekAndCancelContract extends ApiTestBase {

    private long bookTomorrow(String tagHash, String start) {
        Reply reply = book(tagHash, TOMORROW, start);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("bookingId").asLong();
    }

    @Test
    void week_holds_every_slot_from_monday_to_sunday() {
        // when the week of Wednesday 2026-11-25 is asked for
        JsonNode week = week(DemoTags.APARTMENT_1102, TODAY);

        // then it starts on Monday and holds five slots a day for seven days, in order
        assertThat(week.path("weekStart").asText()).isEqualTo("2026-11-23");
        assertThat(week.path("zone").asText()).isEqualTo("Europe/Stockholm");
        assertThat(week.path("viewer").path("apartmentLabel").asText()).isEqualTo("1102");
        assertThat(week.path("slots")).hasSize(35);
        assertThat(week.path("slots").get(0).path("date").asText()).isEqualTo("2026-11-23");
        assertThat(week.path("slots").get(34).path("date").asText()).isEqualTo("2026-11-29");
        assertThat(week.path("slots").get(34).path("start").asText()).startsWith("19:00");
    }

    @Test
    void week_shows_ended_slots_as_past_and_the_running_slot_as_free() {
        // given the clock says Wednesday 09:30
        JsonNode week = week(DemoTags.APARTMENT_1102, TODAY);

        // then Tuesday's slots have passed, Wednesday 07–10 may still be booked
        assertThat(slotOf(week, YESTERDAY, "19:00").path("state").asText()).isEqualTo("PAST");
        assertThat(slotOf(week, TODAY, "07:00").path("state").asText()).isEqualTo("FREE");
        assertThat(slotOf(week, TOMORROW, "10:00").path("state").asText()).isEqualTo("FREE");
    }

    @Test
    void week_without_a_tag_shows_bookings_as_taken() {
        // given a booking of 1102
        bookTomorrow(DemoTags.APARTMENT_1102, "10:00");

        // when the week is read without a tag
        Reply reply = board.get(ApiPaths.resourceWeek(resourceId) + "?week=" + TOMORROW, Map.of());

        // then nobody is the viewer and the slot is just taken
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("viewer").isNull()).isTrue();
        assertThat(slotOf(reply.json(), TOMORROW, "10:00").path("state").asText())
                .isEqualTo("TAKEN");
    }

    @Test
    void week_defaults_to_the_current_week() {
        // when the week is asked for without a date
        Reply reply = board.get(ApiPaths.resourceWeek(resourceId), tag(DemoTags.APARTMENT_1102));

        // then it is the week of the clock's today
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("weekStart").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void week_version_counts_every_change() {
        // given one booking made and one cancelled
        long first = bookTomorrow(DemoTags.APARTMENT_1102, "10:00");
        bookTomorrow(DemoTags.APARTMENT_1203, "13:00");
        board.delete(ApiPaths.booking(first), tag(DemoTags.APARTMENT_1102));

        // when the week is read
        JsonNode week = week(DemoTags.APARTMENT_1102, TOMORROW);

        // then its version is the third change
        assertThat(week.path("version").asLong()).isEqualTo(3);
    }

    @Test
    void week_of_an_unknown_resource_is_404() {
        // when
        Reply reply = board.get(ApiPaths.resourceWeek(999) + "?week=" + TODAY, Map.of());

        // then
        assertProblem(reply, 404, "unknown-resource");
    }

    @Test
    void week_with_an_impossible_date_is_400() {
        // when
        Reply reply = board.get(ApiPaths.resourceWeek(resourceId) + "?week=2026-02-30", Map.of());

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains("2026-02-30");
    }

    @Test
    void week_of_a_resource_id_that_is_not_a_number_is_400() {
        // when
        Reply reply = board.get("/api/v1/resources/abc/week", Map.of());

        // then
        assertProblem(reply, 400, "bad-request");
    }

    @Test
    void cancelling_ones_own_booking_frees_the_slot_and_keeps_the_row() {
        // given a booking of 1102
        long bookingId = bookTomorrow(DemoTags.APARTMENT_1102, "10:00");

        // when 1102 cancels it
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // then the slot is free again, and the cancelled row stays for the record
        assertThat(reply.status()).isEqualTo(204);
        assertThat(slotOf(week(DemoTags.APARTMENT_1203, TOMORROW), TOMORROW, "10:00")
                        .path("state")
                        .asText())
                .isEqualTo("FREE");
        assertThat(database.count("SELECT COUNT(*) FROM booking WHERE status = 'CANCELLED' AND active IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void cancelled_slot_can_be_booked_again() {
        // given a booking that was cancelled
        long bookingId = bookTomorrow(DemoTags.APARTMENT_1102, "10:00");
        board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // when another apartment books the slot
        Reply reply = book(DemoTags.APARTMENT_1203, TOMORROW, "10:00");

        // then it gets it, beside the cancelled row
        assertThat(reply.status()).isEqualTo(201);
        assertThat(bookingRows()).isEqualTo(2);
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void another_tag_of_the_same_apartment_may_cancel() {
        // given a booking made with 1102's first tag
        long bookingId = bookTomorrow(DemoTags.APARTMENT_1102, "10:00");

        // when it is cancelled with the second tag
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102_SECOND));

        // then
        assertThat(reply.status()).isEqualTo(204);
        assertThat(activeBookings()).isZero();
    }

    @Test
    void cancelling_another_households_booking_is_403_and_keeps_it() {
        // given a booking of 1102
        long bookingId = bookTomorrow(DemoTags.APARTMENT_1102, "10:00");

        // when 1203 tries to cancel it
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1203));

        // then
        assertProblem(reply, 403, "not-your-booking");
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void cancelling_an_unknown_booking_is_404() {
        // when
        Reply reply = board.delete(ApiPaths.booking(424242), tag(DemoTags.APARTMENT_1102));

        // then
        assertProblem(reply, 404, "unknown-booking");
    }

    @Test
    void cancelling_a_slot_that_has_started_is_422_and_keeps_it() {
        // given 1102 booked the remainder of today's 07–10 slot, which started at 07:00
        Reply booked = book(DemoTags.APARTMENT_1102, TODAY, "07:00");
        long bookingId = booked.json().path("bookingId").asLong();

        // when 1102 tries to cancel it at 09:30
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // then it stays booked; the problem says it could have been cancelled until 07:00
        assertThat(booked.status()).isEqualTo(201);
        assertProblem(reply, 422, "cancel-too-late");
        assertThat(reply.json().path("cancelUntil").asText()).isEqualTo(TODAY + "T07:00:00");
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void cancelling_twice_is_a_harmless_retry() {
        // given a cancelled booking
        long bookingId = bookTomorrow(DemoTags.APARTMENT_1102, "10:00");
        board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // when the cancel is retried
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // then it succeeds without a second change
        assertThat(reply.status()).isEqualTo(204);
        assertThat(database.count("SELECT COUNT(*) FROM change_log")).isEqualTo(2);
    }

    @Test
    void weekday_with_slots_of_its_own_shows_only_those() {
        // given Tvättstuga B runs only 10–13 and 13–16 on Sundays
        long roomB = resourceNamed(DemoEstate.SECOND_LAUNDRY_ROOM_NAME);
        LocalDate sunday = TODAY.plusDays(4);

        // when a household looks at its week
        JsonNode week = week(roomB, DemoTags.APARTMENT_1102, sunday);

        // then Sunday has two slots, Saturday the usual five
        assertThat(week.path("slots").findValues("date").stream()
                        .filter(date -> date.asText().equals(sunday.toString()))
                        .count())
                .isEqualTo(2);
        assertThat(week.path("slots").findValues("date").stream()
                        .filter(date -> date.asText().equals(sunday.minusDays(1).toString()))
                        .count())
                .isEqualTo(5);
    }
}
