package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.BookingConfirmation;

/** POST /api/v1/bookings: what is accepted, what is refused, and that refusals change nothing. */
public abstract class BookingContract extends ApiTestBase {

    @Test
    void booking_a_free_slot_returns_201_with_the_confirmation() {
        // given a free slot tomorrow at 10:00

        // when apartment 1102 books it
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // then it is confirmed and stored
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        BookingConfirmation confirmation = reply.as(BookingConfirmation.class);
        assertThat(confirmation.resourceId()).isEqualTo(resourceId);
        assertThat(confirmation.resourceName()).isEqualTo("Tvättstuga A");
        assertThat(confirmation.date()).isEqualTo(TOMORROW);
        assertThat(confirmation.start()).hasToString("10:00");
        assertThat(confirmation.end()).hasToString("13:00");
        assertThat(confirmation.apartmentLabel()).isEqualTo("1102");
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void booked_slot_is_yours_to_the_booker_and_taken_to_another_apartment() {
        // given apartment 1102 has booked tomorrow 10:00
        long bookingId = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00")
                .json()
                .path("bookingId")
                .asLong();

        // when both apartments look at the week
        var mine = slotOf(week(DemoTags.APARTMENT_1102, TOMORROW), TOMORROW, "10:00");
        var theirs = slotOf(week(DemoTags.APARTMENT_1203, TOMORROW), TOMORROW, "10:00");

        // then the booker sees it as theirs, with the id to cancel it; the other sees only "taken"
        assertThat(mine.path("state").asText()).isEqualTo("YOURS");
        assertThat(mine.path("bookingId").asLong()).isEqualTo(bookingId);
        assertThat(theirs.path("state").asText()).isEqualTo("TAKEN");
        assertThat(theirs.path("bookingId").isNull()).isTrue();
        assertThat(theirs.toString()).doesNotContain("1102");
    }

    static Stream<Arguments> malformedBookings() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"resourceId\": 1, \"date\": "),
                Arguments.of("not an object", "[]"),
                Arguments.of("empty body", ""),
                Arguments.of("missing start", "{\"resourceId\":1,\"date\":\"2026-11-26\"}"),
                Arguments.of("unknown field", "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"10:00\",\"x\":1}"),
                Arguments.of("impossible date", "{\"resourceId\":1,\"date\":\"2026-02-30\",\"start\":\"10:00\"}"),
                Arguments.of("five-digit year", "{\"resourceId\":1,\"date\":\"99999-01-01\",\"start\":\"10:00\"}"),
                Arguments.of("year zero", "{\"resourceId\":1,\"date\":\"0000-01-01\",\"start\":\"10:00\"}"),
                Arguments.of(
                        "SQL as date",
                        "{\"resourceId\":1,\"date\":\"2026-11-26'; DROP TABLE booking;--\",\"start\":\"10:00\"}"),
                Arguments.of("HTML as time", "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"<b>10</b>\"}"),
                Arguments.of("null id", "{\"resourceId\":null,\"date\":\"2026-11-26\",\"start\":\"10:00\"}"),
                Arguments.of("signed year", "{\"resourceId\":1,\"date\":\"+99999-01-01\",\"start\":\"10:00\"}"),
                Arguments.of("impossible time", "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"25:00\"}"),
                Arguments.of("text as id", "{\"resourceId\":\"one\",\"date\":\"2026-11-26\",\"start\":\"10:00\"}"),
                Arguments.of("fractional id", "{\"resourceId\":1.5,\"date\":\"2026-11-26\",\"start\":\"10:00\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBookings")
    void malformed_booking_is_refused_with_400_and_changes_nothing(String what, String body) {
        // given a booking already stored
        book(DemoTags.APARTMENT_1203, TOMORROW, "13:00");
        long before = bookingRows();

        // when a malformed booking arrives
        Reply reply = board.post(ApiPaths.BOOKINGS, body, tag(DemoTags.APARTMENT_1102));

        // then it is refused as a bad request and nothing is stored
        assertProblem(reply, 400, "bad-request");
        assertThat(bookingRows()).isEqualTo(before);
    }

