package dev.ordercore.adapter.http;

import dev.ordercore.application.port.out.StoreUnavailableException;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;

import java.util.List;
import java.util.Optional;

/**
 * Turns a domain refusal into a status and a problem body. The status follows the error's kind:
 *
 * <ul>
 *   <li>INVALID → 422: the request was well formed, the model refuses its content; every violation is listed
 *   <li>NOT_FOUND → 404 (R35: another tenant's id looks exactly like an unknown one)
 *   <li>FORBIDDEN → 403 (R36)
 *   <li>CONFLICT → 409: clashes with what is stored
 *   <li>STALE → 412: the version the caller sent in If-Match is not the current one
 *   <li>REFUSED → 409: a business rule refuses the change in the resource's current state
 * </ul>
 *
 * A store that cannot reach its database ({@link StoreUnavailableException}) is 503 with
 * {@code Retry-After} and the code {@value #STORE_UNAVAILABLE}, or {@code server.overloaded} when
 * the database answers but no connection came free in time.
 */
final class ErrorMapping {

    private ErrorMapping() {
    }

    /** The problem code of a request the store could not serve because its database is unreachable. */
    static final String STORE_UNAVAILABLE = "server.database_unavailable";
    /** How long a client is asked to wait before retrying a request refused for an unavailable store. */
    static final int STORE_RETRY_AFTER_SECONDS = 1;

    /**
     * 503: not the caller's fault and worth retrying ({@code Retry-After}); an intent retried with its
     * id is never doubled. A database that answers but had no connection free in time is the server's
     * overload ({@value LoadShedding#CODE}), not a database outage.
     */
    static Problem storeUnavailable(StoreUnavailableException.Reason reason) {
        if (reason == StoreUnavailableException.Reason.BUSY) {
            return Problem.of(503, LoadShedding.CODE, "Service Unavailable",
                    "the server is past its capacity: no database connection came free in time; retry it, "
                            + "with the same intent id or Idempotency-Key");
        }
        return Problem.of(503, STORE_UNAVAILABLE, "Service Unavailable",
                "the database is unavailable; the request was not carried out (or, if the connection broke while it committed, "
                        + "may have been); retry it, with the same intent id or Idempotency-Key");
    }

    /** The {@link StoreUnavailableException} that caused {@code failure}, however deeply wrapped. */
    static Optional<StoreUnavailableException> storeUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }

    static int status(OrderError.Kind kind) {
        return switch (kind) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT, REFUSED -> 409;
            case STALE -> 412;
        };
    }

    static Problem problem(OrderError error) {
        int status = status(error.kind());
        List<Violation> violations = error instanceof OrderError.ValidationFailed v ? v.violations()
                : error instanceof OrderError.IntentRefused r ? r.reasons()
                : error instanceof OrderError.CalculationRefused c ? c.reasons()
                : List.of();
        return Problem.of(status, error.code(), title(error.kind()), error.message(), fieldErrors(violations));
    }

    /** The domain's violations as a problem's {@code errors}, each with its path and code. */
    static List<Problem.FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(v.path(), v.message() + " [" + v.code() + "]"))
                .toList();
    }

    private static String title(OrderError.Kind kind) {
        return switch (kind) {
            case INVALID -> "The request breaks the order model's rules";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "Conflict with the stored state";
            case STALE -> "The resource has changed";
            case REFUSED -> "Refused in the current state";
        };
    }
}
