package se.bricka.backend.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import se.bricka.backend.access.AccessDeltas;
import se.bricka.backend.closure.ClosureRepository;
import se.bricka.backend.device.Device;
import se.bricka.backend.health.DomainMetrics;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.Json;
import se.bricka.backend.idempotency.IdempotencyKeys;
import se.bricka.backend.idempotency.IdempotencyRepository;
import se.bricka.backend.idempotency.IdempotencyRepository.KeyTakenException;
import se.bricka.backend.idempotency.Reply;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.core.booking.BookingAttempt;
import se.bricka.core.booking.BookingDecision;
import se.bricka.core.booking.BookingRules;
import se.bricka.core.booking.Refusal;
import se.bricka.core.booking.RollingLimit;
import se.bricka.core.booking.Slot;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.BookingConfirmation;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.Household;

/**
 * Books and cancels slots. Each write is one transaction holding the booking, its idempotency record
 * and its change-log entry; the change is published only after commit.
 */
public final class BookingService {

    private record Created(Reply reply, ChangeEvent event) {}

    /** The answer, and the change to publish after commit if something was booked. */
    private record Outcome(Reply reply, Optional<ChangeEvent> event) {}

    private record Lookup(Household household, Resource resource, String fingerprint, Optional<Reply> replay) {}

    private final Transactor transactor;
    private final Households households;
    private final Resources resources;
    private final ChangePublisher publisher;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final BookingRepository bookings = new BookingRepository();
    private final IdempotencyRepository idempotency = new IdempotencyRepository();
    private final ChangeLog changeLog = new ChangeLog();
    private final ClosureRepository closures = new ClosureRepository();
    private final ApartmentBookingRepository apartmentBookings = new ApartmentBookingRepository();

