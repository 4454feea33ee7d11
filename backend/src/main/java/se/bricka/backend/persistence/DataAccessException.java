package se.bricka.backend.persistence;

import java.sql.SQLException;

/** The database failed in a way the caller cannot repair; it becomes a 500 at the edge. */
public final class DataAccessException extends RuntimeException {

    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
