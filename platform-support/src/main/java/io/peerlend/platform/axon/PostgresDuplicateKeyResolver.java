package io.peerlend.platform.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique-key violation (SQLSTATE {@code 23505}) anywhere in an exception's causes, including a
 * batch's next exceptions. Axon's {@code JdbcSQLErrorCodesResolver} matches vendor error codes, and PostgreSQL's
 * driver reports 0 for every error, so a second writer of an aggregate's sequence number surfaced as an anonymous
 * {@code EventStoreException} (a 500) instead of the {@code ConcurrencyException} that a retry or a 409 answers.
 */
public final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
