package dev.ordercore.domain.shared;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The outcome of a command that may be refused for an expected reason: {@link Ok} with a value,
 * or {@link Err} with a typed error. On refusal nothing has changed.
 */
public sealed interface Result<T, E> {

    record Ok<T, E>(T value) implements Result<T, E> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Err<T, E>(E error) implements Result<T, E> {
        public Err {
            Objects.requireNonNull(error, "error");
        }
    }

    static <T, E> Result<T, E> ok(T value) {
        return new Ok<>(value);
    }

    static <T, E> Result<T, E> err(E error) {
        return new Err<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default boolean isErr() {
        return this instanceof Err;
    }

    /** The value; calling it on a refusal is a programming error. */
    default T value() {
        if (this instanceof Ok<T, E> ok) {
            return ok.value();
        }
        throw new NoSuchElementException("no value: refused with " + ((Err<T, E>) this).error());
    }

    /** The error; calling it on a success is a programming error. */
    default E error() {
        if (this instanceof Err<T, E> err) {
            return err.error();
        }
        throw new NoSuchElementException("no error: succeeded with " + ((Ok<T, E>) this).value());
    }

    default <U> Result<U, E> map(Function<? super T, ? extends U> f) {
        if (this instanceof Ok<T, E> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Err<>(((Err<T, E>) this).error());
    }

    default <U> Result<U, E> flatMap(Function<? super T, Result<U, E>> f) {
        if (this instanceof Ok<T, E> ok) {
            return f.apply(ok.value());
        }
        return new Err<>(((Err<T, E>) this).error());
    }

    default Result<T, E> ifOk(Consumer<? super T> action) {
        if (this instanceof Ok<T, E> ok) {
            action.accept(ok.value());
        }
        return this;
    }

    default <X extends RuntimeException> T orElseThrow(Function<? super E, X> toException) {
        if (this instanceof Ok<T, E> ok) {
            return ok.value();
        }
        throw toException.apply(((Err<T, E>) this).error());
    }
}
