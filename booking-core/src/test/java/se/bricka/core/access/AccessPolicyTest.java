package se.bricka.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;

class AccessPolicyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final long BUILDING = 1;
    private static final long LAUNDRY = 10;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static final ResidentTag ANNA = new ResidentTag("hash-anna", 1102, BUILDING, false);
    private static final ResidentTag BO = new ResidentTag("hash-bo", 1203, BUILDING, false);
    private static final ResidentTag LOST = new ResidentTag("hash-lost", 1102, BUILDING, true);
    private static final ResidentTag NEIGHBOUR = new ResidentTag("hash-neighbour", 2101, 2, false);
    private static final StaffGrant CARETAKER = new StaffGrant(
            "hash-caretaker",
            77,
            Set.of("laundry", "entrance"),
            new WeeklyHours(List.of(new WeeklyHours.Window(
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(16, 0)))),
            false);

    private static final Door ENTRANCE = door("entrance", DoorType.ENTRANCE);
    private static final Door LAUNDRY_DOOR =
            new Door("laundry", DoorType.LAUNDRY_ROOM, Set.of(BUILDING), Optional.of(LAUNDRY), Optional.empty());

    private final AccessPolicy policy = new AccessPolicy(STOCKHOLM);

    private static Door door(String id, DoorType type) {
        return new Door(id, type, Set.of(BUILDING), Optional.empty(), Optional.empty());
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(STOCKHOLM).toInstant();
    }

    private static AccessSnapshot snapshot(BookedSlot... bookings) {
        return new AccessSnapshot(
                1, List.of(ANNA, BO, LOST, NEIGHBOUR), List.of(CARETAKER), Map.of(LAUNDRY, List.of(bookings)));
    }

    private static BookedSlot annaBooks(LocalDate date, int from, int to) {
        return new BookedSlot(5, ANNA.apartmentId(), new Slot(LAUNDRY, date, SlotTime.of(from, to)));
    }

    @ParameterizedTest
    @EnumSource(
            value = DoorType.class,
            names = {"ENTRANCE", "BIKE_ROOM", "STROLLER_ROOM", "OTHER"})
    void residents_open_shared_doors_of_their_building_at_any_hour(DoorType type) {
        AccessDecision decision = policy.decide(door("d", type), ANNA.tagHash(), at(DAY, "03:12"), snapshot());

        assertThat(decision.granted()).isTrue();
        assertThat(decision.reason()).isEqualTo(AccessReason.RESIDENT);
        assertThat(decision.apartmentId()).contains(1102L);
    }

    @Test
    void a_door_with_opening_hours_refuses_residents_outside_them() {
        Door bikeRoom = new Door(
                "bikes",
                DoorType.BIKE_ROOM,
                Set.of(BUILDING),
                Optional.empty(),
                Optional.of(new WeeklyHours(List.of(new WeeklyHours.Window(
                        EnumSet.allOf(DayOfWeek.class), LocalTime.of(6, 0), LocalTime.of(23, 0))))));

        assertThat(policy.decide(bikeRoom, ANNA.tagHash(), at(DAY, "22:59"), snapshot())
                        .granted())
                .isTrue();
        assertThat(policy.decide(bikeRoom, ANNA.tagHash(), at(DAY, "23:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.OUTSIDE_OPENING_HOURS);
    }

    @Test
    void unknown_and_blocked_tags_open_nothing() {
        assertThat(policy.decide(ENTRANCE, "hash-nobody", at(DAY, "12:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.UNKNOWN_TAG);
        assertThat(policy.decide(ENTRANCE, LOST.tagHash(), at(DAY, "12:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.TAG_BLOCKED);
        assertThat(policy.decide(LAUNDRY_DOOR, LOST.tagHash(), at(DAY, "11:00"), snapshot(annaBooks(DAY, 10, 13)))
                        .granted())
                .isFalse();
    }

    @Test
    void a_resident_of_another_building_is_refused() {
        assertThat(policy.decide(ENTRANCE, NEIGHBOUR.tagHash(), at(DAY, "12:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.OTHER_BUILDING);
    }

    @Test
    void the_laundry_door_opens_for_the_booker_from_start_to_end_plus_grace() {
        AccessSnapshot snapshot = snapshot(annaBooks(DAY, 10, 13));

        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "09:59:59"), snapshot)
                        .reason())
                .isEqualTo(AccessReason.NO_BOOKING_NOW);
        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "10:00"), snapshot)
                        .reason())
                .isEqualTo(AccessReason.BOOKING);
        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "13:29:59"), snapshot)
                        .granted())
                .isTrue();
        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "13:30"), snapshot)
                        .granted())
                .isFalse();
    }

    @Test
    void another_household_cannot_open_the_laundry_door_during_someone_elses_slot() {
        AccessDecision decision =
                policy.decide(LAUNDRY_DOOR, BO.tagHash(), at(DAY, "11:00"), snapshot(annaBooks(DAY, 10, 13)));

        assertThat(decision.reason()).isEqualTo(AccessReason.NO_BOOKING_NOW);
        assertThat(decision.checkIn()).isEmpty();
    }

    @Test
    void an_opening_inside_the_slot_checks_in_and_one_in_the_grace_does_not() {
        BookedSlot booking = annaBooks(DAY, 10, 13);

        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "10:05"), snapshot(booking))
                        .checkIn())
                .contains(booking);
        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "13:10"), snapshot(booking))
                        .checkIn())
                .isEmpty();
    }

    @Test
    void early_entry_lets_the_booker_in_before_the_start() {
        AccessPolicy early = new AccessPolicy(STOCKHOLM, Duration.ofMinutes(10), Duration.ofMinutes(30));

        assertThat(early.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "09:50"), snapshot(annaBooks(DAY, 10, 13)))
                        .granted())
                .isTrue();
    }

    @Test
    void the_next_booker_gets_in_while_the_previous_one_fetches_laundry() {
        BookedSlot bos = new BookedSlot(6, BO.apartmentId(), new Slot(LAUNDRY, DAY, SlotTime.of(13, 16)));
        AccessSnapshot snapshot = snapshot(annaBooks(DAY, 10, 13), bos);

        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "13:15"), snapshot)
                        .granted())
                .isTrue();
        assertThat(policy.decide(LAUNDRY_DOOR, BO.tagHash(), at(DAY, "13:15"), snapshot)
                        .checkIn())
                .contains(bos);
    }

    @Test
    void the_slot_window_follows_the_local_clock_on_the_autumn_daylight_saving_night() {
        // 2026-10-25: 03:00 summer time becomes 02:00 winter time; a 01–04 slot lasts four hours.
        LocalDate fallBack = LocalDate.of(2026, 10, 25);
        AccessSnapshot snapshot = snapshot(annaBooks(fallBack, 1, 4));
        Instant endOfSlot = at(fallBack, "04:00");

        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), endOfSlot.minusSeconds(4 * 3600), snapshot)
                        .checkIn())
                .isPresent();
        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), endOfSlot.plus(Duration.ofMinutes(29)), snapshot)
                        .granted())
                .isTrue();
        assertThat(policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), endOfSlot.plus(Duration.ofMinutes(30)), snapshot)
                        .granted())
                .isFalse();
    }

    @Test
    void on_the_spring_daylight_saving_night_a_slot_across_the_gap_is_two_hours_long() {
        // given 2026-03-29: 02:00 winter time becomes 03:00 summer time; a 01–04 slot lasts two hours
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        AccessSnapshot snapshot = snapshot(annaBooks(springForward, 1, 4));
        Instant start = at(springForward, "01:00");

        // when
        AccessDecision justBefore = policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), start.minusSeconds(1), snapshot);
        AccessDecision twoHoursIn =
                policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), start.plus(Duration.ofHours(2)), snapshot);

        // then: two real hours after 01:00 it is 04:00, the slot is over, only the grace is left
        assertThat(justBefore.reason()).isEqualTo(AccessReason.NO_BOOKING_NOW);
        assertThat(twoHoursIn.granted()).isTrue();
        assertThat(twoHoursIn.checkIn()).isEmpty();
    }

    @Test
    void staff_open_only_granted_doors_in_granted_hours() {
        Door bikeRoom = door("bikes", DoorType.BIKE_ROOM);
        LocalDate saturday = LocalDate.of(2026, 11, 28);

        assertThat(policy.decide(LAUNDRY_DOOR, CARETAKER.tagHash(), at(DAY, "08:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.STAFF_GRANT);
        assertThat(policy.decide(bikeRoom, CARETAKER.tagHash(), at(DAY, "08:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.NOT_IN_GRANT);
        assertThat(policy.decide(ENTRANCE, CARETAKER.tagHash(), at(saturday, "08:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.OUTSIDE_GRANT_HOURS);
        assertThat(policy.decide(ENTRANCE, CARETAKER.tagHash(), at(DAY, "16:00"), snapshot())
                        .reason())
                .isEqualTo(AccessReason.OUTSIDE_GRANT_HOURS);
    }

    @Test
    void a_tag_moved_to_another_apartment_follows_the_new_snapshot() {
        ResidentTag moved = new ResidentTag(ANNA.tagHash(), BO.apartmentId(), BUILDING, false);
        BookedSlot bos = new BookedSlot(6, BO.apartmentId(), new Slot(LAUNDRY, DAY, SlotTime.of(10, 13)));
        AccessSnapshot after = new AccessSnapshot(2, List.of(moved), List.of(), Map.of(LAUNDRY, List.of(bos)));

        AccessDecision decision = policy.decide(LAUNDRY_DOOR, ANNA.tagHash(), at(DAY, "11:00"), after);

        assertThat(decision.apartmentId()).contains(BO.apartmentId());
        assertThat(decision.granted()).isTrue();
    }

    @Test
    void a_laundry_door_without_its_room_and_negative_durations_are_refused() {
        assertThatThrownBy(() -> new Door("l", DoorType.LAUNDRY_ROOM, Set.of(1L), Optional.empty(), Optional.empty()))
                .hasMessageContaining("needs its bookable object");
        assertThatThrownBy(() -> new AccessPolicy(STOCKHOLM, Duration.ZERO, Duration.ofMinutes(-1)))
                .hasMessage("grace must not be negative, was PT-1M");
    }
}