    @Test
    void huge_body_is_refused_with_413_and_stores_nothing() {
        // given a body of a megabyte
        String huge = "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"10:00\",\"pad\":\"" + "x".repeat(1 << 20)
                + "\"}";

        // when it is posted
        Reply reply = board.post(ApiPaths.BOOKINGS, huge, tag(DemoTags.APARTMENT_1102));

        // then it is refused as too large and nothing is stored
        assertProblem(reply, 413, "payload-too-large");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void unknown_resource_is_refused_with_404() {
        // given no bookable object 999
        long before = bookingRows();

        // when someone books it
        Reply reply = board.post(
                ApiPaths.BOOKINGS, bookingJson(999, TOMORROW.toString(), "10:00"), tag(DemoTags.APARTMENT_1102));

        // then
        assertProblem(reply, 404, "unknown-resource");
        assertThat(bookingRows()).isEqualTo(before);
    }

    @Test
    void start_that_is_not_a_slot_is_refused_with_422() {
        // given slots start at 07, 10, 13, 16 and 19

        // when someone books 08:00
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "08:00");

        // then
        assertProblem(reply, 422, "unknown-slot");
        assertThat(reply.json().path("detail").asText()).contains("08:00");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void slot_that_has_ended_is_refused_with_422() {
        // given the clock says Wednesday 09:30

        // when someone books Tuesday 07:00
        Reply reply = book(DemoTags.APARTMENT_1102, YESTERDAY, "07:00");

        // then
        assertProblem(reply, 422, "slot-in-past");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void slot_beyond_the_booking_horizon_is_refused_with_422() {
        // given bookings open four weeks ahead

        // when someone books ten weeks ahead
        Reply reply = book(DemoTags.APARTMENT_1102, TODAY.plusWeeks(10), "10:00");

        // then
        assertProblem(reply, 422, "outside-horizon");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void taken_slot_is_refused_with_409_and_the_first_booking_stays() {
        // given apartment 1203 holds tomorrow 10:00
        Reply first = book(DemoTags.APARTMENT_1203, TOMORROW, "10:00");

        // when apartment 1102 books the same slot
        Reply second = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // then it is refused and 1203 still holds it
        assertThat(first.status()).isEqualTo(201);
        assertProblem(second, 409, "slot-taken");
        assertThat(bookingRows()).isEqualTo(1);
        assertThat(slotOf(week(DemoTags.APARTMENT_1203, TOMORROW), TOMORROW, "10:00")
                        .path("state")
                        .asText())
                .isEqualTo("YOURS");
    }

    @Test
    void blocked_tag_cannot_book() {
        // given the demo's blocked tag

        // when it is used to book
        Reply reply = book(DemoTags.BLOCKED, TOMORROW, "10:00");

        // then
        assertProblem(reply, 403, "tag-blocked");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void unknown_tag_cannot_book() {
        // when a tag nobody was given is used to book
        Reply reply = book(DemoTags.UNKNOWN, TOMORROW, "10:00");

        // then
        assertProblem(reply, 403, "unknown-tag");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void booking_without_a_tag_is_refused_with_400() {
        // when a booking arrives without the Bricka-Tag header
        Reply reply = board.post(ApiPaths.BOOKINGS, bookingJson(resourceId, TOMORROW.toString(), "10:00"), Map.of());

        // then
        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText()).contains(ApiPaths.TAG_HEADER);
        assertThat(bookingRows()).isZero();
    }

    @Test
    void failure_inside_the_transaction_is_a_500_that_stores_nothing() throws Exception {
        // given the change log is gone from under the running backend
        try (var connection = database.connect();
                var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE change_log RENAME TO change_log_gone");
        }

        // when a booking is made (its insert succeeds, the change-log write fails)
        Reply reply = book(DemoTags.APARTMENT_1102, TOMORROW, "10:00");

        // then the client gets a plain 500 problem and the booking was rolled back
        assertProblem(reply, 500, "internal-error");
        assertThat(reply.body())
                .doesNotContain("SQL")
                .doesNotContain("change_log")
                .doesNotContain("at se.");
        assertThat(bookingRows()).isZero();
    }

    @Test
    void booking_without_a_device_token_is_refused_with_401() {
        // given a client without a token
        var anonymous = new se.bricka.backend.testing.ApiClient(backend.baseUri(), null);

        // when it books
        Reply reply = anonymous.post(
                ApiPaths.BOOKINGS, bookingJson(resourceId, TOMORROW.toString(), "10:00"), tag(DemoTags.APARTMENT_1102));

        // then
        assertProblem(reply, 401, "unauthorized");
        assertThat(bookingRows()).isZero();
    }
}
