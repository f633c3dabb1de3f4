package dev.ordercore.application.port.out;

import java.util.Objects;

/**
 * A store cannot serve the command now: its database is down, restarting or refusing connections
 * ({@link Reason#UNREACHABLE}), or every connection stayed busy for longer than the store waits
 * ({@link Reason#BUSY}). The command was not carried out, or its outcome is unknown because the
 * connection broke during its commit. Nothing the caller did is wrong and the same request may
 * succeed later, so the edge answers "try again" (HTTP: 503 with Retry-After). Stores throw it;
 * services let it pass. An idempotent retry (an intent with the same id) settles an unknown outcome.
 */
public class StoreUnavailableException extends RuntimeException {

    /** Why the store could not serve. */
    public enum Reason {
        /** The database cannot be reached or is shutting down or starting. */
        UNREACHABLE,
        /** The database answers, but no connection came free in time: the server is past its capacity. */
        BUSY
    }

    private final Reason reason;

    public StoreUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
