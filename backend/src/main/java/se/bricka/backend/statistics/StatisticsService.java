package se.bricka.backend.statistics;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.statistics.StatisticsRepository.BookedSlot;
import se.bricka.backend.statistics.StatisticsRepository.UsedSlot;
import se.bricka.core.booking.SlotTime;

/**
 * The landlord's statistics: per bookable object and slot of the week, what became of its bookings.
 * Cells are the object's template slots of each weekday plus any other slot times bookings were
 * made for (a template changed during the period). Only counts leave this class, never a household.
 *
 * <p>"Used" is read from the {@code slot_usage} aggregate, not from the bookings' check-in times: a
 * check-in time is access data, cleared by the retention purge after 14 days, and the default period
 * is 8 weeks. The aggregate counts how many bookings of a slot on a date were used, not whose, so
 * keeping it longer keeps no access data about any household. Whether a cell is withheld is still
 * decided by the distinct households that booked it.
 */
public final class StatisticsService {

    private static final Comparator<SlotTime> BY_START =
            Comparator.comparing(SlotTime::start).thenComparing(SlotTime::end);

    private final Transactor transactor;
    private final StatisticsRepository repository = new StatisticsRepository();
    private final Clock clock;
    private final ZoneId zone;

    public StatisticsService(Transactor transactor, Clock clock, ZoneId zone) {
        this.transactor = transactor;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today where the estate is: the first day the statistics do not count. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The cells of each of {@code objects} over {@code period}. */
    public List<ObjectStatistics> of(List<Resource> objects, StatisticsPeriod period) {
        OptionalLong onlyOne =
                objects.size() == 1 ? OptionalLong.of(objects.getFirst().id()) : OptionalLong.empty();
        PeriodRows found = transactor.inTransaction(connection -> new PeriodRows(
                repository.bookings(connection, period.from(), period.to(), onlyOne),
                repository.uses(connection, period.from(), period.to(), onlyOne)));
        List<ObjectStatistics> result = new ArrayList<>();
        for (Resource object : objects) {
            result.add(new ObjectStatistics(
                    object,
                    cells(
                            object,
                            found.bookings().stream()
                                    .filter(b -> b.resourceId() == object.id())
                                    .toList(),
                            found.uses().stream()
                                    .filter(u -> u.resourceId() == object.id())
                                    .toList())));
        }
        return result;
    }

    /** What the period holds, read in one transaction. */
    private record PeriodRows(List<BookedSlot> bookings, List<UsedSlot> uses) {}

    private static List<SlotCell> cells(Resource object, List<BookedSlot> bookings, List<UsedSlot> uses) {
        List<SlotCell> cells = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<SlotTime, Tally> tallies = new TreeMap<>(BY_START);
            object.template().timesOn(day).forEach(time -> tallies.put(time, new Tally()));
            for (BookedSlot booking : bookings) {
                if (booking.date().getDayOfWeek() == day) {
                    tallies.computeIfAbsent(booking.time(), time -> new Tally()).add(booking);
                }
            }
            for (UsedSlot use : uses) {
                if (use.date().getDayOfWeek() == day) {
                    tallies.computeIfAbsent(use.time(), time -> new Tally()).addUses(use.used());
                }
            }
            tallies.forEach((time, tally) -> cells.add(tally.cell(day, time)));
        }
        return cells;
    }

    /** The running counts of one cell. */
    private static final class Tally {
        private final Set<Long> households = new HashSet<>();
        private int booked;
        private int used;
        private int released;
        private int cancelled;

        void add(BookedSlot booking) {
            households.add(booking.apartmentId());
            booked++;
            switch (booking.status()) {
                case "RELEASED" -> released++;
                case "CANCELLED" -> cancelled++;
                default -> {}
            }
        }

        void addUses(int uses) {
            used += uses;
        }

        SlotCell cell(DayOfWeek day, SlotTime time) {
            return new SlotCell(day, time, households.size(), booked, used, released, cancelled);
        }
    }
}
