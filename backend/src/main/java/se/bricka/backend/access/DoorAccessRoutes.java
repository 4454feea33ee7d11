package se.bricka.backend.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.core.privacy.StaffAction;

/**
 * IT administration's door-access changes, as staff form posts: a staff tag's grant (doors and
 * hours) and the doors a device guards. Both are pushed to devices on commit.
 */
public final class DoorAccessRoutes {

    private static final int MAX_DOORS = 200;

    private final StaffGrants grants;
    private final DoorBindings bindings;

    public DoorAccessRoutes(StaffGrants grants, DoorBindings bindings) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.post("/staff/staff-tags/{staffTagId}/grant", this::grant);
        routes.post("/staff/devices/{deviceId}/doors", this::doors);
    }

    private void grant(Context ctx) {
        StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS);
        long staffTagId = RequestInput.pathId("staffTagId", ctx.pathParam("staffTagId"));
        String hours = ctx.formParam("hours");
        if (hours == null || hours.isBlank()) {
            throw ApiException.badRequest("Field 'hours' is required, such as 'MON-FRI 07:00-16:00' or 'always'.");
        }
        grants.replace(staffTagId, doorIds(ctx.formParam("doors")), hours.strip());
        done(ctx, "The grant of staff tag " + staffTagId + " is changed and sent to the devices.");
    }

    private void doors(Context ctx) {
        StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS);
        long deviceId = RequestInput.pathId("deviceId", ctx.pathParam("deviceId"));
        bindings.replace(deviceId, doorIds(ctx.formParam("doors")));
        done(ctx, "Device " + deviceId + " now guards the doors given.");
    }

    /** Door ids separated by commas or spaces; none is a valid answer (no doors). */
    private static Set<String> doorIds(String field) {
        if (field == null) {
            throw ApiException.badRequest("Field 'doors' is required (door ids separated by commas; may be empty).");
        }
        Set<String> doors = new LinkedHashSet<>();
        Arrays.stream(field.split("[,\\s]+")).filter(door -> !door.isBlank()).forEach(doors::add);
        if (doors.size() > MAX_DOORS) {
            throw ApiException.badRequest("At most " + MAX_DOORS + " doors, was " + doors.size() + ".");
        }
        return doors;
    }

    private static void done(Context ctx, String message) {
        ctx.redirect("/staff?done=" + URLEncoder.encode(message, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }
}
