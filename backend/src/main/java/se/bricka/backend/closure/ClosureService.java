package se.bricka.backend.closure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bricka.backend.caretaker.StaffActionLog;
import se.bricka.backend.caretaker.VerifiedCaretaker;
import se.bricka.backend.device.Device;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.Json;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.idempotency.IdempotencyKeys;
import se.bricka.backend.idempotency.IdempotencyRepository;
import se.bricka.backend.idempotency.IdempotencyRepository.KeyTakenException;
import se.bricka.backend.idempotency.Reply;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.backend.staff.AdminAudit;
import se.bricka.backend.web.Text;
import se.bricka.core.booking.BookingRules;
import se.bricka.core.booking.Closure;
import se.bricka.core.booking.Refusal;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;

/**
 * Staff close an object for a period (out of order, cleaning) and re-open it. Closing cancels the
 * live bookings in the period that have not ended; each cancelled row names the closure, so the
 * households affected are on record.
 */
public final class ClosureService {

    private static final int MAX_REASON_LENGTH = 500;

    /** Closure events name at most this many weeks; boards refetch any week they show anyway. */
    private static final int MAX_WEEK_EVENTS = 10;

    /** A closure "until further notice" cancels bookings this far ahead: past any booking horizon. */
    private static final int OPEN_ENDED_DAYS = 366;

    private record Done<T>(T result, List<ChangeEvent> events) {}

    private final Transactor transactor;
    private final Resources resources;
    private final ChangePublisher publisher;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ClosureRepository closures = new ClosureRepository();
    private final IdempotencyRepository idempotency = new IdempotencyRepository();
    private final AffectedBookings affected = new AffectedBookings();
    private final ChangeLog changeLog = new ChangeLog();
    private final StaffActionLog actions = new StaffActionLog();

