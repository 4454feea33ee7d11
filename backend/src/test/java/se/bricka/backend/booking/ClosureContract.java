package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/** Staff closing an object for a period, and re-opening it. */
public abstract class ClosureContract extends ApiTestBase {

    private Reply close(String from, String until, String reason) {
        String untilJson = until == null ? "null" : "\"" + until + "\"";
        return board.post(
                ApiPaths.resourceClosures(resourceId),
                "{\"from\":\"%s\",\"until\":%s,\"reason\":\"%s\"}".formatted(from, untilJson, reason),
                caretakerSession());
    }

    @Test
    void closing_cancels_the_bookings_in_the_period_and_records_the_households_affected() throws Exception {
        // given apartment 1102 holds tomorrow 10:00 and 1203 holds the day after
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        book(DemoTags.APARTMENT_1203, TOMORROW.plusDays(1), "10:00");

        // when staff close the room all of tomorrow
        Reply reply = close(TOMORROW + "T00:00", TOMORROW.plusDays(1) + "T00:00", "Water leak");

        // then tomorrow's booking is cancelled and names the closure; the other stays
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("bookingsCancelled").asInt()).isEqualTo(1);
        long closureId = reply.json().path("closureId").asLong();
        assertThat(database.count(
                        "SELECT COUNT(*) FROM booking WHERE closure_id = " + closureId + " AND status = 'CANCELLED'"))
                .isEqualTo(1);
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void booking_a_closed_slot_is_refused_with_until_when_and_why() {
        // given the room is closed tomorrow from 09:00 to 15:00
        close(TOMORROW + "T09:00", TOMORROW + "T15:00", "Cleaning");

        // when someone books tomorrow 13:00
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "13:00");

        // then it is refused, saying until when and why
        assertProblem(reply, 422, "resource-closed");
        assertThat(reply.json().path("closedUntil").asText()).isEqualTo(TOMORROW + "T15:00:00");
        assertThat(reply.json().path("closedReason").asText()).isEqualTo("Cleaning");
        assertThat(reply.json().path("detail").asText()).contains("Cleaning").contains("15:00");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void week_shows_closed_slots_as_closed_and_the_others_as_before() {
        // given the room is closed tomorrow from 09:00 to 15:00
        close(TOMORROW + "T09:00", TOMORROW + "T15:00", "Cleaning");

        // when a household looks at the week
        JsonNode week = week(DemoTags.APARTMENT_1102, TOMORROW);

        // then 07–10, 10–13 and 13–16 are closed; 16–19 is free
        assertThat(slotOf(week, TOMORROW, "07:00").path("state").asText()).isEqualTo("CLOSED");
        assertThat(slotOf(week, TOMORROW, "13:00").path("state").asText()).isEqualTo("CLOSED");
        assertThat(slotOf(week, TOMORROW, "16:00").path("state").asText()).isEqualTo("FREE");
    }

    @Test
    void open_ended_closure_is_refused_until_further_notice() {
        // given the room is closed from tomorrow until further notice
        close(TOMORROW + "T00:00", null, "Out of order");

        // when someone books next week
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW.plusDays(7), "10:00");

        // then
        assertProblem(reply, 422, "resource-closed");
        assertThat(reply.json().path("closedUntil").isNull()).isTrue();
        assertThat(reply.json().path("detail").asText()).contains("until further notice");
    }

    @Test
    void reopened_room_can_be_booked_again() {
        // given the room was closed tomorrow
        long closureId = close(TOMORROW + "T00:00", TOMORROW.plusDays(1) + "T00:00", "Cleaning")
                .json()
                .path("closureId")
                .asLong();

        // when staff re-open it and someone books
        Reply reopened = board.delete(ApiPaths.closure(closureId), caretakerSession());
        Reply booked = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // then
        assertThat(reopened.status()).isEqualTo(204);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }

    @Test
    void closures_in_force_are_listed_with_the_bookings_they_cancelled() {
        // given a booking tomorrow, a closure over it, and a closure that re-opened
        book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        close(TOMORROW + "T00:00", TOMORROW.plusDays(1) + "T00:00", "Water leak");
        long lifted = close(TOMORROW.plusDays(2) + "T00:00", null, "Paint")
                .json()
                .path("closureId")
                .asLong();
        board.delete(ApiPaths.closure(lifted), caretakerSession());

        // when staff list the room's closures
        Reply reply = board.get(ApiPaths.resourceClosures(resourceId), Map.of());

        // then only the one in force is there, with the booking it cancelled
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(1);
        assertThat(reply.json().path(0).path("reason").asText()).isEqualTo("Water leak");
        assertThat(reply.json().path(0).path("bookingsCancelled").asInt()).isEqualTo(1);
    }

    @Test
    void closure_that_ends_before_it_starts_is_400_and_stores_nothing() {
        // when staff send a period backwards
        Reply reply = close(TOMORROW + "T15:00", TOMORROW + "T09:00", "Oops");

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains("until");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isZero();
    }

    @Test
    void closure_without_a_reason_is_400() {
        // when staff give no reason
        Reply reply = close(TOMORROW + "T09:00", TOMORROW + "T15:00", " ");

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(database.count("SELECT COUNT(*) FROM closure")).isZero();
    }

    @Test
    void reopening_an_unknown_closure_is_404() {
        // when staff re-open closure 999
        Reply reply = board.delete(ApiPaths.closure(999), caretakerSession());

        // then
        assertProblem(reply, 404, "unknown-closure");
    }

    @Test
    void html_and_sql_in_a_reason_are_stored_as_plain_text() {
        // given a reason that looks like markup and SQL
        String reason = "<script>alert(1)</script>'; DROP TABLE booking; --";

        // when staff close with it and a tenant is refused
        close(TOMORROW + "T09:00", TOMORROW + "T15:00", reason);
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // then it comes back verbatim as JSON text, and the bookings table is still there
        assertThat(reply.json().path("closedReason").asText()).isEqualTo(reason);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(bookingRows()).isZero();
    }
}