    public BookingService(
            Transactor transactor,
            Households households,
            Resources resources,
            ChangePublisher publisher,
            ObjectMapper mapper,
            Clock clock) {
        this.transactor = transactor;
        this.households = households;
        this.resources = resources;
        this.publisher = publisher;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Books the requested slot for the household of {@code tagHash}. With an idempotency key, a retry of
     * the same request returns the first response and books nothing more.
     */
    public Reply book(Device device, String tagHash, BookingRequest request, Optional<String> idempotencyKey) {
        try {
            return bookOnce(device, tagHash, request, idempotencyKey);
        } catch (ApiException refused) {
            DomainMetrics.bookingRefused(refused.problem().code());
            throw refused;
        }
    }

    private Reply bookOnce(Device device, String tagHash, BookingRequest request, Optional<String> idempotencyKey) {
        BookingRequest valid = BookingRequests.validated(request);
        Optional<String> key = idempotencyKey.map(IdempotencyKeys::checked);
        // Who, what, whether this is a retry, and the booking itself: one transaction, one connection
        // from the pool. The look-up is kept for the answer when the slot turns out to be taken.
        AtomicReference<Lookup> seen = new AtomicReference<>();
        try {
            Outcome outcome = transactor.inTransaction(connection -> {
                Lookup lookup = lookUp(connection, device, tagHash, valid, key);
                seen.set(lookup);
                if (lookup.replay().isPresent()) {
                    return new Outcome(lookup.replay().get(), Optional.empty());
                }
                Created created = create(
                        connection, device, lookup.resource(), lookup.household(), valid, key, lookup.fingerprint());
                return new Outcome(created.reply(), Optional.of(created.event()));
            });
            outcome.event().ifPresent(publisher::publish);
            outcome.event().ifPresent(created -> DomainMetrics.bookingCreated());
            return outcome.reply();
        } catch (SlotTakenException | KeyTakenException e) {
            // A concurrent request with the same key may have won the race: its response is our answer.
            Lookup lookup = seen.get();
            return key.flatMap(k -> replay(device, k, lookup.fingerprint()))
                    .orElseThrow(() -> slotTaken(valid, lookup.resource()));
        }
    }

    private Lookup lookUp(
            Connection connection, Device device, String tagHash, BookingRequest request, Optional<String> key)
            throws SQLException {
        Household who = households.identifyIn(connection, device, tagHash);
        Resource what = resources.getIn(connection, device, request.resourceId());
        String print = fingerprint(request, who);
        Optional<Reply> stored =
                key.isEmpty() ? Optional.empty() : idempotency.replay(connection, device.id(), key.get(), print);
        return new Lookup(who, what, print, stored);
    }

    /** Cancels a booking of the household of {@code tagHash}; cancelling a cancelled booking is a no-op. */
    public void cancel(Device device, String tagHash, long bookingId) {
        // Whose tag and the cancel itself share one transaction: one connection and one commit.
        transactor
                .inTransaction(connection ->
                        cancelIn(connection, device, households.identifyIn(connection, device, tagHash), bookingId))
                .ifPresent(publisher::publish);
    }

    /**
     * The bookings (any status) of the household of {@code tagHash} dated {@code from} or later; by
     * default from a week ago.
     */
    public List<ApartmentBooking> bookingsOf(Device device, String tagHash, Optional<LocalDate> from) {
        Household household = households.identify(device, tagHash);
        LocalDate since = from.orElseGet(
                () -> LocalDate.now(clock.withZone(device.zone())).minusWeeks(1));
        return transactor
                .inTransaction(connection -> apartmentBookings.list(connection, household.apartmentId(), since))
                .stream()
                .map(ApartmentBookingRepository.Entry::booking)
                .toList();
    }

    private Created create(
            Connection connection,
            Device device,
            Resource resource,
            Household household,
            BookingRequest request,
            Optional<String> key,
            String fingerprint)
            throws SQLException {
        Instant now = clock.instant();
        Slot slot = allowedSlot(connection, resource, household, request);
        long bookingId = bookings.insertActive(connection, slot, household.apartmentId(), now);
        BookingConfirmation confirmation = new BookingConfirmation(
                bookingId,
                resource.id(),
                resource.name(),
                slot.date(),
                slot.start(),
                slot.end(),
                household.apartmentLabel());
        Reply reply = new Reply(201, Json.write(mapper, confirmation));
        if (key.isPresent()) {
            idempotency.store(connection, device.id(), key.get(), fingerprint, reply, now);
        }
        ChangeEvent event = changeLog.append(
                connection,
                ChangeEvent.BOOKING_CREATED,
                slot,
                AccessDeltas.booking(bookingId, household.apartmentId(), slot),
                now);
        return new Created(reply, event);
    }

    /**
     * The slot to book if the rules allow it, decided under the apartment's row lock: a second booking
     * of the same household waits for the lock, then counts this one. The slot itself is guarded by
     * the unique constraint.
     *
     * <p>A held slot is refused before the quota is looked at ({@link BookingRules#decide}), so when the
     * slot is already held the household's row is neither locked nor its bookings read: under a rush on
     * one slot every loser is answered with two reads fewer. A free slot is looked at again once the
     * lock is held: a concurrent retry of the same household may have booked it meanwhile, and must be
     * answered "taken" (then replayed), not refused by the quota its own booking now uses.
     */
    private Slot allowedSlot(Connection connection, Resource resource, Household household, BookingRequest request)
            throws SQLException {
        Optional<Long> holder = bookings.activeHolder(connection, resource.id(), request.date(), request.start());
        BookingRules rules = rulesFor(resource);
        List<Slot> held = List.of();
        if (holder.isEmpty()) {
            bookings.lockApartment(connection, household.apartmentId());
            holder = bookings.activeHolder(connection, resource.id(), request.date(), request.start());
        }
        if (holder.isEmpty()) {
            held = bookings.heldInQuotaScope(connection, household.apartmentId(), resource, quotaSince(rules));
        }
        BookingAttempt attempt = new BookingAttempt(
                resource.id(),
                request.date(),
                request.start(),
                holder,
                held,
                closures.onDays(connection, resource.id(), request.date(), request.date()));
        return switch (rules.decide(attempt)) {
            case BookingDecision.Allowed allowed -> allowed.slot();
            // "Taken" leaves through the same door as the constraint violation, so that a concurrent
            // retry with the same key is answered with the stored booking instead of a 409.
            case BookingDecision.Refused refused
            when refused.reason() == Refusal.SLOT_TAKEN -> throw new SlotTakenException();
            case BookingDecision.Refused refused -> throw RefusalProblems.of(refused, request, resource, rules);
        };
    }

    private Optional<ChangeEvent> cancelIn(Connection connection, Device device, Household household, long bookingId)
            throws SQLException {
        BookingRow booking = bookings.find(connection, bookingId)
                .filter(found -> found.propertyId() == device.propertyId())
                .orElseThrow(() -> ApiException.refused(
                        Refusal.UNKNOWN_BOOKING, "There is no booking with id " + bookingId + "."));
        if (booking.apartmentId() != household.apartmentId()) {
            throw ApiException.refused(
                    Refusal.NOT_YOUR_BOOKING, "Booking " + bookingId + " belongs to another household.");
        }
        if (!booking.active()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!booking.cancel().allows(booking.slot(), now, booking.zone())) {
            throw RefusalProblems.cancelTooLate(booking);
        }
        if (!bookings.cancel(connection, bookingId, now)) {
            return Optional.empty();
        }
        return Optional.of(changeLog.append(connection, ChangeEvent.BOOKING_CANCELLED, booking.slot(), now));
    }

    private Optional<Reply> replay(Device device, String key, String fingerprint) {
        return transactor.inTransaction(connection -> idempotency.replay(connection, device.id(), key, fingerprint));
    }

    private static ApiException slotTaken(BookingRequest request, Resource resource) {
        return ApiException.refused(
                Refusal.SLOT_TAKEN,
                "The slot " + request.date() + " " + request.start() + " of " + resource.name()
                        + " is already booked.");
    }

    private BookingRules rulesFor(Resource resource) {
        return new BookingRules(resource.template(), resource.zone(), clock, resource.quota());
    }

    /**
     * The earliest date whose bookings can matter to a quota: today for "future" and "per day", a
     * rolling window back when the group has one.
     */
    static LocalDate quotaSince(BookingRules rules) {
        LocalDate today = LocalDate.ofInstant(rules.now(), rules.zone());
        int back = rules.quota().rolling().map(RollingLimit::days).orElse(1);
        return today.minusDays(back);
    }

    /** Identifies "the same request" for idempotency: what is booked, and for whom. */
    private static String fingerprint(BookingRequest request, Household household) {
        return IdempotencyKeys.fingerprint(
                request.resourceId() + "|" + request.date() + "|" + request.start() + "|" + household.apartmentId());
    }
}
