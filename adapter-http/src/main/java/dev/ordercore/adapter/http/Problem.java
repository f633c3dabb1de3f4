package dev.ordercore.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, as every error of the API is rendered ({@code application/problem+json}).
 * {@code code} is stable and meant for clients to branch on; {@code errors} lists every field
 * that is wrong, with its JSON path, when there are any.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    /** The URI prefix of problem types; a type is this plus the code. */
    public static final String TYPE_BASE = "https://ordercore.dev/problems/";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(code, "code");
        errors = List.copyOf(errors);
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, List.of());
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, errors);
    }

    /** One thing wrong with a request: where (a JSON path such as {@code lineItems[1].quantity}) and why. */
    public record FieldError(String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
