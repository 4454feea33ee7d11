package se.bricka.core.privacy;

/** The only reasons for which access events may be read; every read names one. */
public enum LogPurpose {
    /** A disturbance case under the tenancy law (Jordabalken 12 kap.). */
    DISTURBANCE_CASE("disturbance-case"),
    /** A technical fault in the lock system. */
    TECHNICAL_FAULT("technical-fault"),
    /** Information to the police in a criminal investigation. */
    POLICE_INVESTIGATION("police-investigation");

    private final String code;

    LogPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LogPurpose fromCode(String code) {
        for (LogPurpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("unknown purpose, was '" + code + "'");
    }
}
