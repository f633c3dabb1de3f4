package dev.ordercore.adapter.http;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;

import java.util.List;

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
 */
final class ErrorMapping {

    private ErrorMapping() {
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
