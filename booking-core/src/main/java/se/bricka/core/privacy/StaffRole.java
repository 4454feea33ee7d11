package se.bricka.core.privacy;

/** The roles staff sign in with. Each sees only what its work needs. */
public enum StaffRole {
    /** Finds apartments, issues and blocks tags, makes register extracts, sets booking rules. No access logs. */
    CUSTOMER_SERVICE,
    /** "Bosociala enheten": may read access logs for a disturbance case or a police request. */
    SOCIAL_HOUSING_UNIT,
    /** IT system administration: may read access logs to find a technical fault. */
    IT_ADMINISTRATION,
    /** Closes bookable objects, sets booking rules and manages panels. No access logs. */
    CARETAKER
}
