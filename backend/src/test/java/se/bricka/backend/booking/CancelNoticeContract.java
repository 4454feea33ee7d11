package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/** A quota group whose bookings may be cancelled only until three hours before the start. */
public abstract class CancelNoticeContract extends ApiTestBase {

    private long bookingId;

    @BeforeEach
    void threeHoursNoticeAndABookingAtOne() throws Exception {
        // It is 09:30; today's 13:00 slot can be cancelled until 10:00.
        try (var connection = database.connect();
                var statement = connection.createStatement()) {
            statement.execute("UPDATE quota_group SET cancel_hours_before = 3 WHERE name = '"
                    + DemoEstate.LAUNDRY_GROUP_NAME + "'");
        }
        Reply booked = book(DemoTags.APARTMENT_1102, TODAY, "13:00");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        bookingId = booked.json().path("bookingId").asLong();
    }

    @Test
    void a_booking_may_be_cancelled_until_the_notice_before_the_start() {
        // given it is 09:59:59
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));

        // when
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(activeBookings()).isZero();
    }

    @Test
    void after_the_notice_the_cancel_is_refused_saying_why_and_until_when() {
        // given it is 10:00, three hours before the start
        clock.advance(Duration.ofMinutes(30));
        long changes = database.count("SELECT COUNT(*) FROM change_log");

        // when
        Reply reply = board.delete(ApiPaths.booking(bookingId), tag(DemoTags.APARTMENT_1102));

        // then the booking stays and the problem names the rule and the last moment
        assertProblem(reply, 422, "cancel-too-late");
        assertThat(reply.json().path("cancelUntil").asText()).isEqualTo(TODAY + "T10:00:00");
        assertThat(reply.json().path("detail").asText())
                .contains("3 hours before the slot starts")
                .contains(TODAY + " 10:00");
        assertThat(activeBookings()).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM change_log")).isEqualTo(changes);
    }

    @Test
    void an_object_in_another_group_keeps_its_own_rule() {
        // given 1102 books the common room tomorrow from 08:00 (its group still allows cancelling until the start)
        long commonRoom = resourceNamed(DemoEstate.COMMON_ROOM_NAME);
        Reply booked = book(commonRoom, DemoTags.APARTMENT_1102, TOMORROW, "08:00");
        clock.set(TOMORROW.atTime(7, 0).atZone(STOCKHOLM).toInstant());

        // when it is cancelled an hour before the start
        Reply reply =
                board.delete(ApiPaths.booking(booked.json().path("bookingId").asLong()), tag(DemoTags.APARTMENT_1102));

        // then
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }
}
