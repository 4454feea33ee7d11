package se.bricka.core.privacy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which role may read access events for which purpose. A housing company may narrow or widen the
 * default, but a role with no purposes reads nothing, and a read with an empty case reference is
 * never allowed.
 */
public final class LogReadPolicy {

    private final Map<StaffRole, Set<LogPurpose>> allowed;

    public LogReadPolicy(Map<StaffRole, Set<LogPurpose>> allowed) {
        Objects.requireNonNull(allowed, "allowed");
        EnumMap<StaffRole, Set<LogPurpose>> copy = new EnumMap<>(StaffRole.class);
        allowed.forEach((role, purposes) -> copy.put(role, Set.copyOf(purposes)));
        this.allowed = copy;
    }

    /** Social housing unit: disturbance and police; IT administration: technical fault; others: nothing. */
    public static LogReadPolicy defaults() {
        return new LogReadPolicy(Map.of(
                StaffRole.SOCIAL_HOUSING_UNIT,
                EnumSet.of(LogPurpose.DISTURBANCE_CASE, LogPurpose.POLICE_INVESTIGATION),
                StaffRole.IT_ADMINISTRATION,
                EnumSet.of(LogPurpose.TECHNICAL_FAULT)));
    }

    /** The purposes {@code role} may read for; empty for roles that may not read logs. */
    public Set<LogPurpose> purposesFor(StaffRole role) {
        return allowed.getOrDefault(role, Set.of());
    }

    public boolean mayRead(StaffRole role, LogPurpose purpose, String caseReference) {
        return purposesFor(role).contains(purpose) && caseReference != null && !caseReference.isBlank();
    }
}
