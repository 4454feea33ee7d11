package se.bricka.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDeltasTest {

    private static final long SERVED = 1;
    private static final long ELSEWHERE = 2;
    private static final long LAUNDRY = 10;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static final DeviceSnapshot.TagView ANNA = tag('a', 1102, SERVED, false);
    private static final DeviceSnapshot.TagView BO = tag('b', 1203, SERVED, false);
    private static final DeviceSnapshot.StaffView CARETAKER =
            new DeviceSnapshot.StaffView("c".repeat(64), 77, List.of("laundry"), "MON-FRI 07:00-16:00", false);
    private static final DeviceSnapshot.BookingView ANNAS_SLOT =
            new DeviceSnapshot.BookingView(500, 1102, LAUNDRY, DAY, LocalTime.of(7, 0), LocalTime.of(10, 0));

    private static final DeviceSnapshot HELD = new DeviceSnapshot(
            7,
            "Europe/Stockholm",
            15,
            30,
            List.of(
                    new DeviceSnapshot.DoorView("entrance", "ENTRANCE", List.of(SERVED), null, null),
                    new DeviceSnapshot.DoorView("laundry", "LAUNDRY_ROOM", List.of(SERVED), LAUNDRY, null)),
            List.of(ANNA, BO),
            List.of(CARETAKER),
            List.of(ANNAS_SLOT));

    private static DeviceSnapshot.TagView tag(char hash, long apartment, long building, boolean blocked) {
        return new DeviceSnapshot.TagView(String.valueOf(hash).repeat(64), apartment, building, blocked);
    }

    private static ChangeEvent tagChange(long version, String kind, DeviceSnapshot.TagView... tags) {
        return new ChangeEvent(version, kind, 0, null, null, ChangeDelta.ofResidents(List.of(tags)));
    }

    private static DeviceSnapshot applied(ChangeEvent event) {
        DeviceSnapshot next = SnapshotDeltas.apply(HELD, event).orElseThrow();
        DeviceSnapshotCodec.decode(next); // what the device checks before using it
        return next;
    }

    @Test
    void aBlockReplacesTheTagAndMovesTheVersionOn() {
        DeviceSnapshot next = applied(tagChange(8, ChangeEvent.TAG_BLOCKED, tag('a', 1102, SERVED, true)));

        assertThat(next.version()).isEqualTo(8);
        assertThat(next.residents()).containsExactlyInAnyOrder(tag('a', 1102, SERVED, true), BO);
        assertThat(next.staff()).isEqualTo(HELD.staff());
        assertThat(next.bookings()).isEqualTo(HELD.bookings());
    }

    @Test
    void anIssuedTagOfAServedBuildingIsAdmittedAndOneOfAnotherBuildingIsNot() {
        DeviceSnapshot next = applied(
                tagChange(8, ChangeEvent.TAG_ISSUED, tag('d', 1104, SERVED, false), tag('e', 2101, ELSEWHERE, false)));

        assertThat(next.residents()).containsExactlyInAnyOrder(ANNA, BO, tag('d', 1104, SERVED, false));
    }

    @Test
    void aTagThatMovedToABuildingNotServedLeavesTheSnapshot() {
        DeviceSnapshot next = applied(tagChange(8, ChangeEvent.TAG_UNBLOCKED, tag('a', 2101, ELSEWHERE, false)));

        assertThat(next.residents()).containsExactly(BO);
    }

    @Test
    void onlyTheNextVersionApplies() {
        assertThat(SnapshotDeltas.apply(HELD, tagChange(9, ChangeEvent.TAG_BLOCKED, ANNA)))
                .isEmpty();
        assertThat(SnapshotDeltas.apply(HELD, tagChange(7, ChangeEvent.TAG_BLOCKED, ANNA)))
                .isEmpty();
        assertThat(SnapshotDeltas.apply(HELD, null)).isEmpty();
    }

    @Test
    void aTagChangeWithoutItsDeltaOrAnUnknownKindNeedsADownload() {
        assertThat(SnapshotDeltas.apply(HELD, new ChangeEvent(8, ChangeEvent.TAG_BLOCKED, 0, null, null)))
                .isEmpty();
        assertThat(SnapshotDeltas.apply(HELD, new ChangeEvent(8, "door-renamed", 0, null, null)))
                .isEmpty();
        assertThat(SnapshotDeltas.apply(HELD, new ChangeEvent(8, null, 0, null, null)))
                .isEmpty();
    }

    @Test
    void aBookingMadeForTheLaundryIsAddedAndOneForAnotherRoomIsNot() {
        DeviceSnapshot.BookingView bos =
                new DeviceSnapshot.BookingView(501, 1203, LAUNDRY, DAY, LocalTime.of(10, 0), LocalTime.of(13, 0));
        DeviceSnapshot.BookingView elsewhere =
                new DeviceSnapshot.BookingView(502, 1203, 99, DAY, LocalTime.of(10, 0), LocalTime.of(13, 0));

        DeviceSnapshot next = applied(
                new ChangeEvent(8, ChangeEvent.BOOKING_CREATED, LAUNDRY, DAY, bos.start(), ChangeDelta.ofBooking(bos)));
        DeviceSnapshot other = applied(new ChangeEvent(
                8, ChangeEvent.BOOKING_CREATED, 99, DAY, bos.start(), ChangeDelta.ofBooking(elsewhere)));

        assertThat(next.bookings()).containsExactlyInAnyOrder(ANNAS_SLOT, bos);
        assertThat(other.bookings()).containsExactly(ANNAS_SLOT);
        assertThat(other.version()).isEqualTo(8);
    }

    @Test
    void aBookingOfADayOutsideTheSnapshotsDaysOnlyMovesTheVersionOn() {
        DeviceSnapshot covering = new DeviceSnapshot(
                7,
                HELD.zone(),
                15,
                30,
                HELD.doors(),
                HELD.residents(),
                HELD.staff(),
                HELD.bookings(),
                DAY.minusDays(1),
                DAY.plusDays(14));
        DeviceSnapshot.BookingView tooLate = new DeviceSnapshot.BookingView(
                501, 1203, LAUNDRY, DAY.plusDays(15), LocalTime.of(10, 0), LocalTime.of(13, 0));
        DeviceSnapshot.BookingView tooEarly = new DeviceSnapshot.BookingView(
                502, 1203, LAUNDRY, DAY.minusDays(2), LocalTime.of(10, 0), LocalTime.of(13, 0));
        DeviceSnapshot.BookingView lastDay = new DeviceSnapshot.BookingView(
                503, 1203, LAUNDRY, DAY.plusDays(14), LocalTime.of(10, 0), LocalTime.of(13, 0));

        for (DeviceSnapshot.BookingView outside : List.of(tooLate, tooEarly)) {
            DeviceSnapshot next =
                    SnapshotDeltas.apply(covering, bookingMade(outside)).orElseThrow();
            assertThat(next.bookings()).as(outside.date().toString()).containsExactly(ANNAS_SLOT);
            assertThat(next.version()).isEqualTo(8);
            assertThat(next.bookingsUntil()).isEqualTo(DAY.plusDays(14));
        }
        assertThat(SnapshotDeltas.apply(covering, bookingMade(lastDay))
                        .orElseThrow()
                        .bookings())
                .containsExactlyInAnyOrder(ANNAS_SLOT, lastDay);
        // a snapshot that does not say its days takes every booking in, as before
        assertThat(applied(bookingMade(tooLate)).bookings()).containsExactlyInAnyOrder(ANNAS_SLOT, tooLate);
    }

    private static ChangeEvent bookingMade(DeviceSnapshot.BookingView booking) {
        return new ChangeEvent(
                8,
                ChangeEvent.BOOKING_CREATED,
                booking.resourceId(),
                booking.date(),
                booking.start(),
                ChangeDelta.ofBooking(booking));
    }

    @Test
    void aCancelledOrReleasedBookingLeavesBySlot() {
        for (String kind : List.of(ChangeEvent.BOOKING_CANCELLED, ChangeEvent.BOOKING_RELEASED)) {
            DeviceSnapshot next = applied(new ChangeEvent(8, kind, LAUNDRY, DAY, LocalTime.of(7, 0)));
            assertThat(next.bookings()).as(kind).isEmpty();
        }
        DeviceSnapshot otherSlot =
                applied(new ChangeEvent(8, ChangeEvent.BOOKING_CANCELLED, LAUNDRY, DAY, LocalTime.of(10, 0)));
        assertThat(otherSlot.bookings()).containsExactly(ANNAS_SLOT);
    }

    @Test
    void aGrantChangeKeepsOnlyTheDevicesDoors() {
        DeviceSnapshot.StaffView changed = new DeviceSnapshot.StaffView(
                CARETAKER.tagHash(), 77, List.of("bike-room-b", "entrance", "laundry"), "MON-SUN 06:00-22:00", false);

        DeviceSnapshot next =
                applied(new ChangeEvent(8, ChangeEvent.GRANT_CHANGED, 0, null, null, ChangeDelta.ofStaff(changed)));

        assertThat(next.staff())
                .containsExactly(new DeviceSnapshot.StaffView(
                        CARETAKER.tagHash(), 77, List.of("entrance", "laundry"), "MON-SUN 06:00-22:00", false));
    }

    @Test
    void aGrantOfAStaffTagTheDeviceDoesNotHoldNeedsADownload() {
        DeviceSnapshot.StaffView stranger =
                new DeviceSnapshot.StaffView("f".repeat(64), 78, List.of("entrance"), "MON-SUN 06:00-22:00", false);

        assertThat(SnapshotDeltas.apply(
                        HELD,
                        new ChangeEvent(8, ChangeEvent.GRANT_CHANGED, 0, null, null, ChangeDelta.ofStaff(stranger))))
                .isEmpty();
    }

    @Test
    void changesOutsideTheSnapshotOnlyMoveTheVersionOn() {
        DeviceSnapshot next =
                applied(new ChangeEvent(8, ChangeEvent.CARETAKER_PINS_CHANGED, LAUNDRY, DAY, LocalTime.MIDNIGHT));

        assertThat(next)
                .isEqualTo(new DeviceSnapshot(
                        8, HELD.zone(), 15, 30, HELD.doors(), HELD.residents(), HELD.staff(), HELD.bookings()));
    }
}
