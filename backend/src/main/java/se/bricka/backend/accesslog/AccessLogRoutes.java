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
        ctx.html(StaffGuard.page(
                session,
                "Access log",
                form(session, "/staff/access-log", "read", "Read the log")
                        + "<p class=\"muted\">Only the last 14 days exist. Every read, with your name, purpose and case, is"
                        + " recorded and cannot be removed.</p>"));
    }

    private String form(StaffSession session, String action, String id, String button) {
        StringBuilder options = new StringBuilder("<option value=\"\">– choose –</option>");
        for (LogPurpose purpose : reader.purposesFor(session.account())) {
            options.append("<option value=\"")
                    .append(purpose.code())
                    .append("\">")
                    .append(label(purpose))
                    .append("</option>");
        }
        return "<form method=\"post\" action=\"" + action + "\"><fieldset><legend>Purpose and filter</legend>"
                + Html.csrfField(session.csrfToken())
                + "<label for=\"purpose\">Purpose (required)</label><select id=\"purpose\" name=\"purpose\" required>"
                + options + "</select>"
                + "<label for=\"caseReference\">Case reference (required)</label>"
                + "<input id=\"caseReference\" name=\"caseReference\" required maxlength=\"200\">"
                + "<label for=\"apartment\">Apartment (optional)</label><input id=\"apartment\" name=\"apartment\">"
                + "<label for=\"door\">Door (optional)</label><input id=\"door\" name=\"door\">"
                + "<label for=\"from\">From date (optional)</label><input id=\"from\" name=\"from\" type=\"date\">"
                + "<label for=\"to\">To date (optional)</label><input id=\"to\" name=\"to\" type=\"date\">"
                + "<label for=\"output\">Show as</label><select id=\"output\" name=\"output\">"
                + "<option value=\"page\">Page</option><option value=\"csv\">CSV file</option>"
                + "<option value=\"pdf\">PDF file</option></select>"
                + "<br><button type=\"submit\" id=\"" + id + "\">" + button + "</button></fieldset></form>";
    }

    private static String label(LogPurpose purpose) {
        return switch (purpose) {
            case DISTURBANCE_CASE -> "Disturbance case under the tenancy law";
            case TECHNICAL_FAULT -> "Technical fault in the lock system";
            case POLICE_INVESTIGATION -> "Information to the police in a criminal investigation";
        };
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
        LogResult result = reader.read(session.account(), request(ctx, "page"));
        List<List<String>> rows = new ArrayList<>();
        for (AccessEventRow row : result.rows()) {
            rows.add(List.of(
                    Html.esc(WHEN.format(row.occurredAt().atZone(zone))),
                    Html.esc(row.doorId()),
                    Html.esc(row.apartmentId() == null ? "–" : row.apartmentId()),
                    row.granted() ? "granted" : "<span class=\"blocked\">refused</span>",
                    Html.esc(row.reason())));
        }
        String body = "<p id=\"read-mark\" class=\"notice\">Purpose: " + Html.esc(label(result.purpose()))
                + " · Case: " + Html.esc(result.caseReference()) + " · "
                + result.rows().size()
                + " events. This read is recorded.</p>"
                + Html.table("events", List.of("Time", "Door", "Apartment", "Decision", "Reason"), rows)
                + "<p><a href=\"/staff/access-log\">New read</a></p>";
        ctx.html(StaffGuard.page(session, "Access log", body));
    }

    private void export(Context ctx) {
        String output = ctx.formParam("output");
        if (!"csv".equals(output) && !"pdf".equals(output)) {
            throw ApiException.badRequest("The export format must be csv or pdf, was '" + output + "'.");
        }
        LogResult result = reader.read(StaffGuard.sessionOf(ctx).account(), request(ctx, output));
        String name =
                "access-log-" + result.purpose().code() + "-" + result.readAt().getEpochSecond() + "." + output;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (output.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(exports.csv(result));
        } else {
            ctx.contentType("application/pdf").result(exports.pdf(result));
        }
    }
}
