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
import se.bricka.backend.web.Messages;

/**
 * The HTML of the quota-group pages in the reader's language (keys {@code quotaGroups.*} of the staff
 * bundles): the list with a form for a new group, and one group's form.
 */
final class QuotaGroupPage {

    static final String PATH = "/staff/quota-groups";

    /** The rule fields of the form, in the order shown; each has a label {@code quotaGroups.label.<field>}. */
    private static final List<String> RULES = List.of(
            QuotaGroupForm.MAX_FUTURE,
            QuotaGroupForm.PER_DAY,
            QuotaGroupForm.ROLLING_COUNT,
            QuotaGroupForm.ROLLING_DAYS,
            QuotaGroupForm.HORIZON,
            QuotaGroupForm.CHECK_IN,
            QuotaGroupForm.CANCEL);

    private QuotaGroupPage() {}

    static String path(long groupId) {
        return PATH + "/" + groupId;
    }

    /** Every group as a table, then a form for a new one. */
    static String list(List<QuotaGroup> groups, Catalogue catalogue, String csrf, Messages messages) {
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
                    Html.esc(rolling(group, messages)),
                    Html.esc(messages.get("quotaGroups.days", group.horizonDays())),
                    Html.esc(checkIn(group, messages)),
                    Html.esc(cancel(group, messages))));
        }
        String table = groups.isEmpty()
                ? "<p>" + Html.esc(messages.get("quotaGroups.none")) + "</p>"
                : Html.table(
                        "quota-groups",
                        List.of(
                                messages.get("quotaGroups.field.propertyId"),
                                messages.get("quotaGroups.field.name"),
                                messages.get("quotaGroups.field.resourceIds"),
                                messages.get("quotaGroups.field.maxFutureBookings"),
                                messages.get("quotaGroups.field.maxPerDay"),
                                messages.get("quotaGroups.rolling"),
                                messages.get("quotaGroups.field.horizonDays"),
                                messages.get("quotaGroups.field.checkInMinutes"),
                                messages.get("quotaGroups.field.cancelHoursBefore")),
                        rows);
        return "<p>" + Html.esc(messages.get("quotaGroups.intro")) + "</p>" + table
                + "<form method=\"post\" action=\"" + PATH + "\"><fieldset><legend>"
                + Html.esc(messages.get("quotaGroups.newLegend")) + "</legend>" + csrf
                + propertyChoice(catalogue.properties(), messages) + fields(null, messages)
                + resourceChoice(catalogue.resources(), member -> false, null, messages)
                + "<button type=\"submit\" id=\"create\">" + Html.esc(messages.get("quotaGroups.create"))
                + "</button></fieldset></form>";
    }

    /** One group's rules and members, ready to edit. */
    static String edit(QuotaGroup group, Catalogue catalogue, String csrf, Messages messages) {
        return "<p>" + Html.esc(messages.get("quotaGroups.editIntro")) + "</p><form method=\"post\" action=\""
                + path(group.id()) + "\"><fieldset>" + csrf
                + fields(group, messages)
                + resourceChoice(
                        catalogue.resources(),
                        member -> group.resourceIds().contains(member.id()),
                        group.propertyId(),
                        messages)
                + "<button type=\"submit\" id=\"save\">" + Html.esc(messages.get("quotaGroups.save"))
                + "</button></fieldset></form>"
                + "<p><a href=\"" + PATH + "\">" + Html.esc(messages.get("quotaGroups.back")) + "</a></p>";
    }

    private static String fields(QuotaGroup group, Messages messages) {
        StringBuilder fields = new StringBuilder(input(
                QuotaGroupForm.NAME,
                messages.get("quotaGroups.field.name"),
                group == null ? "" : group.name(),
                "text",
                true));
        for (String field : RULES) {
            Integer value = group == null ? null : ruleOf(group, field);
            fields.append(input(
                    field,
                    messages.get("quotaGroups.label." + field),
                    value == null ? "" : value.toString(),
                    "number",
                    false));
        }
        return fields.toString();
    }

    private static Integer ruleOf(QuotaGroup group, String field) {
        return switch (field) {
            case QuotaGroupForm.MAX_FUTURE -> group.maxFutureBookings();
            case QuotaGroupForm.PER_DAY -> group.maxPerDay();
            case QuotaGroupForm.ROLLING_COUNT -> group.rollingCount();
            case QuotaGroupForm.ROLLING_DAYS -> group.rollingDays();
            case QuotaGroupForm.HORIZON -> group.horizonDays();
            case QuotaGroupForm.CHECK_IN -> group.checkInMinutes();
            case QuotaGroupForm.CANCEL -> group.cancelHoursBefore();
            default -> throw new IllegalArgumentException("not a rule field: " + field);
        };
    }

    private static String input(String name, String label, String value, String type, boolean required) {
        return "<label for=\"" + name + "\">" + Html.esc(label) + "</label><input id=\"" + name + "\" name=\"" + name
                + "\" type=\"" + type + "\" value=\"" + Html.esc(value) + "\"" + (required ? " required" : "") + ">";
    }

    private static String propertyChoice(List<Property> properties, Messages messages) {
        StringBuilder select = new StringBuilder("<label for=\"" + QuotaGroupForm.PROPERTY + "\">"
                + Html.esc(messages.get("quotaGroups.field.propertyId")) + "</label>"
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
    private static String resourceChoice(
            List<Member> resources, Function<Member, Boolean> checked, Long onlyProperty, Messages messages) {
        StringBuilder boxes = new StringBuilder(
                "<fieldset><legend>" + Html.esc(messages.get("quotaGroups.label.resourceIds")) + "</legend>");
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
                    .append("> <label class=\"check\" for=\"")
                    .append(id)
                    .append("\">")
                    .append(Html.esc(member.name()))
                    .append("</label></div>");
        }
        return boxes.append("</fieldset>").toString();
    }

    private static String rolling(QuotaGroup group, Messages messages) {
        return group.rollingCount() == null
                ? messages.get("quotaGroups.noRolling")
                : messages.get("quotaGroups.rollingValue", group.rollingCount(), group.rollingDays());
    }

    private static String checkIn(QuotaGroup group, Messages messages) {
        return group.checkInMinutes() == null
                ? messages.get("quotaGroups.neverReleased")
                : messages.get("quotaGroups.releasedAfter", group.checkInMinutes());
    }

    private static String cancel(QuotaGroup group, Messages messages) {
        return group.cancelHoursBefore() == 0
                ? messages.get("quotaGroups.untilStart")
                : messages.get("quotaGroups.hoursBefore", group.cancelHoursBefore());
    }
}
