package se.bricka.backend.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import se.bricka.backend.closure.ClosureService;
import se.bricka.backend.demo.DemoSeeder;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceRepository;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.Json;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.backend.staff.AdminAudit;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.MutableClock;
import se.bricka.core.booking.Slot;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.ClosureRequest;

/**
 * Random histories of booking, cancelling, checking in, releasing, closing and time passing, across
 * daylight-saving changes, run against the real booking service on the embedded database: the
 * invariants hold after every step.
 */
class BookingHistoryPropertyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of(DemoEstate.ZONE);
    /** Few households, so that they run into their quotas and each other. */
    private static final int HOUSEHOLDS = 5;
    /** Households that book only released slots: apartments 6 to 23 of the demo. */
    private static final int FRESH_HOUSEHOLDS = 18;

    sealed interface Step {}

    record Book(int household, int resource, int dayOffset, int slot) implements Step {}

    record Cancel(int household, int pick) implements Step {}

    record CheckIn(int household, int resource) implements Step {}

    record Advance(int minutes) implements Step {}

    record Release() implements Step {}

    record BookReleased() implements Step {}

    record Close(int resource, int dayOffset, int fromHour, int hours) implements Step {}

    @Provide
    Arbitrary<Instant> starts() {
        return Arbitraries.of(
                Instant.parse("2027-03-27T16:00:00Z"), // the evening before clocks go forward
                Instant.parse("2026-10-24T16:00:00Z"), // the evening before clocks go back
                Instant.parse("2026-11-25T06:10:00Z"));
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(6, book()),
                Tuple.of(2, cancel()),
                Tuple.of(2, checkIn()),
                Tuple.of(3, Arbitraries.integers().between(10, 720).map(Advance::new)),
                Tuple.of(2, Arbitraries.just(new Release())),
                Tuple.of(1, Arbitraries.just(new BookReleased())),
                Tuple.of(1, close()));
        return step.list().ofMinSize(5).ofMaxSize(40);
    }

    private static Arbitrary<Step> book() {
        var household = Arbitraries.integers().between(0, HOUSEHOLDS - 1);
        return Combinators.combine(
                        household,
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(-1, 4),
                        Arbitraries.integers().between(0, 4))
                .as(Book::new);
    }

    private static Arbitrary<Step> cancel() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, HOUSEHOLDS - 1),
                        Arbitraries.integers().between(0, 3))
                .as(Cancel::new);
    }

    private static Arbitrary<Step> close() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(6, 20),
                        Arbitraries.integers().between(1, 30))
                .as(Close::new);
    }

    private static Arbitrary<Step> checkIn() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, HOUSEHOLDS - 1),
                        Arbitraries.integers().between(0, 2))
                .as(CheckIn::new);
    }

    @Property(tries = 15)
    void random_histories_keep_every_invariant(@ForAll("starts") Instant start, @ForAll("histories") List<Step> history)
            throws SQLException {
        try (World world = new World(start)) {
            for (Step step : history) {
                world.apply(step);
                world.assertInvariants();
            }
        }
    }

    /** One fresh embedded database with the demo estate and the real services over it. */
    private static final class World implements AutoCloseable {

        private final MutableClock clock;
        private final Database database;
        private final Device device;
        private final List<Resource> resources;
        private final BookingService bookings;
        private final CheckIns checkIns;
        private final ReleaseJob releaseJob;
        private final ClosureService closures;
        private int freshUsed;

        World(Instant start) {
            clock = new MutableClock(start, STOCKHOLM);
            database = Database.open("jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "");
            Transactor transactor = database.transactor();
            new DemoSeeder(transactor, DemoEstate.TAG_KEY, STOCKHOLM, start).seedIfEmpty();
            device = transactor
                    .inTransaction(c -> new DeviceRepository().findByTokenHash(c, TokenHash.of(DemoTags.BOARD_TOKEN)))
                    .orElseThrow();
            Resources resourceLookup = new Resources(transactor);
            resources = resourceLookup.of(device);
            Households households = new Households(transactor);
            bookings = new BookingService(transactor, households, resourceLookup, event -> {}, Json.newMapper(), clock);
            checkIns = new CheckIns(transactor, clock);
            releaseJob = new ReleaseJob(transactor, event -> {}, clock);
            closures = new ClosureService(transactor, resourceLookup, event -> {}, Json.newMapper(), clock);
        }

        void apply(Step step) throws SQLException {
            switch (step) {
                case Book book -> tryBook(tagOf(book.household()), book.resource(), book.dayOffset(), book.slot());
                case Cancel cancel -> cancel(cancel);
                case CheckIn checkIn ->
                    checkIns.checkIn(resources.get(checkIn.resource()), apartmentOf(checkIn.household()));
                case Advance advance -> clock.advance(Duration.ofMinutes(advance.minutes()));
                case Release ignored -> releaseJob.releaseDue();
                case BookReleased ignored -> bookAReleasedSlot();
                case Close close -> close(close);
            }
        }

        private Optional<ApiException> tryBook(String tag, int resourceIndex, int dayOffset, int slotIndex) {
            Resource resource = resources.get(resourceIndex);
            var times = resource.template().daily();
            LocalTime startTime = times.get(slotIndex % times.size()).start();
            LocalDate date = LocalDate.ofInstant(clock.instant(), STOCKHOLM).plusDays(dayOffset);
            try {
                bookings.book(device, tag, new BookingRequest(resource.id(), date, startTime), Optional.empty());
                return Optional.empty();
            } catch (ApiException refused) {
                assertThat(refused.problem().status()).isBetween(400, 499);
                return Optional.of(refused);
            }
        }

        private void close(Close close) {
            LocalDateTime from = LocalDate.ofInstant(clock.instant(), STOCKHOLM)
                    .plusDays(close.dayOffset())
                    .atTime(close.fromHour(), 0);
            closures.close(
                    device.propertyId(),
                    resources.get(close.resource()).id(),
                    new ClosureRequest(from, from.plusHours(close.hours()), "out of order"),
                    new AdminAudit.Actor(null, "property test"));
        }

        private void cancel(Cancel cancel) throws SQLException {
            List<Long> ids = longs("SELECT id FROM booking WHERE active = TRUE AND apartment_id = "
                    + apartmentOf(cancel.household()) + " ORDER BY id");
            if (ids.isEmpty()) {
                return;
            }
            try {
                bookings.cancel(device, tagOf(cancel.household()), ids.get(cancel.pick() % ids.size()));
            } catch (ApiException refused) {
                assertThat(refused.problem().code()).isEqualTo("cancel-too-late");
            }
        }

        /** A household with no live booking may always book a released slot that has not ended nor closed. */
        private void bookAReleasedSlot() throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("""
                            SELECT r.resource_id, r.slot_date, r.slot_start, r.slot_end FROM booking r
                             WHERE r.status = 'RELEASED' AND NOT EXISTS (
                                   SELECT 1 FROM booking a WHERE a.active = TRUE AND a.resource_id = r.resource_id
                                      AND a.slot_date = r.slot_date AND a.slot_start = r.slot_start)
                               AND NOT EXISTS (
                                   SELECT 1 FROM closure c WHERE c.resource_id = r.resource_id AND c.lifted_at IS NULL
                                      AND CAST(r.slot_date AS TIMESTAMP) + CAST(r.slot_end AS TIME) > c.from_at
                                      AND CAST(r.slot_date AS TIMESTAMP) + CAST(r.slot_start AS TIME) < c.until_at)
                            """)) {
                while (row.next()) {
                    Instant end = row.getObject("slot_date", LocalDate.class)
                            .atTime(row.getObject("slot_end", LocalTime.class))
                            .atZone(STOCKHOLM)
                            .toInstant();
                    if (end.isAfter(clock.instant())) {
                        assertReleasedSlotBookable(
                                row.getLong("resource_id"),
                                row.getObject("slot_date", LocalDate.class),
                                row.getObject("slot_start", LocalTime.class));
                        return;
                    }
                }
            }
        }

        private void assertReleasedSlotBookable(long resourceId, LocalDate date, LocalTime start) {
            if (freshUsed == FRESH_HOUSEHOLDS) {
                return;
            }
            // A household used for nothing else has its whole quota: it must get the slot.
            int fresh = HOUSEHOLDS + freshUsed++;
            bookings.book(device, tagOf(fresh), new BookingRequest(resourceId, date, start), Optional.empty());
        }

        void assertInvariants() throws SQLException {
            assertThat(longs("""
                            SELECT COUNT(*) FROM booking WHERE active = TRUE
                             GROUP BY resource_id, slot_date, slot_start HAVING COUNT(*) > 1
                            """)).as("at most one live booking per slot").isEmpty();
            assertThat(longs("""
                            SELECT COUNT(*) FROM booking b JOIN resource r ON r.id = b.resource_id
                             WHERE b.active = TRUE
                             GROUP BY b.apartment_id, r.quota_group_id, b.slot_date HAVING COUNT(*) > 1
                            """))
                    .as("at most one live booking per household, group and day")
                    .isEmpty();
            assertFutureQuotaHeld();
            assertNothingLiveInAClosure();
            assertNothingBookedAfterItEnded();
        }

        private void assertFutureQuotaHeld() throws SQLException {
            for (Resource resource : resources) {
                int max = resource.quota().maxFutureBookings();
                for (int household = 0; household < HOUSEHOLDS + freshUsed; household++) {
                    long apartment = apartmentOf(household);
                    List<Slot> held;
                    try (Connection connection = database.dataSource().getConnection()) {
                        held = new BookingRepository()
                                .heldInQuotaScope(
                                        connection,
                                        apartment,
                                        resource,
                                        LocalDate.ofInstant(clock.instant(), STOCKHOLM)
                                                .minusDays(1));
                    }
                    long future = held.stream()
                            .filter(slot -> slot.endsAt(STOCKHOLM).isAfter(clock.instant()))
                            .count();
                    assertThat(future)
                            .as("future bookings of household %d", household)
                            .isLessThanOrEqualTo(max);
                }
            }
        }

        /** A closure cancels what it covers, except slots that had ended when it was made. */
        private void assertNothingLiveInAClosure() throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("""
                            SELECT b.slot_date, b.slot_end, c.created_at FROM booking b
                              JOIN closure c ON c.resource_id = b.resource_id
                             WHERE b.active = TRUE AND c.lifted_at IS NULL
                               AND CAST(b.slot_date AS TIMESTAMP) + CAST(b.slot_end AS TIME) > c.from_at
                               AND CAST(b.slot_date AS TIMESTAMP) + CAST(b.slot_start AS TIME) < c.until_at
                            """)) {
                while (row.next()) {
                    Instant end = row.getObject("slot_date", LocalDate.class)
                            .atTime(row.getObject("slot_end", LocalTime.class))
                            .atZone(STOCKHOLM)
                            .toInstant();
                    Instant closed =
                            row.getObject("created_at", OffsetDateTime.class).toInstant();
                    assertThat(end)
                            .as("a live booking in a closure had ended before it")
                            .isBeforeOrEqualTo(closed);
                }
            }
        }

        private void assertNothingBookedAfterItEnded() throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT slot_date, slot_end, created_at FROM booking")) {
                while (row.next()) {
                    Instant end = row.getObject("slot_date", LocalDate.class)
                            .atTime(row.getObject("slot_end", LocalTime.class))
                            .atZone(STOCKHOLM)
                            .toInstant();
                    Instant created =
                            row.getObject("created_at", OffsetDateTime.class).toInstant();
                    assertThat(created).as("booked before the slot ended").isBefore(end);
                }
            }
        }

        private static String tagOf(int household) {
            return DemoTags.hash(DemoEstate.apartmentLabels().get(household) + "0001");
        }

        private long apartmentOf(int household) {
            return longsUnchecked("SELECT id FROM apartment WHERE label = '"
                            + DemoEstate.apartmentLabels().get(household) + "'")
                    .getFirst();
        }

        private List<Long> longsUnchecked(String sql) {
            try {
                return longs(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        private List<Long> longs(String sql) throws SQLException {
            List<Long> values = new ArrayList<>();
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    values.add(row.getLong(1));
                }
            }
            return values;
        }

        @Override
        public void close() {
            releaseJob.close();
            database.close();
        }
    }
}
