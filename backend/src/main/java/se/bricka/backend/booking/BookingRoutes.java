package se.bricka.backend.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.BookingRequest;

/** The booking endpoints of the device API. */
public final class BookingRoutes {

    private final BookingService bookings;
    private final WeekService weeks;
    private final RequestInput input;

    public BookingRoutes(BookingService bookings, WeekService weeks, RequestInput input) {
        this.bookings = bookings;
        this.weeks = weeks;
        this.input = input;
    }

    /** Declares the week, book and cancel routes. */
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.RESOURCE_WEEK, this::week);
        routes.post(ApiPaths.BOOKINGS, this::book);
        routes.delete(ApiPaths.BOOKING, this::cancel);
    }

    private void week(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        var day = RequestInput.queryDate("week", ctx.queryParam("week"));
        var tag = Optional.ofNullable(ctx.header(ApiPaths.TAG_HEADER));
        ctx.json(weeks.week(DeviceAuthenticator.deviceOf(ctx), resourceId, day, tag));
    }

    private void book(Context ctx) {
        BookingRequest request = input.body(ctx.bodyAsBytes(), BookingRequest.class);
        BookingService.Reply reply = bookings.book(
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
