package se.bricka.backend.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.core.privacy.StaffAction;

/**
 * The audit page for IT administration and the social housing unit ({@link StaffAction#READ_AUDIT_TRAIL}):
 * who read or did what, when and why, filtered by days and actor, a page at a time. Read-only: it has a
 * filter form that GETs, and no other form.
 */
public final class AuditRoutes {

    /** The page's path. */
    public static final String PATH = "/staff/audit";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final AuditTrail trail;
    private final ZoneId zone;

    public AuditRoutes(AuditTrail trail, ZoneId zone) {
        this.trail = trail;
        this.zone = zone;
    }

    /** Declares the route. */
    public void install(RoutesConfig routes) {
        routes.get(PATH, this::page);
    }

    private void page(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.READ_AUDIT_TRAIL);
        Messages messages = Messages.of(ctx);
        AuditFilter filter = AuditFilter.parse(
                ctx.queryParam("from"),
                ctx.queryParam("to"),
                ctx.queryParam("actor"),
                ctx.queryParam("page"),
                trail.today());
        AuditTrail.Page page = trail.read(session.account(), filter);
        String body = form(messages, filter) + "<p class=\"muted\">" + Html.esc(messages.get("audit.recorded")) + " "
                + Html.esc(messages.get("audit.readOnly")) + "</p>" + lines(messages, page) + pager(messages, page);
        ctx.html(StaffGuard.page(ctx, session, messages.get("audit.title"), body));
    }

    private static String form(Messages messages, AuditFilter filter) {
        return "<form method=\"get\" action=\"" + PATH + "\"><fieldset><legend>"
                + Html.esc(messages.get("audit.legend")) + "</legend>"
                + field(
                        messages,
                        "from",
                        "<input id=\"from\" name=\"from\" type=\"date\" value=\"" + filter.from() + "\">")
                + field(messages, "to", "<input id=\"to\" name=\"to\" type=\"date\" value=\"" + filter.to() + "\">")
                + field(
                        messages,
                        "actor",
                        "<input id=\"actor\" name=\"actor\" maxlength=\"64\" value=\"" + Html.esc(filter.actor())
                                + "\">")
                + "<br><button type=\"submit\" id=\"show\">" + Html.esc(messages.get("audit.show"))
                + "</button></fieldset></form>";
    }

    private static String field(Messages messages, String name, String input) {
        return "<label for=\"" + name + "\">" + Html.esc(messages.get("audit.field." + name)) + "</label>" + input;
    }

    private String lines(Messages messages, AuditTrail.Page page) {
        if (page.lines().isEmpty()) {
            return "<p id=\"no-lines\">" + Html.esc(messages.get("audit.none")) + "</p>";
        }
        List<List<String>> rows = new ArrayList<>();
        for (AuditLine line : page.lines()) {
            rows.add(List.of(
                    Html.esc(WHEN.format(line.at().atZone(zone))),
                    Html.esc(actor(messages, line)),
                    Html.esc(messages.label("audit.kind", line.kind())),
                    Html.esc(subject(messages, line)),
                    Html.esc(why(messages, line)),
                    Html.esc(result(messages, line))));
        }
        return Html.table(
                "audit",
                List.of(
                        messages.get("audit.column.time"),
                        messages.get("audit.column.actor"),
                        messages.get("audit.column.kind"),
                        messages.get("audit.column.subject"),
                        messages.get("audit.column.why"),
                        messages.get("audit.column.result")),
                rows);
    }

    private static String actor(Messages messages, AuditLine line) {
        String who = line.actor() == null ? messages.get("audit.unknownActor") : line.actor();
        return line.role() == null ? who : who + " (" + messages.label("role", line.role()) + ")";
    }

    private String subject(Messages messages, AuditLine line) {
        List<String> parts = new ArrayList<>();
        if (line.apartment() != null) {
            parts.add(messages.get("audit.subject.apartment", line.apartment()));
        }
        switch (line.kind()) {
            case "LOG_READ", "EXTRACT_READ" -> {
                if (line.subject() != null) {
                    parts.add(messages.get("audit.subject.door", line.subject()));
                }
                if (line.windowFrom() != null && line.windowTo() != null) {
                    parts.add(messages.get(
                            "audit.subject.window",
                            DAY.format(line.windowFrom().atZone(zone)),
                            DAY.format(line.windowTo().minusSeconds(1).atZone(zone))));
                }
                parts.add(messages.label("log.output", line.detail()));
            }
            case "EXTRACT_REQUEST" -> parts.add(messages.label("extract.channel", line.subject()));
            case "TAG_ACTION" ->
                parts.add(messages.label("tag.action", line.subject())
                        + (line.detail() == null ? "" : " (" + messages.label("tag.reason", line.detail()) + ")"));
            case "STAFF_TAG_ACTION" ->
                parts.add(messages.get(
                        "audit.subject.staffTag", line.detail(), messages.label("tag.action", line.subject())));
            case "AUDIT_READ" -> parts.add(line.subject() + (line.detail() == null ? "" : ", " + line.detail()));
            default -> parts.add(line.subject() + (line.detail() == null ? "" : ": " + line.detail()));
        }
        return String.join(", ", parts);
    }

    private static String why(Messages messages, AuditLine line) {
        if (line.purpose() == null && line.caseReference() == null) {
            return "";
        }
        String purpose = line.purpose() == null ? "" : messages.label("purpose", line.purpose());
        return line.caseReference() == null
                ? purpose
                : (purpose.isEmpty() ? "" : purpose + ", ") + line.caseReference();
    }

    private static String result(Messages messages, AuditLine line) {
        String outcome = line.outcome() == null ? "" : messages.label("extractPdf.outcome", line.outcome());
        String rows = line.rows() == null ? "" : messages.get("audit.rows", line.rows());
        return outcome.isEmpty() || rows.isEmpty() ? outcome + rows : outcome + ", " + rows;
    }

    private static String pager(Messages messages, AuditTrail.Page page) {
        AuditFilter filter = page.filter();
        StringBuilder pager =
                new StringBuilder("<p id=\"pager\">").append(Html.esc(messages.get("audit.page", filter.page())));
        if (filter.page() > 1) {
            pager.append(" · ")
                    .append(Html.link(
                            "previous", href(filter.onPage(filter.page() - 1)), messages.get("audit.previous"), null));
        }
        if (page.hasNext()) {
            pager.append(" · ")
                    .append(Html.link(
                            "next", href(filter.onPage(filter.page() + 1)), messages.get("audit.next"), null));
        }
        return pager.append("</p>").toString();
    }

    private static String href(AuditFilter filter) {
        return PATH + "?from=" + filter.from() + "&to=" + filter.to()
                + (filter.actor() == null ? "" : "&actor=" + URLEncoder.encode(filter.actor(), StandardCharsets.UTF_8))
                + "&page=" + filter.page();
    }
}
