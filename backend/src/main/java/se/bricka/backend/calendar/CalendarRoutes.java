package se.bricka.backend.calendar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.RouteGroup;
import se.bricka.core.wire.ApiPaths;

/** Issuing an apartment's calendar feed (device, on behalf of a tag) and serving it (token only). */
public final class CalendarRoutes implements RouteGroup {

    /** The media type of an iCalendar document. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final CalendarFeeds feeds;
    private final Households households;

    public CalendarRoutes(CalendarFeeds feeds, Households households) {
        this.feeds = feeds;
        this.households = households;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.post(ApiPaths.APARTMENT_CALENDAR_FEED, this::issue);
        routes.get(ApiPaths.CALENDAR, this::render);
    }

    private void issue(Context ctx) {
        var household = households.identify(DeviceAuthenticator.deviceOf(ctx), ctx.header(ApiPaths.TAG_HEADER));
        ctx.status(201).json(feeds.issue(household));
    }

    private void render(Context ctx) {
        String calendar = feeds.render(ctx.pathParam("token"));
        ctx.header("Cache-Control", "private, max-age=300")
                .contentType(MEDIA_TYPE)
                .result(calendar.getBytes(StandardCharsets.UTF_8));
    }
}
