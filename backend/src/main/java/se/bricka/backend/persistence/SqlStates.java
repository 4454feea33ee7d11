package se.bricka.backend.persistence;

import java.sql.SQLException;

/** SQLSTATE codes shared by H2 and PostgreSQL. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {}

    /** Whether {@code e} (or an exception it wraps) says a UNIQUE or PRIMARY KEY constraint was hit. */
    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
