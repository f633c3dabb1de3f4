package dev.ordercore.adapter.http;

import io.javalin.http.Context;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Optional query parameters, parsed strictly: a value that does not parse is a field error, never ignored. */
final class QueryParams {

    private QueryParams() {
    }

    /** The parameter {@code name} parsed by {@code parser}, or empty when absent; a value that does not parse adds "expected …" to {@code errors}. */
    static <T> Optional<T> optional(List<Problem.FieldError> errors, Context ctx, String name, String expected, Function<String, T> parser) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(raw));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "expected " + expected));
            return Optional.empty();
        }
    }

    /** Exactly {@code true} or {@code false}; anything else ("1", "yes", "TRUE") is refused. */
    static Boolean bool(String s) {
        if ("true".equals(s) || "false".equals(s)) {
            return Boolean.valueOf(s);
        }
        throw new IllegalArgumentException(s);
    }
}
