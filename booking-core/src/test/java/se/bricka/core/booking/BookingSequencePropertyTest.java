package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of book, cancel, check-in and clock advance, starting near the daylight-saving
 * changes, never break the invariants the rules promise when a store applies them faithfully.
 */
class BookingSequencePropertyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final SlotTemplate LAUNDRY = SlotTemplate.standardLaundry();
    private static final QuotaRules QUOTA = QuotaRules.defaults();
    private static final ReleasePolicy RELEASE = ReleasePolicy.defaults();

    sealed interface Step {}

    record Book(long household, int daysAhead, int slotIndex) implements Step {}

    record Cancel(long household, int pick) implements Step {}

    record CheckIn(long household) implements Step {}

    record Advance(Duration by) implements Step {}

    /** One stored booking; {@code active} false once cancelled or released. */
    static final class Stored {
        final Slot slot;
        final long household;
        boolean active = true;
        boolean checkedIn;
        boolean released;

        Stored(Slot slot, long household) {
            this.slot = slot;
            this.household = household;
        }
    }

    @Property(tries = 300)
    void invariants_hold_after_every_step(@ForAll("starts") Instant start, @ForAll("steps") List<Step> steps) {
        Instant now = start;
        List<Stored> store = new ArrayList<>();
        for (Step step : steps) {
            BookingRules rules = new BookingRules(LAUNDRY, STOCKHOLM, Clock.fixed(now, STOCKHOLM), QUOTA);
            switch (step) {
                case Book b -> book(rules, store, b, now);
                case Cancel c -> cancel(rules, store, c);
                case CheckIn c -> checkIn(rules, store, c);
                case Advance a -> now = now.plus(a.by());
            }
            Instant at = now;
            store.stream()
                    .filter(s -> s.active && RELEASE.releases(s.slot, s.checkedIn, at, STOCKHOLM))
                    .forEach(s -> {
                        s.active = false;
                        s.released = true;
                    });
            assertInvariants(new BookingRules(LAUNDRY, STOCKHOLM, Clock.fixed(now, STOCKHOLM), QUOTA), store);
        }
    }

    private static void book(BookingRules rules, List<Stored> store, Book b, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, STOCKHOLM).plusDays(b.daysAhead());
        Slot slot = LAUNDRY.slotsOn(1, date).get(b.slotIndex());
        Optional<Long> holder = store.stream()
                .filter(s -> s.active && s.slot.equals(slot))
                .map(s -> s.household)
                .findFirst();
        BookingDecision decision = rules.decide(
                new BookingAttempt(1, date, slot.start(), holder, activeOf(store, b.household()), List.of()));
        if (decision instanceof BookingDecision.Allowed allowed) {
            assertThat(rules.hasEnded(allowed.slot()))
                    .as("never book an ended slot")
                    .isFalse();
            store.add(new Stored(allowed.slot(), b.household()));
        }
    }

    private static void cancel(BookingRules rules, List<Stored> store, Cancel c) {
        List<Stored> own = store.stream()
                .filter(s -> s.active && s.household == c.household() && !rules.hasStarted(s.slot))
                .toList();
        if (!own.isEmpty()) {
            own.get(c.pick() % own.size()).active = false;
        }
    }

    private static void checkIn(BookingRules rules, List<Stored> store, CheckIn c) {
        store.stream()
                .filter(s -> s.active && s.household == c.household())
                .filter(s -> rules.hasStarted(s.slot) && !rules.hasEnded(s.slot))
                .forEach(s -> s.checkedIn = true);
    }

    private static List<Slot> activeOf(List<Stored> store, long household) {
        return store.stream()
                .filter(s -> s.active && s.household == household)
                .map(s -> s.slot)
                .toList();
    }

    private static void assertInvariants(BookingRules rules, List<Stored> store) {
        Map<Slot, Integer> perSlot = new HashMap<>();
        store.stream().filter(s -> s.active).forEach(s -> perSlot.merge(s.slot, 1, Integer::sum));
        assertThat(perSlot.values()).as("at most one active booking per slot").allMatch(n -> n <= 1);
        for (long household = 1; household <= 3; household++) {
            List<Slot> active = activeOf(store, household);
            assertThat(rules.usage(active).futureBookings())
                    .as("future bookings of household %d", household)
                    .isLessThanOrEqualTo(QUOTA.maxFutureBookings());
            Map<LocalDate, Integer> perDay = new HashMap<>();
            active.forEach(slot -> perDay.merge(slot.date(), 1, Integer::sum));
            assertThat(perDay.values()).allMatch(n -> n <= QUOTA.maxPerDay());
        }
        for (Stored s : store) {
            if (s.released && !perSlot.containsKey(s.slot) && !rules.hasEnded(s.slot)) {
                assertThat(rules.decide(s.slot.resourceId(), s.slot.date(), s.slot.start(), Optional.empty())
                                .allowed())
                        .as("a released slot can be booked for its remainder")
                        .isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Instant> starts() {
        // Around the 2026 spring and autumn changes, and an ordinary week.
        return Arbitraries.of("2026-03-27T06:00:00Z", "2026-10-23T06:00:00Z", "2026-11-23T06:00:00Z")
                .map(Instant::parse)
                .flatMap(base -> Arbitraries.integers().between(0, 72 * 60).map(m -> base.plusSeconds(60L * m)));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Long> household = Arbitraries.longs().between(1, 3);
        Arbitrary<Step> book = Combinators.combine(
                        household,
                        Arbitraries.integers().between(-1, 30),
                        Arbitraries.integers().between(0, 4))
                .as(Book::new);
        Arbitrary<Step> cancel = Combinators.combine(
                        household, Arbitraries.integers().between(0, 5))
                .as(Cancel::new);
        Arbitrary<Step> checkIn = household.map(CheckIn::new);
        Arbitrary<Step> advance =
                Arbitraries.integers().between(1, 36 * 60).map(m -> new Advance(Duration.ofMinutes(m)));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, book),
                        net.jqwik.api.Tuple.of(2, cancel),
                        net.jqwik.api.Tuple.of(2, checkIn),
                        net.jqwik.api.Tuple.of(3, advance))
                .list()
                .ofMinSize(1)
                .ofMaxSize(60);
    }
}
