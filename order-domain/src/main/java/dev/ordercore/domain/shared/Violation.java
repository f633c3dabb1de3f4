package dev.ordercore.domain.shared;

import java.util.Objects;

/**
 * One thing wrong with an input: where ({@code path}, in the JSON shape of the request, such as
 * {@code lineItems[1].billing.cycle}), a stable {@code code} and a sentence for people.
 */
public record Violation(String path, String code, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a code and a message");
        }
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
    }
}
