package se.bricka.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.bricka.core.access.AccessSnapshot;

/** A change applied to the checked snapshot in place gives what checking the whole result gives. */
class HeldSnapshotTest {

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
    private static final DeviceSnapshot.BookingView BOS_SLOT =
            new DeviceSnapshot.BookingView(501, 1203, LAUNDRY, DAY, LocalTime.of(10, 0), LocalTime.of(13, 0));

    private static final HeldSnapshot HELD = HeldSnapshot.of(new DeviceSnapshot(
            7,
            "Europe/Stockholm",
            15,
            30,
            List.of(
                    new DeviceSnapshot.DoorView("entrance", "ENTRANCE", List.of(SERVED), null, null),
                    new DeviceSnapshot.DoorView("laundry", "LAUNDRY_ROOM", List.of(SERVED), LAUNDRY, null)),
            List.of(ANNA, BO),
            List.of(CARETAKER),
            List.of(ANNAS_SLOT, BOS_SLOT)));

    private static DeviceSnapshot.TagView tag(char hash, long apartment, long building, boolean blocked) {
        return new DeviceSnapshot.TagView(String.valueOf(hash).repeat(64), apartment, building, blocked);
    }

    private static ChangeEvent tagChange(String kind, DeviceSnapshot.TagView... tags) {
        return new ChangeEvent(8, kind, 0, null, null, ChangeDelta.ofResidents(List.of(tags)));
    }

    private static HeldSnapshot next(ChangeEvent event) {
        HeldSnapshot next = HELD.next(event).orElseThrow();
        assertSameAsWholeCheck(next);
        return next;
    }

    /** Every tag, grant and booking the two forms could hold, looked up in both. */
    private static void assertSameAsWholeCheck(HeldSnapshot next) {
        AccessSnapshot inPlace = next.decoded().snapshot();
        AccessSnapshot whole = DeviceSnapshotCodec.decode(next.wire()).snapshot();
        assertThat(next.version()).isEqualTo(next.wire().version());
        assertThat(inPlace.version()).isEqualTo(whole.version());
        assertThat(inPlace.residentCount()).isEqualTo(whole.residentCount());
        assertThat(inPlace.staffCount()).isEqualTo(whole.staffCount());
        Set<String> hashes = new HashSet<>();
        for (char c : "abcdef".toCharArray()) {
            hashes.add(String.valueOf(c).repeat(64));
        }
        for (String hash : hashes) {
            assertThat(inPlace.resident(hash)).as(hash).isEqualTo(whole.resident(hash));
            assertThat(inPlace.staff(hash)).as(hash).isEqualTo(whole.staff(hash));
        }
        for (long resource : List.of(LAUNDRY, 99L)) {
            assertThat(inPlace.bookings(resource)).containsExactlyInAnyOrderElementsOf(whole.bookings(resource));
        }
    }

    @Test
    void a_block_is_applied_in_place() {
        HeldSnapshot next = next(tagChange(ChangeEvent.TAG_BLOCKED, tag('a', 1102, SERVED, true)));

        assertThat(next.decoded()
                        .snapshot()
                        .resident(ANNA.tagHash())
                        .orElseThrow()
                        .blocked())
                .isTrue();
        assertThat(next.decoded().doors()).isSameAs(HELD.decoded().doors());
    }

    @Test
    void issued_moved_and_unblocked_tags_are_applied_in_place() {
        next(tagChange(ChangeEvent.TAG_ISSUED, tag('d', 1104, SERVED, false), tag('e', 2101, ELSEWHERE, false)));
        next(tagChange(ChangeEvent.TAG_UNBLOCKED, tag('a', 2101, ELSEWHERE, false)));
        next(tagChange(ChangeEvent.TAG_UNBLOCKED, tag('b', 1203, SERVED, false)));
    }

