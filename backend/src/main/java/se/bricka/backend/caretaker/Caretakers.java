package se.bricka.backend.caretaker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.device.Device;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.caretaker.PinHasher.PinHash;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.Problem;

/**
 * Caretaker PINs per property and the events of the boards' maintenance mode (each stored once per
 * board and event id). A changed or revoked
 * PIN is pushed as {@link ChangeEvent#CARETAKER_PINS_CHANGED}, so that a leaving caretaker's PIN
 * stops working on every board with that push.
 */
public final class Caretakers {

    private static final Logger LOG = LoggerFactory.getLogger(Caretakers.class);
    private static final Set<String> EVENT_KINDS = Set.of(
            CaretakerEventReport.PIN_FAILED,
            CaretakerEventReport.LOCKED_OUT,
            CaretakerEventReport.ENTERED,
            CaretakerEventReport.LEFT,
            CaretakerEventReport.ACTION);
    private static final int MAX_DETAIL_LENGTH = 500;

    /** A board's clock may run a little ahead; anything further is not a real time. */
    private static final Duration MAX_CLOCK_LEAD = Duration.ofHours(1);

    private static final Duration MAX_EVENT_AGE = CaretakerEventReport.MAX_AGE;
    private static final int MAX_EVENT_ID_LENGTH = 36;

    /** Change-log rows name a slot; a PIN change has none, so it names the first hour of the day. */
    private static final SlotTime FILLER_TIME = SlotTime.of(0, 1);

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final Clock clock;
    private final CaretakerRepository repository = new CaretakerRepository();
    private final ChangeLog changeLog = new ChangeLog();
    private final StaffActionLog actions = new StaffActionLog();
    private final CaretakerSessionRepository sessions = new CaretakerSessionRepository();

    public Caretakers(Transactor transactor, ChangePublisher publisher, Clock clock) {
        this.transactor = transactor;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The current PIN hashes of the caretakers of the device's property. */
    public List<CaretakerPin> pinsFor(Device device) {
        return transactor.inTransaction(connection -> repository.pins(connection, device.propertyId()));
    }

    /**
     * Sets the verified caretaker's own PIN, or revokes it when {@code pin} is {@code null}, records who
     * did it on which board, and pushes the change. A revoked PIN ends the caretaker's sessions.
     *
     * @throws ApiException 400 for a PIN that is not 6 to 12 digits, 403 {@code not-own-pin} for another
     *     caretaker's PIN (staff change those on the web), 404 for an unknown caretaker
     */
    public void changePin(Device device, VerifiedCaretaker who, long caretakerId, String pin, boolean revoke) {
        PinHash hash = revoke ? null : PinHasher.hash(validPin(pin));
        if (who.caretakerId() != caretakerId) {
            throw new ApiException(Problem.of(
                    "not-own-pin",
                    "Only one's own PIN is changed on a board",
                    403,
                    "Caretaker " + who.caretakerId() + " may change only their own PIN on a board, not caretaker "
                            + caretakerId + "'s; staff change other PINs on the web."));
        }
        Instant now = clock.instant();
        ChangeEvent event = transactor.inTransaction(connection -> {
            if (!repository.setPin(connection, device.propertyId(), caretakerId, hash, now)) {
                throw unknownCaretaker(caretakerId);
            }
            actions.record(
                    connection,
                    device,
                    who,
                    revoke ? StaffActionLog.Action.REVOKE_PIN : StaffActionLog.Action.SET_PIN,
                    caretakerId,
                    revoke ? "own PIN revoked on the board" : "own PIN changed on the board",
                    now);
            if (revoke) {
                sessions.endAllOf(connection, caretakerId);
            }
            long resource = repository.firstResource(connection, device.propertyId());
            Slot filler = new Slot(resource, LocalDate.ofInstant(now, device.zone()), FILLER_TIME);
            return changeLog.append(connection, ChangeEvent.CARETAKER_PINS_CHANGED, filler, now);
        });
        LOG.info("caretaker {} PIN {} from device {}", caretakerId, revoke ? "revoked" : "changed", device.deviceId());
        publisher.publish(event);
    }

    /**
     * Stores an event of the device's maintenance mode.
     *
     * @throws ApiException 400 for an unknown kind, a missing or impossible time, an overlong detail or a
     *     caretaker of another property
     */
    public void record(Device device, CaretakerEventReport report) {
        Instant now = clock.instant();
        validate(report, now);
        transactor.inTransaction(connection -> {
            if (report.caretakerId() != null
                    && !repository.belongsTo(connection, report.caretakerId(), device.propertyId())) {
                throw ApiException.badRequest(
                        "Field 'caretakerId' names no caretaker of this property, was " + report.caretakerId() + ".");
            }
            // A board retries until it hears back: an event it already delivered is stored once.
            if (report.eventId() == null || !repository.hasEvent(connection, device.id(), report.eventId())) {
                repository.insertEvent(connection, device.id(), report, now);
            }
            return null;
        });
    }

    private static String validPin(String pin) {
        PinHasher.problemWith(pin).ifPresent(problem -> {
            throw new ApiException(Problem.of(
                    problem,
                    "The PIN is not valid",
                    400,
                    "A PIN must be " + PinHasher.MIN_DIGITS + " to " + PinHasher.MAX_DIGITS + " digits."));
        });
        return pin;
    }

    private static void validate(CaretakerEventReport report, Instant now) {
        if (report.kind() == null || !EVENT_KINDS.contains(report.kind())) {
            throw ApiException.badRequest(
                    "Field 'kind' must be one of " + EVENT_KINDS + ", was " + report.kind() + ".");
        }
        if (report.occurredAt() == null) {
            throw ApiException.badRequest("Field 'occurredAt' is required.");
        }
        if (report.occurredAt().isAfter(now.plus(MAX_CLOCK_LEAD))
                || report.occurredAt().isBefore(now.minus(MAX_EVENT_AGE))) {
            throw ApiException.badRequest(
                    "Field 'occurredAt' is not a plausible time, was " + report.occurredAt() + ".");
        }
        if (report.eventId() != null
                && (report.eventId().isBlank() || report.eventId().length() > MAX_EVENT_ID_LENGTH)) {
            throw ApiException.badRequest("Field 'eventId' must be 1 to " + MAX_EVENT_ID_LENGTH + " characters, was "
                    + report.eventId().length() + ".");
        }
        if (report.detail() != null && report.detail().length() > MAX_DETAIL_LENGTH) {
            throw ApiException.badRequest("Field 'detail' must be at most " + MAX_DETAIL_LENGTH + " characters.");
        }
    }

    private static ApiException unknownCaretaker(long caretakerId) {
        return new ApiException(Problem.of(
                "unknown-caretaker", "No such caretaker", 404, "This property has no caretaker " + caretakerId + "."));
    }
}
