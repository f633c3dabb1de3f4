package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.StoreUnavailableException;
import dev.ordercore.application.port.out.StoreUnavailableException.Reason;
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
 *   <li>{@link Reason#UNREACHABLE}: SQLState class {@code 08} (connection exception: refused,
 *       broken, closed); {@code 57P01} admin shutdown, {@code 57P02} crash shutdown, {@code 57P03}
 *       cannot connect now (starting up or shutting down), {@code 53300} too many connections; and
 *       the pool's timeout ({@link SQLTransientConnectionException}) when its last attempt to
 *       connect failed (HikariCP gives that failure as the cause);</li>
 *   <li>{@link Reason#BUSY}: the pool's timeout with no connection failure behind it: the database
 *       answers, but every connection stayed in use (the server is past its capacity).</li>
 * </ul>
 *
 * Anything else (a constraint, a bug in a statement) stays an infrastructure error.
 */
final class ConnectionFailures implements ExecuteListener {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** As a jOOQ listener: a statement that failed because the connection did. */
    @Override
    public void exception(ExecuteContext ctx) {
        SQLException failure = ctx.sqlException();
        if (failure != null) {
            reason(failure).ifPresent(reason -> ctx.exception(unavailable(reason, "a statement failed", failure)));
        }
    }

    /** Why {@code failure} (or one of its causes) means the database cannot serve; empty when it means something else. */
    static Optional<Reason> reason(Throwable failure) {
        boolean poolTimedOut = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException already) {
                return Optional.of(already.reason());
            }
            if (t instanceof SQLTransientConnectionException timeout) {
                poolTimedOut = true;
                if (timeout.getCause() == null) {
                    return Optional.of(Reason.BUSY);
                }
            } else if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return Optional.of(Reason.UNREACHABLE);
            }
        }
        return poolTimedOut ? Optional.of(Reason.UNREACHABLE) : Optional.empty();
    }

    static boolean isUnavailable(Throwable failure) {
        return reason(failure).isPresent();
    }

    private static StoreUnavailableException unavailable(Reason reason, String what, Throwable cause) {
        if (cause instanceof StoreUnavailableException already) {
            return already;
        }
        String why = reason == Reason.BUSY ? "no database connection came free in time" : "the database is unavailable";
        return new StoreUnavailableException(reason, what + ": " + why + " (" + cause.getMessage() + ")", cause);
    }

    /** {@code failure} as a {@link StoreUnavailableException} when it is one, else as it is. */
    static RuntimeException translate(RuntimeException failure) {
        return reason(failure).<RuntimeException>map(reason -> unavailable(reason, "a transaction failed", failure)).orElse(failure);
    }

    /** A {@link SQLException} from the pool or a connection as the exception to throw: unavailable, or an infrastructure error. */
    static RuntimeException translate(String what, SQLException failure) {
        return reason(failure).<RuntimeException>map(reason -> unavailable(reason, what, failure))
                .orElseGet(() -> new PostgresException(what, failure));
    }
}
