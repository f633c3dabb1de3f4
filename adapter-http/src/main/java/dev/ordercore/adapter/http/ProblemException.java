package dev.ordercore.adapter.http;

import java.util.Objects;

/**
 * Ends a request with a problem: thrown by the adapter's own checks (a malformed body, a missing
 * token, a missing If-Match) and rendered by {@link HttpApi}'s exception handler. Domain refusals
 * do not travel this way; handlers render them through {@link ErrorMapping}.
 */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    Problem problem() {
        return problem;
    }
}
