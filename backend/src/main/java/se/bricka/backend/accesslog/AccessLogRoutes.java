package se.bricka.backend.accesslog;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.LogPurpose;
import se.bricka.core.privacy.StaffAction;

/**
 * The access-log pages: a form that asks for purpose and case reference first, the result, and the
 * CSV/PDF export. Reads go through {@link AccessLogReader}, which audits every attempt — so a role
 * without log access that posts a read is refused there, and the refusal is recorded.
 */
public final class AccessLogRoutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AccessLogReader reader;
    private final LogExports exports;
    private final ZoneId zone;

    public AccessLogRoutes(AccessLogReader reader, LogExports exports, ZoneId zone) {
        this.reader = reader;
        this.exports = exports;
        this.zone = zone;
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get("/staff/access-log", this::form);
        routes.post("/staff/access-log", this::read);
        routes.post("/staff/access-log/export", this::export);
    }

    private void form(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.READ_ACCESS_LOG);
        Messages messages = Messages.of(ctx);
        ctx.html(StaffGuard.page(
                ctx,
                session,
                messages.get("log.title"),
                form(session, messages) + "<p class=\"muted\">" + Html.esc(messages.get("log.recorded")) + "</p>"));
    }

    private String form(StaffSession session, Messages messages) {
        StringBuilder options =
                new StringBuilder("<option value=\"\">" + Html.esc(messages.get("log.choose")) + "</option>");
        for (LogPurpose purpose : reader.purposesFor(session.account())) {
            options.append("<option value=\"")
                    .append(purpose.code())
                    .append("\">")
                    .append(Html.esc(messages.get("purpose." + purpose.code())))
                    .append("</option>");
        }
        return "<form method=\"post\" action=\"/staff/access-log\"><fieldset><legend>"
                + Html.esc(messages.get("log.legend")) + "</legend>"
                + Html.csrfField(session.csrfToken())
                + field(
                        messages,
                        "purpose",
                        "<select id=\"purpose\" name=\"purpose\" required>" + options + "</select>")
                + field(
                        messages,
                        "caseReference",
                        "<input id=\"caseReference\" name=\"caseReference\" required maxlength=\"200\">")
                + field(messages, "apartment", "<input id=\"apartment\" name=\"apartment\">")
                + field(messages, "door", "<input id=\"door\" name=\"door\">")
                + field(messages, "from", "<input id=\"from\" name=\"from\" type=\"date\">")
                + field(messages, "to", "<input id=\"to\" name=\"to\" type=\"date\">")
                + field(
                        messages,
                        "output",
                        "<select id=\"output\" name=\"output\"><option value=\"page\">"
                                + Html.esc(messages.get("log.output.page")) + "</option><option value=\"csv\">"
                                + Html.esc(messages.get("log.output.csv")) + "</option><option value=\"pdf\">"
                                + Html.esc(messages.get("log.output.pdf")) + "</option></select>")
                + "<br><button type=\"submit\" id=\"read\">" + Html.esc(messages.get("log.read"))
                + "</button></fieldset></form>";
    }

    private static String field(Messages messages, String name, String input) {
        return "<label for=\"" + name + "\">" + Html.esc(messages.get("log.field." + name)) + "</label>" + input;
    }

    private LogRequest request(Context ctx, String output) {
        return new LogRequest(
                ctx.formParam("purpose"),
                ctx.formParam("caseReference"),
                ctx.formParam("apartment"),
                ctx.formParam("door"),
                ctx.formParam("from"),
                ctx.formParam("to"),
                output);
    }

    private void read(Context ctx) {
        String output = ctx.formParam("output") == null ? "page" : ctx.formParam("output");
        if (!output.equals("page")) {
            export(ctx);
            return;
        }
        StaffSession session = StaffGuard.sessionOf(ctx);
        Messages messages = Messages.of(ctx);
        LogResult result = reader.read(session.account(), request(ctx, "page"));
        List<List<String>> rows = new ArrayList<>();
        for (AccessEventRow row : result.rows()) {
            rows.add(List.of(
                    Html.esc(WHEN.format(row.occurredAt().atZone(zone))),
                    Html.esc(row.doorId()),
                    Html.esc(result.apartmentOf(row, messages)),
                    row.granted()
                            ? Html.esc(messages.get("log.granted"))
                            : "<span class=\"blocked\">" + Html.esc(messages.get("log.refused")) + "</span>",
                    Html.esc(messages.labelWithCode("access.reason", row.reason()))));
        }
        String body = "<p id=\"read-mark\" class=\"notice\">"
                + Html.esc(messages.get(
                        "log.mark",
                        Text.of("purpose." + result.purpose().code()),
                        result.caseReference(),
                        result.rows().size()))
                + "</p>"
                + Html.table(
                        "events",
                        List.of(
                                messages.get("log.column.time"),
                                messages.get("log.column.door"),
                                messages.get("log.column.apartment"),
                                messages.get("log.column.decision"),
                                messages.get("log.column.reason")),
                        rows)
                + "<p><a href=\"/staff/access-log\">" + Html.esc(messages.get("log.newRead")) + "</a></p>";
        ctx.html(StaffGuard.page(ctx, session, messages.get("log.title"), body));
    }

    private void export(Context ctx) {
        String output = ctx.formParam("output");
        if (!"csv".equals(output) && !"pdf".equals(output)) {
            throw ApiException.badRequest(Text.of("problem.badExportFormat", output));
        }
        LogResult result = reader.read(StaffGuard.sessionOf(ctx).account(), request(ctx, output));
        String name =
                "access-log-" + result.purpose().code() + "-" + result.readAt().getEpochSecond() + "." + output;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (output.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(exports.csv(result, Messages.of(ctx)));
        } else {
            ctx.contentType("application/pdf").result(exports.pdf(result, Messages.of(ctx)));
        }
    }
}
