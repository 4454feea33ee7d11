package se.bricka.backend.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction: commit when it returns, roll back when it throws. Every write of the
 * backend goes through here, so "durable before the response" holds by construction.
 */
public final class Transactor {

    private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);

    private final DataSource dataSource;

    public Transactor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} and commits. A {@link RuntimeException} from the work rolls back and is rethrown
     * as is (domain refusals travel this way); an {@link SQLException} rolls back and becomes a
     * {@link DataAccessException}.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed", e);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // The pool discards a broken connection; the original failure is the one worth reporting.
            cause.addSuppressed(rollbackFailure);
            LOG.warn("rollback failed", rollbackFailure);
        }
    }
}
