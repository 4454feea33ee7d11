package se.bricka.backend.booking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import se.bricka.backend.booking.ReleaseRepository.Unchecked;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.Resource;
import se.bricka.core.wire.CheckInResult;

/**
 * Records that a household used its booking: the door side calls {@link #checkIn} when the
 * household opens the room's door, and a checked-in booking is never released. The first check-in
 * of a booking also counts one use of its slot in {@code slot_usage}, in the same transaction: a
 * count per object, date and slot that names no apartment, so the statistics keep it after the
 * purge has cleared the check-in time.
 */
public final class CheckIns {

    /** A household that opens the door a little before its slot has checked in on it. */
    public static final Duration EARLY = Duration.ofMinutes(15);

    private final Transactor transactor;
    private final Clock clock;
    private final ReleaseRepository releases = new ReleaseRepository();

    public CheckIns(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * Forgets the check-in times older than {@code oldestKept}: a check-in is the household opening a
     * door, access data kept 14 days like the access log. The booking stays; it was used, and is past
     * any release long before.
     *
     * @return how many check-in times were cleared
     */
    public int forgetOlderThan(Instant oldestKept) {
        return transactor.inTransaction(connection -> releases.forgetCheckInsBefore(connection, oldestKept));
    }

    /** Whether the device {@code deviceId} guards a door (in service) of {@code resource}. */
    public boolean guardsDoorOf(long deviceId, Resource resource) {
        return transactor.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT COUNT(*) FROM device_door dd
                      JOIN door d ON d.id = dd.door_id
                     WHERE dd.device_id = ? AND d.resource_id = ? AND d.retired_at IS NULL
                    """)) {
                statement.setLong(1, deviceId);
                statement.setLong(2, resource.id());
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1) > 0;
                }
            }
        });
    }

    /**
     * Checks the apartment in on its booking of {@code resource} that runs now (or starts within
     * {@link #EARLY}). Repeated check-ins are harmless.
     *
     * @return the booking checked in on; empty when the apartment holds none running now
     */
    public Optional<CheckInResult> checkIn(Resource resource, long apartmentId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, resource.zone());
        return transactor.inTransaction(connection -> {
            Optional<Unchecked> current = releases
                    .liveOfApartment(connection, resource.id(), apartmentId, today.minusDays(1), today.plusDays(1))
                    .stream()
                    .filter(b ->
                            !now.isBefore(b.slot().startsAt(resource.zone()).minus(EARLY))
                                    && now.isBefore(b.slot().endsAt(resource.zone())))
                    .min(Comparator.comparing(b -> b.slot().startsAt(resource.zone())));
            if (current.isPresent()
                    && releases.checkIn(connection, current.get().bookingId(), now)) {
                releases.countUse(connection, current.get().slot());
            }
            return current.map(b -> new CheckInResult(
                    b.bookingId(),
                    resource.id(),
                    b.slot().date(),
                    b.slot().start(),
                    b.slot().end()));
        });
    }
}
