package se.bricka.backend.statistics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffAction;

/**
 * The landlord's statistics page and its CSV export: per bookable object and slot of the week,
 * booked, used, released, cancelled and the no-show rate over a period of past days.
 *
 * <p>Never per apartment. A cell that between 1 and 4 households booked shows "–" (blank in the
 * CSV). There are no row, column or grand totals: with one hidden cell a total would give it back.
 * Rows are the slots of the object's template rather than clock hours, because a booking is for a
 * whole slot, as the boards and the tenants see it; hours would split one booking over several cells.
 */
public final class StatisticsStaffRoutes implements RouteGroup {

    private static final String BASE = "/staff/statistics";
    private static final String CSV = BASE + ".csv";

    private final StatisticsService statistics;
    private final Resources resources;

    public StatisticsStaffRoutes(StatisticsService statistics, Resources resources) {
        this.statistics = statistics;
        this.resources = resources;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(BASE, this::page);
        routes.get(CSV, this::csv);
    }

    private void page(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.VIEW_STATISTICS);
        Messages messages = Messages.of(ctx);
        StatisticsPeriod period = period(ctx);
        OptionalLong chosen = objectParam(ctx);
        List<Resource> all = resources.all();
        List<ObjectStatistics> objects = statistics.of(objects(all, chosen), period);
        StringBuilder body = new StringBuilder()
                .append("<p>")
                .append(Html.esc(messages.get("statistics.intro", SlotCell.MIN_HOUSEHOLDS)))
                .append("</p>")
                .append(form(messages, period, chosen, all))
                .append("<p><a id=\"csv\" href=\"")
                .append(Html.esc(CSV + query(period, chosen)))
                .append("\">")
                .append(Html.esc(messages.get("statistics.csv")))
                .append("</a></p>");
        for (ObjectStatistics object : objects) {
            body.append("<section><h2>")
                    .append(Html.esc(object.resource().name()))
                    .append("</h2>")
                    .append(StatisticsChart.svg(object, messages))
                    .append("<p class=\"muted\">")
                    .append(Html.esc(messages.get("statistics.chart.legend", SlotCell.MIN_HOUSEHOLDS)))
                    .append("</p>")
                    .append(table(object, messages));
            body.append("</section>");
        }
        body.append("<p id=\"footnote\" class=\"muted\">")
                .append(Html.esc(messages.get("statistics.footnote", SlotCell.MIN_HOUSEHOLDS)))
                .append("</p><p class=\"muted\">")
                .append(Html.esc(messages.get("statistics.definitions")))
                .append("</p>");
        ctx.html(StaffGuard.page(ctx, session, messages.get("statistics.title"), body.toString()));
    }

    private void csv(Context ctx) {
        StaffGuard.require(ctx, StaffAction.VIEW_STATISTICS);
        StatisticsPeriod period = period(ctx);
        List<ObjectStatistics> objects = statistics.of(objects(resources.all(), objectParam(ctx)), period);
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"statistics-" + period.from() + "-" + period.to() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(StatisticsCsv.of(objects));
    }

    private static String form(Messages messages, StatisticsPeriod period, OptionalLong chosen, List<Resource> all) {
        StringBuilder options = new StringBuilder("<option value=\"\">")
                .append(Html.esc(messages.get("statistics.allObjects")))
                .append("</option>");
        for (Resource resource : all) {
            boolean selected = chosen.isPresent() && chosen.getAsLong() == resource.id();
            options.append("<option value=\"")
                    .append(resource.id())
                    .append('"')
                    .append(selected ? " selected" : "")
                    .append('>')
                    .append(Html.esc(resource.name()))
                    .append("</option>");
        }
        return "<form method=\"get\" action=\"" + BASE + "\"><fieldset><legend>"
                + Html.esc(messages.get("statistics.choose")) + "</legend>"
                + "<label for=\"from\">" + Html.esc(messages.get("statistics.from")) + "</label>"
                + "<input id=\"from\" name=\"from\" type=\"date\" value=\"" + period.from() + "\">"
                + "<label for=\"to\">" + Html.esc(messages.get("statistics.to")) + "</label>"
                + "<input id=\"to\" name=\"to\" type=\"date\" value=\"" + period.to() + "\">"
                + "<label for=\"object\">" + Html.esc(messages.get("statistics.object")) + "</label>"
                + "<select id=\"object\" name=\"object\">" + options + "</select><br>"
                + "<button type=\"submit\" id=\"show\">" + Html.esc(messages.get("statistics.show"))
                + "</button></fieldset></form>";
    }

    /**
     * The same numbers as the chart, a row group per weekday headed by the day, so the table fits a
     * phone: the headers carry soft hyphens and may break there.
     */
    private static String table(ObjectStatistics object, Messages messages) {
        StringBuilder out = new StringBuilder("<table id=\"table-")
                .append(object.resource().id())
                .append("\"><caption>")
                .append(Html.esc(messages.get(
                        "statistics.tableCaption", object.resource().name())))
                .append("</caption><thead><tr>");
        for (String key : List.of("slot", "booked", "used", "released", "cancelled", "noShow")) {
            out.append("<th scope=\"col\">")
                    .append(Html.esc(messages.get("statistics." + key)))
                    .append("</th>");
        }
        out.append("</tr></thead>");
        DayOfWeek shown = null;
        for (SlotCell cell : object.cells()) {
            if (cell.day() != shown) {
                out.append(shown == null ? "" : "</tbody>")
                        .append("<tbody><tr><th scope=\"colgroup\" colspan=\"6\">")
                        .append(Html.esc(StatisticsChart.dayName(cell.day(), messages)))
                        .append("</th></tr>");
                shown = cell.day();
            }
            boolean hidden = cell.suppressed();
            OptionalInt noShow = cell.noShowPercent();
            String rate = hidden
                    ? "–"
                    : noShow.isEmpty() ? "" : Html.esc(messages.get("statistics.percent", noShow.getAsInt()));
            out.append("<tr><th scope=\"row\">")
                    .append(Html.esc(StatisticsChart.hours(cell.time())))
                    .append("</th><td>")
                    .append(String.join(
                            "</td><td>",
                            count(hidden, cell.booked()),
                            count(hidden, cell.used()),
                            count(hidden, cell.released()),
                            count(hidden, cell.cancelled()),
                            rate))
                    .append("</td></tr>");
        }
        return out.append(shown == null ? "" : "</tbody>").append("</table>").toString();
    }

    private static String count(boolean hidden, int value) {
        return hidden ? "–" : Integer.toString(value);
    }

    private static String query(StatisticsPeriod period, OptionalLong chosen) {
        return "?from=" + period.from() + "&to=" + period.to()
                + (chosen.isPresent() ? "&object=" + chosen.getAsLong() : "");
    }

    private StatisticsPeriod period(Context ctx) {
        LocalDate today = statistics.today();
        StatisticsPeriod fallback = StatisticsPeriod.lastWeeks(today);
        LocalDate from = date("from", ctx.queryParam("from"), fallback.from());
        LocalDate to = date("to", ctx.queryParam("to"), fallback.to());
        return StatisticsPeriod.checked(from, to, today);
    }

    private static LocalDate date(String name, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return RequestInput.checkYear(name, LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(Text.of("problem.badDate", name, text));
        }
    }

    private static OptionalLong objectParam(Context ctx) {
        String text = ctx.queryParam("object");
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(Text.of("problem.statistics.badObject", text));
        }
    }

    private static List<Resource> objects(List<Resource> all, OptionalLong chosen) {
        if (chosen.isEmpty()) {
            return all;
        }
        long id = chosen.getAsLong();
        return List.of(all.stream()
                .filter(resource -> resource.id() == id)
                .findFirst()
                .orElseThrow(() -> StaffProblems.notFound(Text.of("problem.noObject", id))));
    }
}
