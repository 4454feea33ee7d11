package se.bricka.backend.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.bricka.backend.closure.ClosureRepository;
import se.bricka.backend.device.Device;
import se.bricka.backend.household.Households;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.core.booking.BookingRules;
import se.bricka.core.booking.Closure;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotState;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.SlotView;
import se.bricka.core.wire.WeekSchedule;

/** A week of one bookable object, as one household (or nobody in particular) sees it. */
public final class WeekService {

    private static final int DAYS_IN_WEEK = 7;

    private record Snapshot(
            long version, List<Holding> holdings, List<Closure> closures, Set<Slot> released, List<Slot> viewerHeld) {}

    private record SlotKey(LocalDate date, LocalTime start) {}

    private final Transactor transactor;
    private final Households households;
    private final Resources resources;
    private final Clock clock;
    private final BookingRepository bookings = new BookingRepository();
    private final ChangeLog changeLog = new ChangeLog();
    private final ClosureRepository closures = new ClosureRepository();

    public WeekService(Transactor transactor, Households households, Resources resources, Clock clock) {
        this.transactor = transactor;
        this.households = households;
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * @param day any day of the wanted week; the current week if empty
     * @param tagHash the viewing household's tag; without it no slot is {@code YOURS}
     */
    public WeekSchedule week(Device device, long resourceId, Optional<LocalDate> day, Optional<String> tagHash) {
        Optional<Household> viewer = tagHash.map(hash -> households.identify(device, hash));
        Resource resource = resources.get(device, resourceId);
        LocalDate monday =
                BookingRules.weekStartOf(day.orElseGet(() -> LocalDate.now(clock.withZone(resource.zone()))));
        BookingRules rules = new BookingRules(resource.template(), resource.zone(), clock, resource.quota());
        LocalDate sunday = monday.plusDays(DAYS_IN_WEEK - 1);
        // The version is read first: the bookings read after it are at least that new, so a device that
        // applies later events on top never misses one.
        Snapshot snapshot = transactor.inTransaction(connection -> new Snapshot(
                changeLog.currentVersion(connection),
                bookings.activeBetween(connection, resource.id(), monday, sunday),
                closures.onDays(connection, resource.id(), monday, sunday),
                bookings.releasedBetween(connection, resource, monday, sunday),
                viewer.isEmpty()
                        ? List.of()
                        : bookings.heldInQuotaScope(
                                connection, viewer.get().apartmentId(), resource, BookingService.quotaSince(rules))));
        List<SlotView> slots = slotViews(rules, resource, monday, snapshot, viewer);
        return new WeekSchedule(
                resource.id(),
                resource.name(),
                monday,
                resource.zone().getId(),
                viewer.orElse(null),
                slots,
                snapshot.version(),
                viewer.map(v -> RefusalProblems.view(rules.usage(snapshot.viewerHeld())))
                        .orElse(null));
    }

    private static List<SlotView> slotViews(
            BookingRules rules, Resource resource, LocalDate monday, Snapshot snapshot, Optional<Household> viewer) {
        Map<SlotKey, Holding> bySlot = snapshot.holdings().stream()
                .collect(
                        Collectors.toMap(holding -> new SlotKey(holding.date(), holding.start()), Function.identity()));
        Optional<Long> viewerId = viewer.map(Household::apartmentId);
        List<SlotView> views = new ArrayList<>();
        for (int day = 0; day < DAYS_IN_WEEK; day++) {
            for (Slot slot : resource.template().slotsOn(resource.id(), monday.plusDays(day))) {
                Optional<Holding> holding = Optional.ofNullable(bySlot.get(new SlotKey(slot.date(), slot.start())));
                SlotState state = rules.stateOf(
                        slot,
                        holding.map(Holding::apartmentId),
                        viewerId,
                        snapshot.closures(),
                        snapshot.released().contains(slot));
                // Only the viewer's own booking is identified, so that it can be cancelled.
                Long bookingId =
                        state == SlotState.YOURS ? holding.orElseThrow().bookingId() : null;
                views.add(new SlotView(slot.date(), slot.start(), slot.end(), state, bookingId));
            }
        }
        return views;
    }
}
