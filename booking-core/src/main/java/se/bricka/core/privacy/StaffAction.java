package se.bricka.core.privacy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What staff can do in the backend, each with the roles allowed to do it. Written once here, so the
 * routes, the pages and the role-by-action test all read the same table. Reading access logs is
 * further bound to a purpose by {@link LogReadPolicy}.
 */
public enum StaffAction {
    /** Find an apartment and see its tags. */
    VIEW_APARTMENT(StaffRole.CUSTOMER_SERVICE),
    /** Issue, block, unblock and replace tags; move-out. */
    MANAGE_TAGS(StaffRole.CUSTOMER_SERVICE),
    /** Produce a register extract for an apartment on the tenant's request. */
    REGISTER_EXTRACT(StaffRole.CUSTOMER_SERVICE),
    /** Edit the names shown on a digital name board. */
    EDIT_NAME_BOARD(StaffRole.CUSTOMER_SERVICE),
    /** List, create and edit quota groups: their booking rules and which objects share them. */
    CONFIGURE_BOOKING_RULES(StaffRole.CUSTOMER_SERVICE, StaffRole.CARETAKER),
    /** Read access events, always with a purpose and a case reference. */
    READ_ACCESS_LOG(StaffRole.SOCIAL_HOUSING_UNIT, StaffRole.IT_ADMINISTRATION),
    /**
     * Read the audit trail: who read the access log or produced an extract, who acted on tags, what
     * caretakers did, and who read the audit trail itself. Never change it.
     */
    READ_AUDIT_TRAIL(StaffRole.SOCIAL_HOUSING_UNIT, StaffRole.IT_ADMINISTRATION),
    /** Close a bookable object (out of order, cleaning) and end a closure early. */
    MANAGE_CLOSURES(StaffRole.CARETAKER),
    /** Issue the one-time code that puts a panel into service as a device. */
    ENROLL_DEVICE(StaffRole.IT_ADMINISTRATION),
    /** Edit which doors a staff tag opens and when, and which doors each device guards. */
    MANAGE_DOOR_ACCESS(StaffRole.IT_ADMINISTRATION),
    /** See every device's health: last report, snapshot, upload backlog, readers and doors. */
    MONITOR_DEVICES(StaffRole.IT_ADMINISTRATION),

    /** Add, disable and reset staff accounts, end their sessions, and add devices. */
    MANAGE_STAFF(StaffRole.IT_ADMINISTRATION),

    /**
     * See how bookable objects are booked, used, released and cancelled, per slot of the week. Never
     * per apartment; for the landlord's planning, so not for the social housing unit or the caretaker.
     */
    VIEW_STATISTICS(StaffRole.CUSTOMER_SERVICE, StaffRole.IT_ADMINISTRATION);

    private final Set<StaffRole> roles;

    StaffAction(StaffRole first, StaffRole... rest) {
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    /** Whether {@code role} may do this. */
    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    /** The roles that may do this. */
    public Set<StaffRole> roles() {
        return roles;
    }
}