    public ClosureService(
            Transactor transactor, Resources resources, ChangePublisher publisher, ObjectMapper mapper, Clock clock) {
        this.transactor = transactor;
        this.resources = resources;
        this.publisher = publisher;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Closes {@code resourceId} for the requested period and cancels the bookings in it, for a caretaker
     * the backend verified on the board, and records who did it and why. With an idempotency key, a
     * retry of the same request gets the first answer and closes nothing more.
     *
     * @return 201 with the {@link ClosureView}, or the stored first answer to a retry
     * @throws ApiException 400 for a missing or impossible period, reason or key, 404 for an unknown
     *     object, 422 for a key used before for another request
     */
    public Reply close(
            Device device,
            VerifiedCaretaker who,
            long resourceId,
            ClosureRequest request,
            Optional<String> idempotencyKey) {
        Closure closure = validated(resourceId, request);
        Optional<String> key = idempotencyKey.map(IdempotencyKeys::checked);
        String fingerprint = fingerprint(closure);
        Resource resource = resources.get(device, resourceId);
        try {
            Done<Reply> done = transactor.inTransaction(connection -> {
                Optional<Reply> first = key.isEmpty()
                        ? Optional.empty()
                        : idempotency.replay(connection, device.id(), key.get(), fingerprint);
                if (first.isPresent()) {
                    return new Done<>(first.get(), List.of());
                }
                Done<ClosureView> closed = closeIn(connection, resource, closure);
                actions.record(
                        connection,
                        device,
                        who,
                        StaffActionLog.Action.CLOSE,
                        closed.result().closureId(),
                        closure.reason(),
                        clock.instant());
                Reply reply = new Reply(201, Json.write(mapper, closed.result()));
                if (key.isPresent()) {
                    idempotency.store(connection, device.id(), key.get(), fingerprint, reply, clock.instant());
                }
                return new Done<>(reply, closed.events());
            });
            done.events().forEach(publisher::publish);
            return done.result();
        } catch (KeyTakenException e) {
            // A concurrent retry committed first and its closure stands; ours was rolled back.
            return transactor.inTransaction(connection -> idempotency
                    .replay(connection, device.id(), key.orElseThrow(), fingerprint)
                    .orElseThrow());
        }
    }

    /**
     * As {@link #close(Device, VerifiedCaretaker, long, ClosureRequest, Optional)} without a key, for an object of
     * {@code propertyId}: a staff page closing it.
     */
    public ClosureView close(long propertyId, long resourceId, ClosureRequest request, AdminAudit.Actor actor) {
        Closure closure = validated(resourceId, request);
        Resource resource = resources.get(propertyId, resourceId);
        Done<ClosureView> done = transactor.inTransaction(connection -> {
            Done<ClosureView> closed = closeIn(connection, resource, closure);
            AdminAudit.record(
                    connection,
                    clock.instant(),
                    actor,
                    AdminAudit.Action.CLOSURE_CREATED,
                    resource.name(),
                    "closure " + closed.result().closureId() + ", "
                            + closed.result().bookingsCancelled() + " bookings cancelled: " + closure.reason());
            return closed;
        });
        done.events().forEach(publisher::publish);
        return done.result();
    }

    /** The closures of {@code resourceId} in force now or later, oldest first, each with how many bookings it cancelled. */
    public List<ClosureView> inForce(Device device, long resourceId) {
        return inForce(device.propertyId(), resourceId);
    }

    /** As {@link #inForce(Device, long)}, for an object of {@code propertyId}. */
    public List<ClosureView> inForce(long propertyId, long resourceId) {
        Resource resource = resources.get(propertyId, resourceId);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), resource.zone());
        return transactor.inTransaction(connection -> closures.inForce(connection, resource.id(), now));
    }

    /**
     * Re-opens the object of a closure now, for a caretaker the backend verified on the board, and
     * records who did it. Bookings the closure cancelled stay cancelled.
     *
     * @throws ApiException 404 {@code unknown-closure} if the device's property has no such closure in force
     */
    public void reopen(Device device, VerifiedCaretaker who, long closureId) {
        reopen(
                device.propertyId(),
                closureId,
                (connection, at) -> actions.record(
                        connection,
                        device,
                        who,
                        StaffActionLog.Action.REOPEN,
                        closureId,
                        "re-opened early on the board",
                        at));
    }

    /**
     * As {@link #reopen(Device, VerifiedCaretaker, long)}, for a closure of an object of {@code propertyId}
     * ended on a staff page by {@code actor}.
     */
    public void reopen(long propertyId, long closureId, AdminAudit.Actor actor) {
        reopen(
                propertyId,
                closureId,
                (connection, at) -> AdminAudit.record(
                        connection,
                        at,
                        actor,
                        AdminAudit.Action.CLOSURE_ENDED,
                        "closure " + closureId,
                        "ended early on the staff pages"));
    }

    /** A record written in the transaction of the action it describes. */
    @FunctionalInterface
    private interface Record {
        void write(Connection connection, Instant at) throws SQLException;
    }

    private void reopen(long propertyId, long closureId, Record record) {
        Done<Void> done = transactor.inTransaction(connection -> {
            StoredClosure stored = closures.find(connection, closureId)
                    .filter(found -> found.propertyId() == propertyId)
                    .orElseThrow(() -> ApiException.refused(
                            Refusal.UNKNOWN_CLOSURE, "There is no closure with id " + closureId + " in force."));
            closures.lift(connection, closureId, clock.instant());
            record.write(connection, clock.instant());
            Closure closure = stored.closure();
            return new Done<Void>(null, weekEvents(connection, ChangeEvent.RESOURCE_REOPENED, closure));
        });
        done.events().forEach(publisher::publish);
    }

    /**
     * What closing {@code resourceId} as {@code request} asks would cancel if done now: the same
     * bookings {@link #close} cancels, by apartment and slot. Closes nothing.
     *
     * @throws ApiException as {@link #close} for a bad request or an unknown object
     */
    public ClosurePreview preview(Device device, long resourceId, ClosureRequest request) {
        Closure closure = validated(resourceId, request);
        Resource resource = resources.get(device, resourceId);
        BookingRules rules = new BookingRules(resource.template(), resource.zone(), clock, resource.quota());
        LocalDate last = lastDay(closure, resource);
        List<ClosurePreview.CancelledBooking> cancels = transactor.inTransaction(connection ->
                affected
                        .liveLabelledBetween(
                                connection, resource.id(), closure.from().toLocalDate(), last)
                        .stream()
                        .filter(live -> closure.overlaps(live.slot()) && !rules.hasEnded(live.slot()))
                        .map(live -> new ClosurePreview.CancelledBooking(
                                live.apartment(),
                                live.slot().date(),
                                live.slot().time().start(),
                                live.slot().time().end()))
                        .toList());
        return new ClosurePreview(resource.id(), cancels);
    }

    private LocalDate lastDay(Closure closure, Resource resource) {
        return closure.until()
                .map(LocalDateTime::toLocalDate)
                .orElse(LocalDate.ofInstant(clock.instant(), resource.zone()).plusDays(OPEN_ENDED_DAYS));
    }

    /** The households whose bookings {@code closureId} cancelled, by apartment and slot. */
    public List<AffectedBooking> affected(long closureId) {
        return transactor.inTransaction(connection -> affected.cancelledBy(connection, closureId));
    }

    private Done<ClosureView> closeIn(Connection connection, Resource resource, Closure closure) throws SQLException {
        Instant now = clock.instant();
        long closureId = closures.insert(connection, closure, now);
        BookingRules rules = new BookingRules(resource.template(), resource.zone(), clock, resource.quota());
        LocalDate last = lastDay(closure, resource);
        List<ChangeEvent> events = new ArrayList<>();
        for (AffectedBookings.Live live :
                affected.liveBetween(connection, resource.id(), closure.from().toLocalDate(), last)) {
            if (closure.overlaps(live.slot())
                    && !rules.hasEnded(live.slot())
                    && affected.cancel(connection, live.bookingId(), closureId, now)) {
                events.add(changeLog.append(connection, ChangeEvent.BOOKING_CANCELLED, live.slot(), now));
            }
        }
        int cancelled = events.size();
        events.addAll(weekEvents(connection, ChangeEvent.RESOURCE_CLOSED, closure));
        ClosureView view = new ClosureView(
                closureId, resource.id(), closure.from(), closure.until().orElse(null), closure.reason(), cancelled);
        return new Done<>(view, events);
    }

    /**
     * One event per week the closure touches, from its first day (at most {@link #MAX_WEEK_EVENTS}
     * weeks), so that every board showing one of those weeks redraws.
     */
    private List<ChangeEvent> weekEvents(Connection connection, String kind, Closure closure) throws SQLException {
        Instant now = clock.instant();
        LocalDate first = closure.from().toLocalDate();
        LocalDate last = closure.until().map(LocalDateTime::toLocalDate).orElse(first.plusWeeks(MAX_WEEK_EVENTS));
        List<ChangeEvent> events = new ArrayList<>();
        LocalDate day = first;
        for (int week = 0; week < MAX_WEEK_EVENTS && !day.isAfter(last); week++) {
            LocalTime start = day.equals(first)
                    ? closure.from().toLocalTime().truncatedTo(ChronoUnit.MINUTES)
                    : LocalTime.MIDNIGHT;
            Slot marker = new Slot(closure.resourceId(), day, new SlotTime(start, LocalTime.MAX));
            events.add(changeLog.append(connection, kind, marker, now));
            day = BookingRules.weekStartOf(day).plusWeeks(1);
        }
        return events;
    }

    private static Closure validated(long resourceId, ClosureRequest request) {
        if (request.from() == null) {
            throw ApiException.badRequest(Text.of("problem.closureFromRequired"));
        }
        RequestInput.checkYear("from", request.from().toLocalDate());
        if (request.until() != null) {
            RequestInput.checkYear("until", request.until().toLocalDate());
            if (!request.until().isAfter(request.from())) {
                throw ApiException.badRequest(
                        Text.of("problem.closureUntilBeforeFrom", request.until(), request.from()));
            }
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
            throw ApiException.badRequest(Text.of("problem.closureReason", MAX_REASON_LENGTH, reason.length()));
        }
        return new Closure(resourceId, request.from(), Optional.ofNullable(request.until()), reason);
    }

    /** Identifies "the same request" for idempotency: the object, the period and the reason. */
    private static String fingerprint(Closure closure) {
        return IdempotencyKeys.fingerprint("closure|" + closure.resourceId() + "|" + closure.from() + "|"
                + closure.until().map(Object::toString).orElse("") + "|" + closure.reason());
    }
}
