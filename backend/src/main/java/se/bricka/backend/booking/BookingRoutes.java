package se.bricka.backend.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.device.DeviceKind;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.idempotency.Reply;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.core.booking.Refusal;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.CheckInRequest;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.Problem;

/** The booking endpoints of the device API: objects, weeks, bookings, check-ins. */
public final class BookingRoutes implements RouteGroup {

    private final BookingService bookings;
    private final WeekService weeks;
    private final CheckIns checkIns;
    private final Resources resources;
    private final Households households;
    private final RequestInput input;

    public BookingRoutes(
            BookingService bookings,
            WeekService weeks,
            CheckIns checkIns,
            Resources resources,
            Households households,
            RequestInput input) {
        this.bookings = bookings;
        this.weeks = weeks;
        this.checkIns = checkIns;
        this.resources = resources;
        this.households = households;
        this.input = input;
    }

    /** Declares the object list, week, book, cancel, apartment-bookings and check-in routes. */
    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.RESOURCES, this::resources);
        routes.get(ApiPaths.RESOURCE_WEEK, this::week);
        routes.post(ApiPaths.BOOKINGS, this::book);
        routes.delete(ApiPaths.BOOKING, this::cancel);
        routes.get(ApiPaths.APARTMENT_BOOKINGS, this::apartmentBookings);
        routes.post(ApiPaths.DEVICE_CHECK_INS, this::checkIn);
    }

    private void resources(Context ctx) {
        ctx.json(resources.of(DeviceAuthenticator.deviceOf(ctx)).stream()
                .map(Resource::summary)
                .toList());
    }

    private void apartmentBookings(Context ctx) {
        var from = RequestInput.queryDate("from", ctx.queryParam("from"));
        ctx.json(bookings.bookingsOf(DeviceAuthenticator.deviceOf(ctx), ctx.header(ApiPaths.TAG_HEADER), from));
    }

    private void checkIn(Context ctx) {
        CheckInRequest request = input.body(ctx.bodyAsBytes(), CheckInRequest.class);
        if (request.resourceId() == null) {
            throw ApiException.badRequest("Field 'resourceId' is required.");
        }
        Device device = DeviceAuthenticator.deviceOf(ctx);
        Household household = households.identify(device, ctx.header(ApiPaths.TAG_HEADER));
        Resource resource = resources.get(device, request.resourceId());
        // A check-in means the booker opened the object's door: a door controller reports it only for
        // a door it guards. A board checks in the booker who taps it in the room, door or not.
        if (device.kind() == DeviceKind.DOOR && !checkIns.guardsDoorOf(device.id(), resource)) {
            throw new ApiException(Problem.of(
                    "door-not-guarded",
                    "The device guards no door of this object",
                    403,
                    "Device '" + device.deviceId() + "' guards no door of " + resource.name()
                            + ", so it cannot check in on it."));
        }
        ctx.json(checkIns.checkIn(resource, household.apartmentId())
                .orElseThrow(() -> ApiException.refused(
                        Refusal.NO_CURRENT_BOOKING,
                        // A door controller learns no apartment labels, not even in a refusal.
                        (device.kind() == DeviceKind.DOOR
                                        ? "The tag's apartment"
                                        : "Apartment " + household.apartmentLabel())
                                + " has no booking of " + resource.name() + " running now.")));
    }

    private void week(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        var day = RequestInput.queryDate("week", ctx.queryParam("week"));
        var tag = Optional.ofNullable(ctx.header(ApiPaths.TAG_HEADER));
        ctx.json(weeks.week(DeviceAuthenticator.deviceOf(ctx), resourceId, day, tag));
    }

    private void book(Context ctx) {
        BookingRequest request = input.body(ctx.bodyAsBytes(), BookingRequest.class);
        Reply reply = bookings.book(
                DeviceAuthenticator.deviceOf(ctx),
                ctx.header(ApiPaths.TAG_HEADER),
                request,
                Optional.ofNullable(ctx.header(ApiPaths.IDEMPOTENCY_HEADER)));
        ctx.status(reply.status())
                .contentType("application/json")
                .result(reply.json().getBytes(StandardCharsets.UTF_8));
    }

    private void cancel(Context ctx) {
        long bookingId = RequestInput.pathId("bookingId", ctx.pathParam("bookingId"));
        bookings.cancel(DeviceAuthenticator.deviceOf(ctx), ctx.header(ApiPaths.TAG_HEADER), bookingId);
        ctx.status(204);
    }
}
