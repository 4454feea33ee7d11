package se.bricka.backend.quotagroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.bricka.backend.quotagroup.QuotaGroupRepository.Member;
import se.bricka.backend.quotagroup.QuotaGroupRepository.Property;
import se.bricka.backend.quotagroup.QuotaGroupService.Catalogue;
import se.bricka.backend.web.Html;

/** The HTML of the quota-group pages, in Swedish: the list with a form for a new group, and one group's form. */
final class QuotaGroupPage {

    static final String PATH = "/staff/quota-groups";

    private QuotaGroupPage() {}

    static String path(long groupId) {
        return PATH + "/" + groupId;
    }

    /** Every group as a table, then a form for a new one. */
    static String list(List<QuotaGroup> groups, Catalogue catalogue, String csrf) {
        Map<Long, String> properties =
                catalogue.properties().stream().collect(Collectors.toMap(Property::id, Property::name));
        Map<Long, String> objects = catalogue.resources().stream().collect(Collectors.toMap(Member::id, Member::name));
        List<List<String>> rows = new ArrayList<>();
        for (QuotaGroup group : groups) {
            rows.add(List.of(
                    Html.esc(properties.get(group.propertyId())),
                    "<a href=\"" + path(group.id()) + "\">" + Html.esc(group.name()) + "</a>",
                    Html.esc(group.resourceIds().stream().map(objects::get).collect(Collectors.joining(", "))),
                    String.valueOf(group.maxFutureBookings()),
                    String.valueOf(group.maxPerDay()),
                    Html.esc(rolling(group)),
                    group.horizonDays() + " dagar",
                    Html.esc(checkIn(group)),
                    Html.esc(cancel(group))));
        }
        String table = groups.isEmpty()
                ? "<p>Det finns inga kvotgrupper än. Objekt utan grupp har standardreglerna.</p>"
                : Html.table(
                        "quota-groups",
                        List.of(
                                "Fastighet",
                                "Kvotgrupp",
                                "Objekt",
                                "Kommande bokningar",
                                "Per dag",
                                "Rullande gräns",
                                "Horisont",
                                "Släpps utan incheckning",
                                "Avbokning"),
                        rows);
        return "<p>Objekt i samma kvotgrupp delar reglerna: ett hushåll räknas över alla gruppens objekt. En ändring"
                + " gäller från nästa bokning; bokningar som redan finns ligger kvar.</p>" + table
                + "<form method=\"post\" action=\"" + PATH + "\"><fieldset><legend>Ny kvotgrupp</legend>" + csrf
                + propertyChoice(catalogue.properties()) + fields(null)
                + resourceChoice(catalogue.resources(), member -> false, null)
                + "<button type=\"submit\" id=\"create\">Skapa kvotgrupp</button></fieldset></form>";
    }

    /** One group's rules and members, ready to edit. */
    static String edit(QuotaGroup group, Catalogue catalogue, String csrf) {
        return "<p>Objekt du tar bort ur gruppen får standardreglerna. Ett objekt du lägger till lämnar sin förra"
                + " grupp.</p><form method=\"post\" action=\"" + path(group.id()) + "\"><fieldset>" + csrf
                + fields(group)
                + resourceChoice(
                        catalogue.resources(), member -> group.resourceIds().contains(member.id()), group.propertyId())
                + "<button type=\"submit\" id=\"save\">Spara</button></fieldset></form>"
                + "<p><a href=\"" + PATH + "\">Alla kvotgrupper</a></p>";
    }

    private static String fields(QuotaGroup group) {
        return input(QuotaGroupForm.NAME, "Namn", group == null ? "" : group.name(), "text", true)
                + number(
                        QuotaGroupForm.MAX_FUTURE,
                        "Högst antal kommande bokningar per hushåll (standard 2)",
                        group == null ? null : group.maxFutureBookings())
                + number(
                        QuotaGroupForm.PER_DAY,
                        "Högst antal bokningar per hushåll och dag (standard 1)",
                        group == null ? null : group.maxPerDay())
                + number(
                        QuotaGroupForm.ROLLING_COUNT,
                        "Rullande gräns: högst så här många bokningar … (tomt: ingen rullande gräns)",
                        group == null ? null : group.rollingCount())
                + number(
                        QuotaGroupForm.ROLLING_DAYS,
                        "… på så här många dagar i följd",
                        group == null ? null : group.rollingDays())
                + number(
                        QuotaGroupForm.HORIZON,
                        "Hur många dagar framåt man får boka (standard 28)",
                        group == null ? null : group.horizonDays())
                + number(
                        QuotaGroupForm.CHECK_IN,
                        "Tiden släpps om hushållet inte checkat in inom så här många minuter efter start (tomt:"
                                + " släpps aldrig)",
                        group == null ? null : group.checkInMinutes())
                + number(
                        QuotaGroupForm.CANCEL,
                        "Avbokning senast så här många timmar före start (0: fram till start)",
                        group == null ? null : group.cancelHoursBefore());
    }

    private static String number(String name, String label, Integer value) {
        return input(name, label, value == null ? "" : value.toString(), "number", false);
    }

    private static String input(String name, String label, String value, String type, boolean required) {
        return "<label for=\"" + name + "\">" + Html.esc(label) + "</label><input id=\"" + name + "\" name=\"" + name
                + "\" type=\"" + type + "\" value=\"" + Html.esc(value) + "\"" + (required ? " required" : "") + ">";
    }

    private static String propertyChoice(List<Property> properties) {
        StringBuilder select = new StringBuilder("<label for=\"" + QuotaGroupForm.PROPERTY + "\">Fastighet</label>"
                + "<select id=\"" + QuotaGroupForm.PROPERTY + "\" name=\"" + QuotaGroupForm.PROPERTY + "\">");
        for (Property property : properties) {
            select.append("<option value=\"")
                    .append(property.id())
                    .append("\">")
                    .append(Html.esc(property.name()))
                    .append("</option>");
        }
        return select.append("</select>").toString();
    }

    /** A box per object (of {@code onlyProperty}, or of every property for a new group). */
    private static String resourceChoice(List<Member> resources, Function<Member, Boolean> checked, Long onlyProperty) {
        StringBuilder boxes = new StringBuilder("<fieldset><legend>Objekt i gruppen</legend>");
        for (Member member : resources) {
            if (onlyProperty != null && member.propertyId() != onlyProperty) {
                continue;
            }
            String id = "resource-" + member.id();
            boxes.append("<div><input type=\"checkbox\" id=\"")
                    .append(id)
                    .append("\" name=\"")
                    .append(QuotaGroupForm.RESOURCES)
                    .append("\" value=\"")
                    .append(member.id())
                    .append('"')
                    .append(checked.apply(member) ? " checked" : "")
                    .append("> <label style=\"display:inline\" for=\"")
                    .append(id)
                    .append("\">")
                    .append(Html.esc(member.name()))
                    .append("</label></div>");
        }
        return boxes.append("</fieldset>").toString();
    }

    private static String rolling(QuotaGroup group) {
        return group.rollingCount() == null ? "–" : group.rollingCount() + " på " + group.rollingDays() + " dagar";
    }

    private static String checkIn(QuotaGroup group) {
        return group.checkInMinutes() == null ? "släpps aldrig" : "efter " + group.checkInMinutes() + " min";
    }

    private static String cancel(QuotaGroup group) {
        return group.cancelHoursBefore() == 0 ? "fram till start" : group.cancelHoursBefore() + " h före start";
    }
}
