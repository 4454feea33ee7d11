package se.bricka.backend.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.web.Notice;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffAction;

/**
 * IT administration's door-access changes, as staff form posts: a staff tag's grant (doors and
 * hours) and the doors a device guards, posted from {@link DoorAccessPage}, which they return to. Both are
 * pushed to devices on commit.
 */
public final class DoorAccessRoutes {

    private static final int MAX_DOORS = 200;

    private final StaffGrants grants;
    private final DoorBindings bindings;
    private final DoorAccessPage page;

    public DoorAccessRoutes(StaffGrants grants, DoorBindings bindings, DoorAccessPage page) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.page = Objects.requireNonNull(page, "page");
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get(DoorAccessPage.PATH, page::render);
        routes.post("/staff/staff-tags/{staffTagId}/grant", this::grant);
        routes.post("/staff/devices/{deviceId}/doors", this::doors);
    }

    private void grant(Context ctx) {
        StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS);
        long staffTagId = RequestInput.pathId("staffTagId", ctx.pathParam("staffTagId"));
        String hours = ctx.formParam("hours");
        if (hours == null || hours.isBlank()) {
            throw ApiException.badRequest(Text.of("problem.grantHoursRequired"));
        }
        grants.replace(staffTagId, doorIds(ctx.formParam("doors")), hours.strip());
        Notice.redirect(ctx, DoorAccessPage.PATH, "grantChanged", staffTagId);
    }

    private void doors(Context ctx) {
        StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS);
        long deviceId = RequestInput.pathId("deviceId", ctx.pathParam("deviceId"));
        bindings.replace(deviceId, doorIds(ctx.formParam("doors")));
        Notice.redirect(ctx, DoorAccessPage.PATH, "doorsBound", deviceId);
    }

    /** Door ids separated by commas or spaces; none is a valid answer (no doors). */
    private static Set<String> doorIds(String field) {
        if (field == null) {
            throw ApiException.badRequest(Text.of("problem.doorsRequired"));
        }
        Set<String> doors = new LinkedHashSet<>();
        Arrays.stream(field.split("[,\\s]+")).filter(door -> !door.isBlank()).forEach(doors::add);
        if (doors.size() > MAX_DOORS) {
            throw ApiException.badRequest(Text.of("problem.tooManyDoors", MAX_DOORS, doors.size()));
        }
        return doors;
    }
}
