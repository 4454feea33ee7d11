package se.bricka.core.wire;

/**
 * The HTTP contract between devices and the backend: paths and headers, named once for both sides.
 * Bodies are the records of this package as JSON (dates and times as ISO-8601 strings); errors are
 * RFC 9457 {@code application/problem+json} documents, see {@link Problem}.
 */
public final class ApiPaths {

    /** Devices authenticate with {@code Authorization: Bearer <device token>}. */
    public static final String AUTHORIZATION = "Authorization";

    /** The keyed hash of the tag a request is made on behalf of. */
    public static final String TAG_HEADER = "Bricka-Tag";

    /** A client-chosen key that makes a creating request safe to retry. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    public static final String HEALTH = "/health";

    /** GET: who the device is, its property, tag key and bookable objects ({@link DeviceBootstrap}). */
    public static final String DEVICE_BOOTSTRAP = "/api/v1/device/bootstrap";

    /** POST {@link TagLookup}: which household a tag belongs to ({@link Household}). */
    public static final String DEVICE_IDENTIFY = "/api/v1/device/identify";

    /** GET, server-sent events named {@code change}, each a {@link ChangeEvent}. */
    public static final String DEVICE_EVENTS = "/api/v1/device/events";

    /**
     * GET: the device's access snapshot ({@link DeviceSnapshot}). With {@code If-None-Match: "<version>"}
     * the answer is 304 when nothing changed since. The backend's clock is in {@link #SERVER_TIME_HEADER}.
     */
    public static final String DEVICE_ACCESS_SNAPSHOT = "/api/v1/device/access-snapshot";

    /** The backend's clock as an ISO instant, on snapshot answers: devices take it as their reference. */
    public static final String SERVER_TIME_HEADER = "Bricka-Server-Time";

    /** GET {@code ?week=YYYY-MM-DD}: the week holding that date ({@link WeekSchedule}). */
    public static final String RESOURCE_WEEK = "/api/v1/resources/{resourceId}/week";

    /** POST {@link BookingRequest}: book a slot ({@link BookingConfirmation}, 201). */
    public static final String BOOKINGS = "/api/v1/bookings";

    /** DELETE: cancel one's own booking (204). */
    public static final String BOOKING = "/api/v1/bookings/{bookingId}";

    /** GET: the bookable objects of the device's property ({@link ResourceSummary} list). */
    public static final String RESOURCES = "/api/v1/resources";

    /** GET: the bookings of the tag's apartment ({@link ApartmentBooking} list); {@code ?from=} a date. */
    public static final String APARTMENT_BOOKINGS = "/api/v1/apartment/bookings";

    /** POST: issue (or replace) the tag's apartment's calendar feed ({@link CalendarFeed}, 201). */
    public static final String APARTMENT_CALENDAR_FEED = "/api/v1/apartment/calendar-feed";

    /** POST {@link CheckInRequest}: the tag's household opened the object's door ({@link CheckInResult}). */
    public static final String DEVICE_CHECK_INS = "/api/v1/device/check-ins";

    /**
     * POST {@link ClosureRequest}: staff close an object for a period ({@link ClosureView}, 201); GET: its
     * closures in force now or later ({@link ClosureView} list).
     */
    public static final String RESOURCE_CLOSURES = "/api/v1/resources/{resourceId}/closures";

    /** DELETE: staff re-open an object: the closure ends now (204). */
    public static final String CLOSURE = "/api/v1/closures/{closureId}";

    /** GET: the hashed PINs of the device's property's caretakers. */
    public static final String DEVICE_CARETAKER_PINS = "/api/v1/device/caretaker-pins";

    /** POST: an event of the board's maintenance mode (wrong PIN, lock-out, entry, action). */
    public static final String DEVICE_CARETAKER_EVENTS = "/api/v1/device/caretaker-events";

    /**
     * PUT a new PIN, DELETE to revoke it: a board, for the caretaker of its {@link
     * #CARETAKER_SESSION_HEADER} session, and only their own PIN.
     */
    public static final String CARETAKER_PIN = "/api/v1/caretakers/{caretakerId}/pin";

    /**
     * POST {@link EnrollmentRequest}, no device token: a panel exchanges an enrollment code staff issued
     * for its device token ({@link Enrollment}); the code is the key, valid once.
     */
    public static final String ENROLLMENT = "/enrollment";

    /**
     * POST {@link CaretakerVerification}: the backend checks a caretaker's staff tag and PIN (locked after
     * repeated failures) and opens a {@link CaretakerSession} (201); DELETE with the session header ends it.
     */
    public static final String DEVICE_CARETAKER_SESSIONS = "/api/v1/device/caretaker-sessions";

    /** The token of a {@link CaretakerSession}: staff actions on a board (closures, PINs) need it. */
    public static final String CARETAKER_SESSION_HEADER = "Bricka-Caretaker-Session";

    /** POST {@link ClosureRequest}: what closing would cancel now ({@link ClosurePreview}); closes nothing. */
    public static final String RESOURCE_CLOSURE_PREVIEW = "/api/v1/resources/{resourceId}/closures/preview";

    /** GET: which device this is, its doors and its bookable objects ({@link DeviceBinding}). */
    public static final String DEVICE_BINDING = "/api/v1/device/binding";

    /** GET, no device token: an apartment's bookings as iCalendar (RFC 5545); the token is the secret. */
    public static final String CALENDAR = "/calendar/{token}";

    /** GET, no device token: the OpenAPI 3 description of this API. */
    public static final String OPENAPI = "/openapi.json";
    /** POST {@link AccessEventBatch}: upload journaled access events ({@link AccessEventReceipt}). */
    public static final String DEVICE_ACCESS_EVENTS = "/api/v1/device/access-events";

    /** The name of the server-sent event that carries a {@link ChangeEvent}. */
    public static final String CHANGE_EVENT = "change";

    private ApiPaths() {}

    public static String resourceWeek(long resourceId) {
        return RESOURCE_WEEK.replace("{resourceId}", Long.toString(resourceId));
    }

    public static String resourceClosures(long resourceId) {
        return RESOURCE_CLOSURES.replace("{resourceId}", Long.toString(resourceId));
    }

    public static String resourceClosurePreview(long resourceId) {
        return RESOURCE_CLOSURE_PREVIEW.replace("{resourceId}", Long.toString(resourceId));
    }

    public static String closure(long closureId) {
        return CLOSURE.replace("{closureId}", Long.toString(closureId));
    }

    public static String booking(long bookingId) {
        return BOOKING.replace("{bookingId}", Long.toString(bookingId));
    }

    public static String caretakerPin(long caretakerId) {
        return CARETAKER_PIN.replace("{caretakerId}", Long.toString(caretakerId));
    }
}
