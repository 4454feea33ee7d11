package se.bricka.backend.quotagroup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;

/**
 * Quota groups for staff: a JSON API under {@code /staff/api/quota-groups} (CSRF token in the
 * {@code X-CSRF-Token} header; its problems in English) and the pages under {@code /staff/quota-groups}
 * (in the reader's language, refusals too). Both need
 * {@link StaffAction#CONFIGURE_BOOKING_RULES}.
 */
public final class QuotaGroupRoutes implements RouteGroup {

    static final String API = "/staff/api/quota-groups";

    private final QuotaGroupService service;
    private final RequestInput input;

    public QuotaGroupRoutes(QuotaGroupService service, RequestInput input) {
        this.service = service;
        this.input = input;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(API, ctx -> {
            allowed(ctx);
            ctx.json(service.list());
        });
        routes.get(API + "/{groupId}", ctx -> {
            allowed(ctx);
            ctx.json(service.get(groupId(ctx)));
        });
        routes.post(API, ctx -> {
            allowed(ctx);
            ctx.status(201).json(service.create(input.body(ctx.bodyAsBytes(), QuotaGroupRequest.class)));
        });
        routes.put(API + "/{groupId}", ctx -> {
            allowed(ctx);
            ctx.json(service.update(groupId(ctx), input.body(ctx.bodyAsBytes(), QuotaGroupRequest.class)));
        });
        routes.get(QuotaGroupPage.PATH, this::listPage);
        routes.get(QuotaGroupPage.PATH + "/{groupId}", this::editPage);
        routes.post(QuotaGroupPage.PATH, ctx -> {
            allowed(ctx);
            saved(ctx, service.create(QuotaGroupForm.read(ctx)));
        });
        routes.post(QuotaGroupPage.PATH + "/{groupId}", ctx -> {
            allowed(ctx);
            saved(ctx, service.update(groupId(ctx), QuotaGroupForm.read(ctx)));
        });
    }

    private void listPage(Context ctx) {
        StaffSession session = allowed(ctx);
        Messages messages = Messages.of(ctx);
        String body =
                QuotaGroupPage.list(service.list(), service.catalogue(), Html.csrfField(session.csrfToken()), messages);
        ctx.html(StaffGuard.page(ctx, session, messages.get("quotaGroups.title"), body));
    }

    private void editPage(Context ctx) {
        StaffSession session = allowed(ctx);
        QuotaGroup group = service.get(groupId(ctx));
        Messages messages = Messages.of(ctx);
        String body = Notice.render(ctx, messages)
                + QuotaGroupPage.edit(group, service.catalogue(), Html.csrfField(session.csrfToken()), messages);
        ctx.html(StaffGuard.page(ctx, session, messages.get("quotaGroups.editTitle", group.name()), body));
    }

    private static StaffSession allowed(Context ctx) {
        return StaffGuard.require(ctx, StaffAction.CONFIGURE_BOOKING_RULES);
    }

    private static long groupId(Context ctx) {
        return RequestInput.pathId("groupId", ctx.pathParam("groupId"));
    }

    private static void saved(Context ctx, QuotaGroup group) {
        Notice.redirect(ctx, QuotaGroupPage.path(group.id()), "quotaGroupSaved");
    }
}
