package se.bricka.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTemplate;

/** The laundry door opens only for the apartment holding a slot that covers the instant (plus grace). */
class LaundryDoorPropertyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Duration GRACE = Duration.ofMinutes(30);
    private static final Door LAUNDRY_DOOR =
            new Door("laundry", DoorType.LAUNDRY_ROOM, Set.of(1L), Optional.of(10L), Optional.empty());

    @Property(tries = 500)
    void the_door_opens_exactly_for_a_booker_inside_their_window(
            @ForAll @IntRange(min = 0, max = 700) int day,
            @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 4) Integer> holders,
            @ForAll @IntRange(min = 1, max = 4) int tapper,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minuteOfDay) {
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(day);
        List<Slot> slots = SlotTemplate.standardLaundry().slotsOn(10, date);
        List<BookedSlot> bookings = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            bookings.add(new BookedSlot(i, holders.get(i), slots.get(i)));
        }
        List<ResidentTag> tags = List.of(
                new ResidentTag("t1", 1, 1, false),
                new ResidentTag("t2", 2, 1, false),
                new ResidentTag("t3", 3, 1, false),
                new ResidentTag("t4", 4, 1, false));
        AccessSnapshot snapshot = new AccessSnapshot(1, tags, List.of(), Map.of(10L, bookings));
        Instant at = date.atStartOfDay(STOCKHOLM).toInstant().plus(Duration.ofMinutes(minuteOfDay));

        AccessDecision decision = new AccessPolicy(STOCKHOLM).decide(LAUNDRY_DOOR, "t" + tapper, at, snapshot);

        boolean holdsCoveringSlot = bookings.stream()
                .anyMatch(b -> b.apartmentId() == tapper
                        && !at.isBefore(b.slot().startsAt(STOCKHOLM))
                        && at.isBefore(b.slot().endsAt(STOCKHOLM).plus(GRACE)));
        assertThat(decision.granted()).isEqualTo(holdsCoveringSlot);
    }
}
