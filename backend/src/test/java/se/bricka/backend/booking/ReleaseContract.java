package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/**
 * Unused bookings are released 30 minutes after the start, and anyone may book the rest. The clock
 * starts at Wednesday 09:30; today's 10:00 slot is the one under test.
 */
public abstract class ReleaseContract extends ApiTestBase {

    private Reply checkIn(String tagHash) {
        return board.post(ApiPaths.DEVICE_CHECK_INS, "{\"resourceId\":" + resourceId + "}", tag(tagHash));
    }

    @Test
    void booking_nobody_checked_in_on_is_released_and_kept() {
        // given apartment 1102 booked today 10:00 and never opened the door
        book(DemoTags.APARTMENT_1102, TODAY, "10:00");

        // when the release job runs at 10:31
        clock.advance(Duration.ofMinutes(61));
        int released = backend.releaseJob().releaseDue();

        // then the booking is marked released, not deleted, and the slot shows as released to all
        assertThat(released).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM booking WHERE status = 'RELEASED'"))
                .isEqualTo(1);
        assertThat(slotOf(week(DemoTags.APARTMENT_1203, TODAY), TODAY, "10:00")
                        .path("state")
                        .asText())
                .isEqualTo("RELEASED");
    }

    @Test
    void released_slot_can_be_booked_for_the_rest_of_it() {
        // given today's 10:00 booking of 1102 was released at 10:31
        book(DemoTags.APARTMENT_1102, TODAY, "10:00");
        clock.advance(Duration.ofMinutes(61));
        backend.releaseJob().releaseDue();

        // when apartment 1203 books it at 10:45
        clock.advance(Duration.ofMinutes(14));
        Reply reply = book(DemoTags.APARTMENT_1203, TODAY, "10:00");

        // then it gets it
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(slotOf(week(DemoTags.APARTMENT_1203, TODAY), TODAY, "10:00")
                        .path("state")
                        .asText())
                .isEqualTo("YOURS");
    }

    @Test
    void slot_booked_after_it_started_gets_a_full_window_of_its_own() {
        // given today's 10:00 booking of 1102 was released and 1203 booked the rest at 10:45
        book(DemoTags.APARTMENT_1102, TODAY, "10:00");
        clock.advance(Duration.ofMinutes(61));
        backend.releaseJob().releaseDue();
        clock.advance(Duration.ofMinutes(14));
        book(DemoTags.APARTMENT_1203, TODAY, "10:00");

        // when the release job runs at 11:00, before 1203 has checked in
        clock.advance(Duration.ofMinutes(15));
        int released = backend.releaseJob().releaseDue();

        // then 1203 keeps the slot
        assertThat(released).isZero();
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void checked_in_booking_is_not_released() {
        // given apartment 1102 booked today 10:00 and opened the door at 10:05
        book(DemoTags.APARTMENT_1102, TODAY, "10:00");
        clock.advance(Duration.ofMinutes(35));
        Reply checkIn = checkIn(DemoTags.APARTMENT_1102);

        // when the release job runs at 10:40
        clock.advance(Duration.ofMinutes(35));
        int released = backend.releaseJob().releaseDue();

        // then nothing is released
        assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(200);
        assertThat(checkIn.json().path("start").asText()).startsWith("10:00");
        assertThat(released).isZero();
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void booking_is_not_released_before_its_window_ends() {
        // given apartment 1102 booked today 10:00
        book(DemoTags.APARTMENT_1102, TODAY, "10:00");

        // when the release job runs at 10:29
        clock.advance(Duration.ofMinutes(59));
        int released = backend.releaseJob().releaseDue();

        // then
        assertThat(released).isZero();
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void check_in_without_a_running_booking_is_404() {
        // given apartment 1102 holds nothing today

        // when its tag opens the door
        Reply reply = checkIn(DemoTags.APARTMENT_1102);

        // then
        assertProblem(reply, 404, "no-current-booking");
    }

    @Test
    void free_slot_that_has_started_can_be_booked_for_its_remainder() {
        // given it is 09:30 and today's 07:00 slot is free

        // when apartment 1102 books it now
        Reply reply = book(DemoTags.APARTMENT_1102, TODAY, "07:00");

        // then it is booked
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void released_booking_stays_in_the_apartments_list_as_released() {
        // given today's 10:00 booking of 1102 was released
        book(DemoTags.APARTMENT_1102, TODAY, "10:00");
        clock.advance(Duration.ofMinutes(61));
        backend.releaseJob().releaseDue();

        // when 1102 lists its bookings
        Reply reply = board.get(ApiPaths.APARTMENT_BOOKINGS, tag(DemoTags.APARTMENT_1102));

        // then the booking is there, released
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path(0).path("status").asText()).isEqualTo("RELEASED");
        assertThat(reply.json().path(0).path("checkedIn").asBoolean()).isFalse();
    }
}
