package se.bricka.kiosk.backend;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.BookingConfirmation;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.WeekSchedule;

/**
 * What the board asks of the backend, as one device. Calls block and throw a {@link BackendException}
 * when they give no usable answer; run them off the FX thread. Tags travel only as keyed hashes: the
 * caller hashes, this interface never sees a raw UID.
 */
public interface BoardBackend extends AutoCloseable {

    /** Who this device is: its property, the tag key and the bookable objects. */
    DeviceBootstrap bootstrap();

    /** The household a tag belongs to; refused with {@code unknown-tag} or {@code tag-blocked}. */
    Household identify(String tagHash);

    /** The week holding {@code day} of one object, as the tag's household sees it. */
    WeekSchedule week(long resourceId, LocalDate day, String tagHash);

    /**
     * Books a slot on behalf of a tag. Sending the same {@code idempotencyKey} again never makes a
     * second booking: it returns the first one.
     */
    BookingConfirmation book(BookingRequest request, String tagHash, UUID idempotencyKey);

    /** The bookings of the tag's household from {@code from} on, in every object, earliest first. */
    List<ApartmentBooking> bookings(String tagHash, LocalDate from);

    /** Cancels one of the tag's household's own bookings. */
    void cancel(long bookingId, String tagHash);

    /**
     * Listens to the changes the backend pushes, reconnecting by itself after a drop until the
     * returned subscription is closed. Every listener of one backend shares one push connection.
     */
    ChangeSubscription subscribe(ChangeListener listener);

    @Override
    void close();
}
