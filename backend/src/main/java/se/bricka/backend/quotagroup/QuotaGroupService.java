package se.bricka.backend.quotagroup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.quotagroup.QuotaGroupRepository.Member;
import se.bricka.backend.quotagroup.QuotaGroupRepository.Property;
import se.bricka.backend.web.Text;
import se.bricka.core.booking.BookingRules;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.wire.ChangeEvent;

/**
 * Staff set the booking rules of quota groups and which objects share them. A change counts from the
 * next booking on (the rules are read in each booking's transaction) and is pushed to the boards, whose
 * weeks show the quota.
 */
public final class QuotaGroupService {

    /** Change events name at most this many weeks per object: a year, past any horizon. */
    private static final int MAX_WEEK_EVENTS = 53;

    /** What the pages need besides the groups: properties and objects. */
    public record Catalogue(List<Property> properties, List<Member> resources) {}

    private record Saved(QuotaGroup group, List<ChangeEvent> events) {}

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final Clock clock;
    private final QuotaGroupRepository groups = new QuotaGroupRepository();
    private final ChangeLog changeLog = new ChangeLog();

    public QuotaGroupService(Transactor transactor, ChangePublisher publisher, Clock clock) {
        this.transactor = transactor;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every quota group of every property. */
    public List<QuotaGroup> list() {
        return transactor.inTransaction(groups::list);
    }

    /** @throws ApiException 404 {@code not-found} for an unknown group */
    public QuotaGroup get(long id) {
        return transactor.inTransaction(connection -> found(connection, id));
    }

    public Catalogue catalogue() {
        return transactor.inTransaction(
                connection -> new Catalogue(groups.properties(connection), groups.resources(connection)));
    }

    /**
     * Creates a group in {@code request.propertyId()} with the objects named.
     *
     * @throws ApiException 400 for a value out of range or an object of another property, 409 for a name
     *     the property already uses
     */
    public QuotaGroup create(QuotaGroupRequest request) {
        QuotaGroupSettings settings = QuotaGroupSettings.of(request);
        long propertyId = settings.propertyId()
                .orElseThrow(() -> ApiException.badRequest(Text.of("problem.quotaGroupPropertyRequired")));
        Saved saved = transactor.inTransaction(connection -> {
            Property property = propertyOf(connection, propertyId);
            checkMembers(connection, property, settings.resourceIds());
            long id = groups.insert(connection, propertyId, settings);
            groups.setMembers(connection, id, propertyId, settings.resourceIds());
            QuotaGroup group = settings.toGroup(id, propertyId);
            return new Saved(group, weekEvents(connection, property, settings.resourceIds(), group.horizonDays()));
        });
        saved.events().forEach(publisher::publish);
        return saved.group();
    }

    /**
     * Replaces the rules and the members of group {@code id}; objects left out leave the group and
     * fall back to the default rules.
     *
     * @throws ApiException 404 for an unknown group, 400 and 409 as for {@link #create}
     */
    public QuotaGroup update(long id, QuotaGroupRequest request) {
        QuotaGroupSettings settings = QuotaGroupSettings.of(request);
        Saved saved = transactor.inTransaction(connection -> {
            if (!groups.lock(connection, id)) {
                throw unknown(id);
            }
            QuotaGroup before = found(connection, id);
            if (settings.propertyId().isPresent() && settings.propertyId().get() != before.propertyId()) {
                throw ApiException.badRequest(Text.of(
                        "problem.quotaGroupStaysInProperty",
                        before.propertyId(),
                        settings.propertyId().get()));
            }
            Property property = propertyOf(connection, before.propertyId());
            checkMembers(connection, property, settings.resourceIds());
            groups.update(connection, id, settings);
            groups.setMembers(connection, id, before.propertyId(), settings.resourceIds());
            Set<Long> affected = new LinkedHashSet<>(before.resourceIds());
            affected.addAll(settings.resourceIds());
            int horizon = Math.max(before.horizonDays(), settings.horizonDays());
            QuotaGroup after = settings.toGroup(id, before.propertyId());
            return new Saved(after, weekEvents(connection, property, List.copyOf(affected), horizon));
        });
        saved.events().forEach(publisher::publish);
        return saved.group();
    }

    private QuotaGroup found(Connection connection, long id) throws SQLException {
        return groups.find(connection, id).orElseThrow(() -> unknown(id));
    }

    private static ApiException unknown(long id) {
        return StaffProblems.notFound(Text.of("problem.noQuotaGroup", id));
    }

    private Property propertyOf(Connection connection, long propertyId) throws SQLException {
        return groups.properties(connection).stream()
                .filter(property -> property.id() == propertyId)
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(Text.of("problem.noProperty", propertyId)));
    }

    private void checkMembers(Connection connection, Property property, List<Long> resourceIds) throws SQLException {
        Set<Long> own = new LinkedHashSet<>();
        for (Member member : groups.resources(connection)) {
            if (member.propertyId() == property.id()) {
                own.add(member.id());
            }
        }
        for (long resourceId : resourceIds) {
            if (!own.contains(resourceId)) {
                throw ApiException.badRequest(Text.of("problem.quotaGroupForeignObject", resourceId, property.name()));
            }
        }
    }

    /**
     * One change per object and week from this week to the end of the horizon, so every board showing
     * one of those weeks fetches it again with the new quota.
     */
    private List<ChangeEvent> weekEvents(Connection connection, Property property, List<Long> resourceIds, int horizon)
            throws SQLException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, property.zone());
        LocalDate last = today.plusDays(horizon);
        List<ChangeEvent> events = new ArrayList<>();
        for (long resourceId : resourceIds) {
            LocalDate monday = BookingRules.weekStartOf(today);
            for (int week = 0; week < MAX_WEEK_EVENTS && !monday.isAfter(last); week++) {
                Slot marker = new Slot(resourceId, monday, new SlotTime(LocalTime.MIDNIGHT, LocalTime.MAX));
                events.add(changeLog.append(connection, ChangeEvent.QUOTA_RULES_CHANGED, marker, now));
                monday = monday.plusWeeks(1);
            }
        }
        return events;
    }
}
