package se.bricka.backend.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.tags.Apartment;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Language;
import se.bricka.backend.web.Messages;

/**
 * The HTML of the extract pages: the form that records a request, and a request's page with its
 * downloads. Neither shows anything of the extract itself.
 */
final class ExtractPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    ExtractPages(ZoneId zone) {
        this.zone = zone;
    }

    String requestForm(
            StaffSession session,
            Messages messages,
            Apartment apartment,
            LocalDate today,
            List<ExtractRequest> earlier) {
        StringBuilder channels = new StringBuilder(
                "<option value=\"\">" + Html.esc(messages.get("extractRequest.chooseChannel")) + "</option>");
        for (ExtractChannel channel : ExtractChannel.values()) {
            channels.append("<option value=\"")
                    .append(channel.name())
                    .append("\">")
                    .append(Html.esc(messages.get("extract.channel." + channel.name())))
                    .append("</option>");
        }
        String form = "<p>" + Html.esc(messages.get("extract.what")) + "</p>"
                + "<form method=\"post\" action=\"/staff/apartments/" + apartment.id() + "/extract-requests\">"
                + "<fieldset><legend>" + Html.esc(messages.get("extractRequest.legend")) + "</legend>"
                + Html.csrfField(session.csrfToken())
                + field(
                        messages,
                        "requestedBy",
                        "<input id=\"requestedBy\" name=\"requestedBy\" required maxlength=\""
                                + ExtractRequests.MAX_REQUESTED_BY + "\" aria-describedby=\"requestedBy-hint\">"
                                + "<p id=\"requestedBy-hint\" class=\"muted\">"
                                + Html.esc(messages.get("extractRequest.field.requestedBy.hint")) + "</p>")
                + field(
                        messages,
                        "channel",
                        "<select id=\"channel\" name=\"channel\" required>" + channels + "</select>")
                + field(
                        messages,
                        "receivedOn",
                        "<input id=\"receivedOn\" name=\"receivedOn\" type=\"date\" required value=\"" + today
                                + "\" max=\"" + today + "\" min=\"" + today.minusDays(ExtractRequests.MAX_DAYS_BACK)
                                + "\">")
                + field(
                        messages,
                        "caseReference",
                        "<input id=\"caseReference\" name=\"caseReference\" required maxlength=\""
                                + ExtractRequests.MAX_CASE_REFERENCE + "\">")
                + "<br><button type=\"submit\" id=\"record-request\">"
                + Html.esc(messages.get("extractRequest.record")) + "</button></fieldset></form>";
        return form + "<h2>" + Html.esc(messages.get("extractRequest.earlier")) + "</h2>" + earlier(messages, earlier)
                + "<p><a href=\"/staff/apartments/" + apartment.id() + "\">"
                + Html.esc(messages.get("extractRequest.backToApartment", apartment.label())) + "</a></p>";
    }

    private String earlier(Messages messages, List<ExtractRequest> earlier) {
        if (earlier.isEmpty()) {
            return "<p id=\"no-requests\" class=\"muted\">" + Html.esc(messages.get("extractRequest.none")) + "</p>";
        }
        List<List<String>> rows = new ArrayList<>();
        for (ExtractRequest request : earlier) {
            rows.add(List.of(
                    Html.esc(request.receivedOn()),
                    Html.esc(messages.label("extract.channel", request.channel().name())),
                    Html.esc(request.requestedBy()),
                    Html.link(
                            "request-" + request.id(),
                            ExtractRoutes.requestPath(request.id()),
                            request.caseReference(),
                            null),
                    Html.esc(when(request.recordedAt()) + " – " + request.staffUsername())));
        }
        return Html.table(
                "requests",
                List.of(
                        messages.get("extractRequest.field.receivedOn"),
                        messages.get("extractRequest.field.channel"),
                        messages.get("extractRequest.field.requestedBy"),
                        messages.get("extractRequest.field.caseReference"),
                        messages.get("extractRequest.recordedBy")),
                rows);
    }

    String requestPage(
            Messages messages, Apartment apartment, ExtractRequest request, boolean open, boolean justRecorded) {
        StringBuilder body = new StringBuilder();
        if (justRecorded) {
            body.append(Html.notice(messages.get("extractRequest.recorded")));
        }
        body.append("<dl id=\"request\">")
                .append(item(messages, "extractRequest.field.requestedBy", request.requestedBy()))
                .append(item(
                        messages,
                        "extractRequest.field.channel",
                        messages.label("extract.channel", request.channel().name())))
                .append(item(messages, "extractRequest.field.receivedOn", request.receivedOn()))
                .append(item(messages, "extractRequest.field.caseReference", request.caseReference()))
                .append(item(
                        messages,
                        "extractRequest.recordedBy",
                        when(request.recordedAt()) + " – " + request.staffUsername()))
                .append("</dl>");
        if (!open) {
            body.append(Html.error(messages.get("extractRequest.closed", when(request.closesAt()))));
        } else {
            body.append("<p>")
                    .append(Html.esc(messages.get("extractRequest.downloads", when(request.closesAt()))))
                    .append("</p><ul id=\"downloads\">");
            String base = ExtractRoutes.requestPath(request.id()) + "/extract";
            for (Language language : Language.values()) {
                String code = language.code();
                body.append("<li>")
                        .append(Html.link(
                                "extract-pdf-" + code, base + ".pdf?lang=" + code, messages.get("extract.pdf"), null))
                        .append(" (")
                        .append(Html.esc(language.messages().get("language.name")))
                        .append(") · ")
                        .append(Html.link(
                                "extract-json-" + code,
                                base + ".json?lang=" + code,
                                messages.get("extract.json"),
                                null))
                        .append("</li>");
            }
            body.append("</ul><p class=\"muted\">")
                    .append(Html.esc(messages.get("extractRequest.onlyInDocument")))
                    .append("</p>");
        }
        return body.append("<p><a href=\"/staff/apartments/")
                .append(apartment.id())
                .append("/extract\">")
                .append(Html.esc(messages.get("extractRequest.backToForm", apartment.label())))
                .append("</a></p>")
                .toString();
    }

    private static String field(Messages messages, String name, String input) {
        return "<label for=\"" + name + "\">" + Html.esc(messages.get("extractRequest.field." + name)) + "</label>"
                + input;
    }

    private static String item(Messages messages, String key, Object value) {
        return "<dt>" + Html.esc(messages.get(key)) + "</dt><dd>" + Html.esc(value) + "</dd>";
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