    @Test
    void grants_and_bookings_are_applied_in_place() {
        next(new ChangeEvent(
                8,
                ChangeEvent.GRANT_CHANGED,
                0,
                null,
                null,
                ChangeDelta.ofStaff(new DeviceSnapshot.StaffView(
                        CARETAKER.tagHash(), 77, List.of("entrance", "bike"), "MON-SUN 06:00-22:00", true))));
        DeviceSnapshot.BookingView made =
                new DeviceSnapshot.BookingView(502, 1104, LAUNDRY, DAY, LocalTime.of(13, 0), LocalTime.of(16, 0));
        next(new ChangeEvent(8, ChangeEvent.BOOKING_CREATED, LAUNDRY, DAY, made.start(), ChangeDelta.ofBooking(made)));
        DeviceSnapshot.BookingView otherRoom =
                new DeviceSnapshot.BookingView(503, 1104, 99, DAY, LocalTime.of(13, 0), LocalTime.of(16, 0));
        next(new ChangeEvent(8, ChangeEvent.BOOKING_CREATED, 99, DAY, made.start(), ChangeDelta.ofBooking(otherRoom)));
        next(new ChangeEvent(8, ChangeEvent.BOOKING_CANCELLED, LAUNDRY, DAY, LocalTime.of(7, 0)));
        next(new ChangeEvent(8, ChangeEvent.BOOKING_RELEASED, LAUNDRY, DAY, LocalTime.of(10, 0)));
        next(new ChangeEvent(8, ChangeEvent.RESOURCE_CLOSED, LAUNDRY, DAY, LocalTime.of(7, 0)));
    }

    @Test
    void a_change_of_several_versions_in_a_row_stays_equal_to_the_whole_check() {
        HeldSnapshot held = HELD;
        held = held.next(tagChange(ChangeEvent.TAG_BLOCKED, tag('a', 1102, SERVED, true)))
                .orElseThrow();
        held = held.next(new ChangeEvent(
                        9,
                        ChangeEvent.TAG_ISSUED,
                        0,
                        null,
                        null,
                        ChangeDelta.ofResidents(List.of(tag('d', 1104, SERVED, false)))))
                .orElseThrow();
        held = held.next(new ChangeEvent(10, ChangeEvent.BOOKING_CANCELLED, LAUNDRY, DAY, LocalTime.of(7, 0)))
                .orElseThrow();

        assertSameAsWholeCheck(held);
        assertThat(held.version()).isEqualTo(10);
    }

    @Test
    void a_change_whose_items_do_not_check_out_is_refused_and_changes_nothing() {
        DeviceSnapshot before = HELD.wire();

        assertThatThrownBy(() -> HELD.next(tagChange(
                        ChangeEvent.TAG_BLOCKED, new DeviceSnapshot.TagView("not-a-hash", 1102, SERVED, true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-a-hash");
        assertThatThrownBy(() -> HELD.next(tagChange(ChangeEvent.TAG_ISSUED, tag('c', 1104, SERVED, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> HELD.next(new ChangeEvent(
                        8,
                        ChangeEvent.GRANT_CHANGED,
                        0,
                        null,
                        null,
                        ChangeDelta.ofStaff(new DeviceSnapshot.StaffView(
                                CARETAKER.tagHash(), 77, List.of("laundry"), "every day at noon", false)))))
                .isInstanceOf(IllegalArgumentException.class);
        DeviceSnapshot.BookingView timeless = new DeviceSnapshot.BookingView(502, 1104, LAUNDRY, DAY, null, null);
        assertThatThrownBy(() -> HELD.next(new ChangeEvent(
                        8, ChangeEvent.BOOKING_CREATED, LAUNDRY, DAY, null, ChangeDelta.ofBooking(timeless))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("502");

        assertThat(HELD.wire()).isEqualTo(before);
        assertThat(HELD.version()).isEqualTo(7);
        assertThat(HELD.decoded().snapshot().residentCount()).isEqualTo(2);
    }

    @Test
    void a_snapshot_whose_days_run_backwards_is_refused() {
        DeviceSnapshot w = HELD.wire();
        DeviceSnapshot backwards = new DeviceSnapshot(
                7, w.zone(), 15, 30, w.doors(), w.residents(), w.staff(), w.bookings(), DAY, DAY.minusDays(1));

        assertThatThrownBy(() -> HeldSnapshot.of(backwards))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DAY.toString());
    }

    @Test
    void a_change_that_needs_a_download_gives_nothing() {
        assertThat(HELD.next(new ChangeEvent(9, ChangeEvent.TAG_BLOCKED, 0, null, null)))
                .isEmpty();
        assertThat(HELD.next(new ChangeEvent(8, ChangeEvent.DOORS_CHANGED, 0, null, null)))
                .isEmpty();
    }
}
