package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.StoreUnavailableException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure to reach PostgreSQL and turns it into the {@link StoreUnavailableException}
 * the ports promise, so the edge can say "try again" instead of "internal error". What counts:
 *
 * <ul>
 *   <li>SQLState class {@code 08} (connection exception: refused, broken, closed);
 *   <li>{@code 57P01} admin shutdown, {@code 57P02} crash shutdown, {@code 57P03} cannot connect now
 *       (starting up or shutting down), {@code 53300} too many connections;
 *   <li>{@link SQLTransientConnectionException}: the pool had no connection to give within its
 *       timeout (HikariCP), the database being down or every connection busy.
 * </ul>
 *
 * Anything else (a constraint, a bug in a statement) stays an infrastructure error.
 */
final class ConnectionFailures implements ExecuteListener {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** As a jOOQ listener: a statement that failed because the connection did. */
    @Override
    public void exception(ExecuteContext ctx) {
        Optional.ofNullable(ctx.sqlException())
                .filter(ConnectionFailures::isUnavailable)
                .ifPresent(e -> ctx.exception(unavailable("a statement failed: the database connection was lost", e)));
    }

    /** Whether {@code failure} or one of its causes says the database cannot be reached. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static StoreUnavailableException unavailable(String message, Throwable cause) {
        if (cause instanceof StoreUnavailableException already) {
            return already;
        }
        return new StoreUnavailableException(message + " (" + cause.getMessage() + ")", cause);
    }

    /** {@code failure} as a {@link StoreUnavailableException} when it is one, else as it is. */
    static RuntimeException translate(RuntimeException failure) {
        return isUnavailable(failure) ? unavailable("the database is unavailable", failure) : failure;
    }
}
