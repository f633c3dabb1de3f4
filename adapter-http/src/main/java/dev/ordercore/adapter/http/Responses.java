package dev.ordercore.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import io.javalin.http.Context;

/** Renders JSON bodies and problems with the API's one mapper. */
final class Responses {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper;

    Responses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The value of a use case's result; a refusal ends the request with its problem. */
    static <T> T orRefuse(Result<T, OrderError> result) {
        if (result instanceof Result.Err<T, OrderError> err) {
            throw new ProblemException(ErrorMapping.problem(err.error()));
        }
        return result.value();
    }

    void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(bytes(body));
    }

    void problem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(bytes(withRequestId(ctx, problem)));
    }

    /** A problem with extension members of its own (RFC 9457 §3.2). */
    void problem(Context ctx, int status, Object body) {
        ctx.status(status).contentType(PROBLEM_JSON).result(bytes(withRequestId(ctx, body)));
    }

    /** The request's id as the extension member {@code requestId}, so a report of a problem can be found in the logs. */
    private Object withRequestId(Context ctx, Object problem) {
        return RequestIds.of(ctx).<Object>map(id -> {
            ObjectNode tree = mapper.valueToTree(problem);
            tree.put(RequestIds.MDC_KEY, id);
            return tree;
        }).orElse(problem);
    }

    private byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }
}
