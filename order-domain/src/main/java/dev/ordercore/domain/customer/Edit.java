package dev.ordercore.domain.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a partial update (PATCH) says about one field: leave it as it is, set it, or clear it.
 * A field the request leaves out is {@link Keep}; an explicit {@code null} is {@link Clear}.
 *
 * @param <T> the field's value as the request states it
 */
public sealed interface Edit<T> {

    record Keep<T>() implements Edit<T> {
    }

    record Set<T>(T value) implements Edit<T> {
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }

    record Clear<T>() implements Edit<T> {
    }

    static <T> Edit<T> keep() {
        return new Keep<>();
    }

    static <T> Edit<T> set(T value) {
        return new Set<>(value);
    }

    static <T> Edit<T> clear() {
        return new Clear<>();
    }

    /** The value after this edit of a field that held {@code current}. */
    default <C> Optional<C> applyTo(Optional<C> current, Function<T, C> toValue) {
        if (this instanceof Set<T> set) {
            return Optional.of(toValue.apply(set.value()));
        }
        return this instanceof Clear<T> ? Optional.empty() : current;
    }
}
