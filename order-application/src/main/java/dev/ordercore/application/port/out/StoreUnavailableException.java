package dev.ordercore.application.port.out;

/**
 * A store cannot be reached now (its database is down, restarting or refusing connections): the
 * command was not carried out, or its outcome is unknown because the connection broke during its
 * commit. Nothing the caller did is wrong, and the same request may succeed later, so the edge
 * answers "try again" (HTTP: 503 with Retry-After). Stores throw it; services let it pass. An
 * idempotent retry (an intent with the same id) is how a caller settles an unknown outcome.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
