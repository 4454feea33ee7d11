package se.bricka.backend.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import se.bricka.backend.booking.ApartmentBookingRepository;
import se.bricka.backend.booking.ApartmentBookingRepository.Entry;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.CalendarFeed;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.Problem;

/**
 * An apartment's bookings as a calendar a phone can subscribe to. The URL holds 256 random bits; only
 * their hash is stored, and issuing a new feed revokes the old URL.
 */
public final class CalendarFeeds {

    /** Bookings that ended this long ago drop out of the feed. */
    public static final int DAYS_BACK = 30;

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 100;

    private final Transactor transactor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final CalendarFeedRepository feeds = new CalendarFeedRepository();
    private final ApartmentBookingRepository bookings = new ApartmentBookingRepository();

    public CalendarFeeds(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /** Issues a new feed for the household, replacing any earlier one. */
    public CalendarFeed issue(Household household) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        transactor.inTransaction(connection -> {
            feeds.replace(connection, household.apartmentId(), TokenHash.of(token), clock.instant());
            return null;
        });
        return new CalendarFeed(ApiPaths.CALENDAR.replace("{token}", token));
    }

    /**
     * The iCalendar text of the feed with {@code token}: the apartment's live bookings from
     * {@link #DAYS_BACK} days ago on.
     *
     * @throws ApiException 404 for an unknown or revoked token
     */
    public String render(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw unknownFeed();
        }
        Instant now = clock.instant();
        Optional<List<Entry>> entries = transactor.inTransaction(connection -> {
            var owner = feeds.owner(connection, TokenHash.of(token));
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            LocalDate from = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(DAYS_BACK);
            return Optional.of(bookings.list(connection, owner.get().apartmentId(), from));
        });
        List<ICalendarWriter.Event> events = entries.orElseThrow(CalendarFeeds::unknownFeed).stream()
                .filter(entry -> "ACTIVE".equals(entry.booking().status()))
                .map(CalendarFeeds::event)
                .toList();
        return ICalendarWriter.write("Bricka bookings", now, events);
    }

    private static ICalendarWriter.Event event(Entry entry) {
        ApartmentBooking booking = entry.booking();
        return new ICalendarWriter.Event(
                "booking-" + booking.bookingId() + "@bricka.se",
                booking.date().atTime(booking.start()).atZone(entry.zone()).toInstant(),
                booking.date().atTime(booking.end()).atZone(entry.zone()).toInstant(),
                booking.resourceName(),
                booking.resourceName(),
                "Booked with Bricka. Cancel on the board or on the web before " + booking.start() + ".");
    }

    private static ApiException unknownFeed() {
        return new ApiException(Problem.of(
                "unknown-calendar-feed",
                "No such calendar feed",
                404,
                "This calendar address is not known or was replaced."));
    }
}
